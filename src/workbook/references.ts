/**
 * What a formula refers to, read from its text without a spreadsheet engine: cells, ranges, whole rows and
 * columns (on its own sheet or another), and workbook-level defined names. Enough to tell whether a formula typed
 * into an input cell reaches back to that cell through the book's other formulas (a circular reference), so that a
 * check reading the values a file carries need not evaluate the whole book to find one.
 */
import { Book, BookSheet, columnNumber, NameAddress } from "./book";

/** A rectangle of one sheet, 1-based and inclusive. */
export interface Area {
  sheet: string;
  row1: number;
  col1: number;
  row2: number;
  col2: number;
}

const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;

/**
 * A reference: an optional sheet ('Anlage 3.4'! or Stammdaten!), then a cell or a range of cells, whole columns
 * (A:C), whole rows (2:5), or a name. Not inside another word, and not a function (followed by "(").
 */
const REFERENCE = new RegExp(
  "(?<![\\w.$])(?:'((?:[^']|'')+)'!|([A-Za-z_][\\w.]*)!)?" +
    "(?:(\\$?[A-Za-z]{1,3}\\$?\\d+)(?::(\\$?[A-Za-z]{1,3}\\$?\\d+))?|(\\$?[A-Za-z]{1,3}):(\\$?[A-Za-z]{1,3})|(\\$?\\d+):(\\$?\\d+)|([A-Za-z_\\\\][\\w.]*))" +
    "(?![\\w.(!])",
  "g",
);

/** Functions whose result is a reference made from values at run time: their targets cannot be read from the text. */
const DYNAMIC = /(?<![\w.])(?:INDIRECT|OFFSET)\s*\(/i;

const cellOf = (ref: string): { row: number; col: number } => {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref)!;
  return { row: Number(m[2]), col: columnNumber(m[1].toUpperCase()) };
};

/**
 * The areas formula `formula` (normalised, without "=") of a cell on `sheet` refers to; null when it builds references
 * at run time (INDIRECT, OFFSET), so that only an evaluation can tell. Text in double quotes is not read.
 */
export function referencesOf(formula: string, sheet: string, names: Map<string, NameAddress>): Area[] | null {
  const code = formula.split(/("(?:[^"]|"")*")/).filter((_, i) => i % 2 === 0).join(" ");
  if (DYNAMIC.test(code)) return null;
  const areas: Area[] = [];
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(code); m; m = REFERENCE.exec(code)) {
    const on = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2] ?? sheet;
    if (m[3] !== undefined) {
      const a = cellOf(m[3]);
      const b = m[4] !== undefined ? cellOf(m[4]) : a;
      areas.push({ sheet: on, row1: Math.min(a.row, b.row), col1: Math.min(a.col, b.col), row2: Math.max(a.row, b.row), col2: Math.max(a.col, b.col) });
    } else if (m[5] !== undefined) {
      const [c1, c2] = [columnNumber(m[5].replace("$", "").toUpperCase()), columnNumber(m[6].replace("$", "").toUpperCase())];
      areas.push({ sheet: on, row1: 1, col1: Math.min(c1, c2), row2: EXCEL_ROWS, col2: Math.max(c1, c2) });
    } else if (m[7] !== undefined) {
      const [r1, r2] = [Number(m[7].replace("$", "")), Number(m[8].replace("$", ""))];
      areas.push({ sheet: on, row1: Math.min(r1, r2), col1: 1, row2: Math.max(r1, r2), col2: EXCEL_COLUMNS });
    } else {
      const n = names.get(m[9].toLowerCase());
      if (n) areas.push({ sheet: n.sheet, row1: n.row, col1: n.col, row2: n.row + n.rows - 1, col2: n.col + n.cols - 1 });
    }
  }
  return areas;
}

/** Cells a search may look at before it gives up (and an evaluation decides): several times the largest workbook. */
export const SEARCH_LIMIT = 5_000_000;

/**
 * For a book: whether the formula in (row, col) of `sheet` (1-based) reaches back to that cell through the formulas
 * it refers to: true, false, or undefined when the text cannot tell (INDIRECT, OFFSET on the way) or the search
 * would look at more than `limit` cells. A reference counts even in a branch an IF never takes, as in Excel's and
 * HyperFormula's dependency graphs.
 */
export function circularSearch(book: Book, limit = SEARCH_LIMIT): (sheet: string, row: number, col: number) => boolean | undefined {
  const sheets = new Map<string, BookSheet>(book.sheets.map((s) => [s.name, s]));
  const index = new Map<string, number>(book.sheets.map((s, i) => [s.name, i]));
  const names = new Map(book.names.map((n) => [n.name.toLowerCase(), n]));
  return (sheet, row, col) => refersToItself(sheets, index, names, sheet, row, col, limit);
}

function refersToItself(
  sheets: Map<string, BookSheet>,
  index: Map<string, number>,
  names: Map<string, NameAddress>,
  sheet: string,
  row: number,
  col: number,
  limit: number,
): boolean | undefined {
  const start = sheets.get(sheet)?.rows[row - 1]?.[col - 1]?.formula;
  if (!start) return false;
  const first = referencesOf(start, sheet, names);
  if (!first) return undefined;
  const stack = [...first];
  const seen = new Set<number>();
  let looked = 0;
  while (stack.length) {
    const a = stack.pop()!;
    if (a.sheet === sheet && a.row1 <= row && row <= a.row2 && a.col1 <= col && col <= a.col2) return true;
    const s = sheets.get(a.sheet);
    if (!s) continue;
    const i = index.get(a.sheet)!;
    for (let r = a.row1; r <= Math.min(a.row2, s.rows.length); r++) {
      const cells = s.rows[r - 1];
      if (!cells) continue;
      const last = Math.min(a.col2, cells.length);
      looked += Math.max(0, last - a.col1 + 1);
      if (looked > limit) return undefined;
      for (let c = a.col1; c <= last; c++) {
        const formula = cells[c - 1]?.formula;
        if (!formula) continue;
        const key = (i * EXCEL_ROWS + r) * EXCEL_COLUMNS + c;
        if (seen.has(key)) continue;
        seen.add(key);
        const refs = referencesOf(formula, a.sheet, names);
        if (!refs) return undefined;
        stack.push(...refs);
      }
    }
  }
  return false;
}

/** Whether a formula holds a reference Excel has already found broken (#REF!), outside text in quotes. */
export function hasBrokenReference(formula: string): boolean {
  return formula.split(/("(?:[^"]|"")*")/).some((part, i) => i % 2 === 0 && part.toUpperCase().includes("#REF!"));
}
