/** Reading evaluated workbook inputs for the criteria: numbers, yes/no answers, computed checks, rows. */
import { CellRef, CellValue, Inputs, isCellError } from "./types";

export const YES = ["Ja", "Yes"];
export const NO = ["Nein", "No"];

export function isBlankValue(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** A number, or null when blank, text or an error. */
export function num(inputs: Inputs, name: string): number | null {
  const v = inputs.has(name) ? inputs.value(name) : null;
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

/** A Ja/Nein (Yes/No) answer: true, false, or null when not given. */
export function answer(inputs: Inputs, name: string): boolean | null {
  const v = inputs.has(name) ? inputs.value(name) : null;
  if (typeof v === "boolean") return v;
  if (typeof v === "string") {
    if (YES.includes(v.trim())) return true;
    if (NO.includes(v.trim())) return false;
  }
  return null;
}

/** A computed check (TRUE/FALSE), or null when it could not be computed (blank inputs, an Excel error). */
export function check(inputs: Inputs, name: string): boolean | null {
  const v = inputs.has(name) ? inputs.value(name) : null;
  return typeof v === "boolean" ? v : null;
}

export function raw(inputs: Inputs, name: string): CellValue {
  return inputs.has(name) ? inputs.value(name) : null;
}

/** The first column of a named range, one value a row. */
export function column(inputs: Inputs, name: string): CellValue[] {
  return inputs.has(name) ? inputs.matrix(name).map((r) => (r.length ? r[0] : null)) : [];
}

export function errorOf(v: CellValue): string | null {
  return isCellError(v) ? v.error : null;
}

export const cell = (name: string, row?: number, columnIndex?: number): CellRef =>
  row === undefined ? { name } : columnIndex === undefined ? { name, row } : { name, row, column: columnIndex };

/** The names among `names` whose answer is "Nein" (fail) and those left blank (missing). */
export function answers(inputs: Inputs, names: string[]): { no: CellRef[]; blank: CellRef[] } {
  const no: CellRef[] = [];
  const blank: CellRef[] = [];
  for (const n of names) {
    const a = answer(inputs, n);
    if (a === false) no.push(cell(n));
    else if (a === null) blank.push(cell(n));
  }
  return { no, blank };
}
