/**
 * The custom-function adapter: converts Excel's arguments for the engine and the engine's errors into
 * CustomFunctions.Error with a message in Office's display language. No logic of the criteria lives here.
 */
import { callDeuz, DeuzResult } from "../engine/formulas";
import { ExcelErrorCode, Language } from "../engine/errors";
import { Arg } from "../engine/values";

const errorCodes: Record<ExcelErrorCode, CustomFunctions.ErrorCode> = {
  "#VALUE!": "#VALUE!" as CustomFunctions.ErrorCode.invalidValue,
  "#NUM!": "#NUM!" as CustomFunctions.ErrorCode.invalidNumber,
  "#DIV/0!": "#DIV/0!" as CustomFunctions.ErrorCode.divisionByZero,
  "#N/A": "#N/A" as CustomFunctions.ErrorCode.notAvailable,
};

/** German unless Office says otherwise: the users fill these templates in German first. */
export function displayLanguage(): Language {
  try {
    const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
    const tag = office?.context?.displayLanguage;
    return tag && !tag.toLowerCase().startsWith("de") ? "en" : "de";
  } catch {
    return "de";
  }
}

/** Runs DEUZ.`name` on Excel's arguments: the value, or a thrown CustomFunctions.Error. */
export function run(name: string, ...args: unknown[]): DeuzResult {
  // Excel passes null for an omitted optional argument; the engine reads null and undefined alike.
  const outcome = callDeuz(name, args as Arg[]);
  if (outcome.ok) return outcome.value;
  const { error } = outcome;
  throw new CustomFunctions.Error(errorCodes[error.code], `DEUZ.${name}: ${error.messageIn(displayLanguage())}`);
}
