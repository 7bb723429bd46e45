/**
 * A workbook in memory, independent of ExcelJS and HyperFormula: what the template builder makes, the xlsx
 * reader reads, HyperFormula evaluates and the writer writes.
 */

/** Where things ended up: name → sheet and A1 range, for formulas, checks and annotations. */
export interface NameAddress {
  name: string;
  sheet: string;
  /** Absolute A1 range within the sheet, e.g. "$B$7" or "$B$19:$B$54". */
  range: string;
  /** First row and column (1-based) and size. */
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export type CellStyle = "title" | "intro" | "label" | "header" | "input" | "formula" | "unit";
/** `count`: a whole number whose zero is not shown (a count on an empty row of a table). */
export type NumberFormat = "date" | "percent" | "number" | "ratio" | "count";

export interface BookCell {
  value?: number | string | boolean | null;
  /** An Excel error stored as a value ("#N/A", "#DIV/0!" …), as read from a file; `value` is then unset. */
  error?: string;
  /** Without the leading "=", English function names and "," separators. */
  formula?: string;
  /**
   * A formula cell's value as read from a file (`<v>`: what Excel or LibreOffice computed when saving it), when
   * the file carries one: a number, text, a boolean, or an Excel error.
   */
  cached?: number | string | boolean | { error: string };
  style?: CellStyle;
  format?: NumberFormat;
}

export interface Validation {
  /** A1 range on the sheet, e.g. "B5:B5" or "B19:B54". */
  range: string;
  /** A drop-down of these words; without it, `number` or `date` says what the cell takes. */
  list?: string[];
  /** A number (decimal) at least `min` and at most `max`, where given. */
  number?: { min?: number; max?: number };
  /** A date between two Excel serials. */
  date?: { min: number; max: number };
  /** The input message shown while the cell is selected, and the alert for a wrong entry (Excel: ≤ 32/255 characters). */
  prompt?: { title: string; text: string };
  error?: { title: string; text: string };
}

export type MarkStyle = "fail" | "missing" | "pass";

export interface ConditionalFormat {
  range: string;
  /** A formula relative to the range's top-left cell, TRUE where the style applies. */
  formula: string;
  style: MarkStyle;
}

export interface BookSheet {
  name: string;
  /** rows[r][c], 0-based; undefined for an empty cell. */
  rows: (BookCell | undefined)[][];
  widths: number[];
  validations: Validation[];
  conditional: ConditionalFormat[];
}

export interface Book {
  sheets: BookSheet[];
  names: NameAddress[];
  /** Defined names whose reference is `#REF!` (their cells were deleted), as read from a file. */
  unresolved?: string[];
}

export function columnLetter(col: number): string {
  let s = "";
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** "B19" for row 19, column 2. */
export const a1 = (row: number, col: number) => `${columnLetter(col)}${row}`;
export const absolute = (row: number, col: number) => `$${columnLetter(col)}$${row}`;

export function setCell(sheet: BookSheet, row: number, col: number, cell: BookCell): void {
  const r = (sheet.rows[row - 1] ??= []);
  r[col - 1] = cell;
}

export function getCell(sheet: BookSheet, row: number, col: number): BookCell | undefined {
  return sheet.rows[row - 1]?.[col - 1];
}

/** Quoted sheet name for formulas and addresses: 'Anlage 3.4'. */
export const quoteSheet = (name: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

export function nameAddress(name: string, sheet: string, row: number, col: number, rows = 1, cols = 1): NameAddress {
  const range = rows === 1 && cols === 1 ? absolute(row, col) : `${absolute(row, col)}:${absolute(row + rows - 1, col + cols - 1)}`;
  return { name, sheet, range, row, col, rows, cols };
}

/** "'Anlage 3.4'!E12": a cell of a named range (row/column 0-based within it), or the whole range. */
export function addressOf(n: NameAddress, row?: number, column?: number): string {
  if (row === undefined && column === undefined) return `${quoteSheet(n.sheet)}!${n.range.replace(/\$/g, "")}`;
  return `${quoteSheet(n.sheet)}!${a1(n.row + (row ?? 0), n.col + (column ?? 0))}`;
}
