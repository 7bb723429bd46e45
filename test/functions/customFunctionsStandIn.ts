/** A stand-in for the `CustomFunctions` global that Excel's runtime provides. */
export class StandInError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

export function standInCustomFunctions(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: StandInError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
    associate: () => undefined,
  };
}
