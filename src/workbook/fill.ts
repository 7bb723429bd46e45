/** Writes input values into a Book by defined name (used by the example generator and the tests). */
import { Book, getCell, setCell } from "./book";

export type Input = number | string | boolean | null;

/** Sets the input cell of `name` (row/column 0-based within the named range). Formula cells are refused. */
export function setInput(book: Book, name: string, value: Input, row = 0, column = 0): void {
  const n = book.names.find((x) => x.name === name);
  if (!n) throw new Error(`no defined name ${name}`);
  if (row >= n.rows || column >= n.cols) throw new Error(`${name}: row ${row}, column ${column} lies outside the range`);
  const sheet = book.sheets.find((s) => s.name === n.sheet)!;
  const r = n.row + row;
  const c = n.col + column;
  const cell = getCell(sheet, r, c);
  if (cell?.formula) throw new Error(`${name} is a formula cell`);
  setCell(sheet, r, c, { ...(cell ?? { style: "input" }), value });
}

/** Fills the named range row by row from `rows` (each a list of column values). */
export function setRows(book: Book, name: string, rows: Input[][]): void {
  rows.forEach((row, r) => row.forEach((v, c) => setInput(book, name, v, r, c)));
}

export function setColumn(book: Book, name: string, values: Input[]): void {
  values.forEach((v, r) => setInput(book, name, v, r));
}
