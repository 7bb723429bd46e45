/** What a spreadsheet hands a function: a cell value or a range of them (rows of cells). */
export type Scalar = number | string | boolean | null;
export type Matrix = Scalar[][];
export type Arg = Scalar | Matrix | undefined;

export function isMatrix(arg: Arg): arg is Matrix {
  return Array.isArray(arg);
}

/** A blank cell: Excel passes null or "" for it, HyperFormula null or undefined. */
export function isBlank(value: Scalar | undefined): value is null | undefined | "" {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** An argument left out, or a single blank cell. */
export function isOmitted(arg: Arg): boolean {
  if (arg === undefined || arg === null) return true;
  if (isMatrix(arg)) return arg.length === 0 || (arg.length === 1 && arg[0].length === 1 && isBlank(arg[0][0]));
  return isBlank(arg);
}
