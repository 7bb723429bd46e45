/**
 * Bounds on what the spreadsheet engine is asked to do (issue 11; docs/security.md). HyperFormula visits, and
 * allocates for, every cell of a range a formula names, filled or not (some 10 µs and 1 KB a cell), and
 * evaluates a formula by recursion over its syntax tree. So before a formula reaches it:
 *
 * - a range longer than `LONG_ROWS` rows or wider than `WIDE_COLUMNS` columns (a whole column `B:B`, a whole row
 *   `5:5`, `A1:A1048576`, `A:XFD`) is cut to the rows and columns that hold something in the workbook: beyond
 *   them every cell is empty, so SUM, COUNT, SUMIFS, MATCH … give what Excel gives. Every such range of a formula
 *   is cut to the same length, so ranges of one size stay of one size (SUMIFS(B:B, A:A, …)). ROWS(B:B) and
 *   COLUMNS(5:5) count the cut range: no template formula asks;
 * - what is left is bounded: `MAX_RANGE_CELLS` cells in the distinct ranges of all formulas together;
 * - a formula longer than Excel's 8,192 characters, nested deeper than Excel's 64 levels or with more than
 *   `MAX_OPERATORS` operators is refused, naming its cell (HyperFormula's recursion ends in a stack overflow
 *   near 1,500 terms or 200 parentheses).
 */
import { columnNumber, columnLetter } from "./book";

/** Excel's limit of characters in a formula. */
export const MAX_FORMULA_CHARS = 8_192;
/** Excel's limit of nested levels. */
export const MAX_NESTING = 64;
/** Operators (+ - * / ^ & = < >) a formula may have: HyperFormula evaluates 1,000 terms, not 1,500. */
export const MAX_OPERATORS = 500;
/** A range longer than this is cut to the rows that hold something; the template's tables are at most 5,600 rows. */
export const LONG_ROWS = 10_000;
/** A range wider than this is cut to the columns that hold something; the template's tables are at most 40 wide. */
export const WIDE_COLUMNS = 256;
/** Cells in the distinct ranges of all formulas, after cutting: the 5,000 servers × 36 months of the benchmark read some 240,000. */
export const MAX_RANGE_CELLS = 4_000_000;

const ROWS = 1_048_576;
const COLUMNS = 16_384;

/** Where a formula is too complex to evaluate, and the limit it exceeds ({de, en} with the number). */
export type Complexity = { limit: "chars" | "nesting" | "operators"; max: number } | undefined;

/** Whether a formula exceeds Excel's length or nesting or our operator count (outside string literals). */
export function complexity(formula: string): Complexity {
  if (formula.length > MAX_FORMULA_CHARS) return { limit: "chars", max: MAX_FORMULA_CHARS };
  // fewer than 2 × 64 characters cannot nest 64 deep, fewer than 500 cannot hold 500 operators
  if (formula.length < 2 * MAX_NESTING) return undefined;
  let depth = 0;
  let deepest = 0;
  let operators = 0;
  let quote = "";
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (quote) {
      if (ch === quote) quote = formula[i + 1] === quote ? (i++, quote) : "";
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "(" || ch === "{") deepest = Math.max(deepest, ++depth);
    else if (ch === ")" || ch === "}") depth--;
    else if ("+-*/^&=<>".includes(ch)) operators++;
  }
  if (deepest > MAX_NESTING) return { limit: "nesting", max: MAX_NESTING };
  if (operators > MAX_OPERATORS) return { limit: "operators", max: MAX_OPERATORS };
  return undefined;
}

/** The rows and columns a workbook's cells reach (1-based; at least 1). */
export interface Extent {
  rows: number;
  cols: number;
}

const SHEET = `(?:'(?:[^']|'')+'|[A-Za-z_\\u00C0-\\uFFFF][\\w.\\u00C0-\\uFFFF]*)!`;
// A1:B2, A:B, 1:2, each side with optional $; a sheet prefix before the first side; not inside a name (MP_IT2:…) or a function
const RANGE = new RegExp(
  `(^|[^\\w.$'!])(${SHEET})?(?:(\\$?)([A-Za-z]{1,3})(\\$?)(\\d+):(\\$?)([A-Za-z]{1,3})(\\$?)(\\d+)|(\\$?)([A-Za-z]{1,3}):(\\$?)([A-Za-z]{1,3})|(\\$?)(\\d+):(\\$?)(\\d+))(?![\\w.(!:$])`,
  "g",
);

/** OFFSET's head up to its height, the height and the width, when both are literal numbers (or the width left out). */
const OFFSET = /(\bOFFSET\s*\([^(),]+,[^(),]*,[^(),]*,\s*)(\d+)\s*(?:,\s*(\d+)\s*)?\)/gi;

interface Area {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** Every range in a formula's code (outside string literals), with where it stands and what it spans. */
function ranges(code: string): { index: number; length: number; before: string; sheet: string; area: Area }[] {
  const found: { index: number; length: number; before: string; sheet: string; area: Area }[] = [];
  RANGE.lastIndex = 0;
  for (let m = RANGE.exec(code); m; m = RANGE.exec(code)) {
    let area: Area | undefined;
    if (m[4] !== undefined) {
      const [c1, c2] = [columnNumber(m[4]), columnNumber(m[8])];
      if (c1 > COLUMNS || c2 > COLUMNS) continue;
      area = { r1: Number(m[6]), c1, r2: Number(m[10]), c2 };
    } else if (m[12] !== undefined) {
      const [c1, c2] = [columnNumber(m[12]), columnNumber(m[14])];
      if (c1 > COLUMNS || c2 > COLUMNS) continue;
      area = { r1: 1, c1, r2: ROWS, c2 };
    } else {
      area = { r1: Number(m[16]), c1: 1, r2: Number(m[18]), c2: COLUMNS };
    }
    if (area.r1 > area.r2) [area.r1, area.r2] = [area.r2, area.r1];
    if (area.c1 > area.c2) [area.c1, area.c2] = [area.c2, area.c1];
    found.push({ index: m.index, length: m[0].length, before: m[1], sheet: m[2] ?? "", area });
  }
  return found;
}

/** A range written back in A1 form, absolute (the cut range no longer moves with the cell). */
const a1Range = (a: Area) => `$${columnLetter(a.c1)}$${a.r1}:$${columnLetter(a.c2)}$${a.r2}`;

/**
 * The formula with its long and wide ranges cut to the workbook's extent, and the cells its ranges span after
 * cutting (by range text, so that one range named by many formulas counts once).
 */
export function boundedFormula(formula: string, extent: Extent, ownSheet = ""): { formula: string; spans: Map<string, number> } {
  const spans = new Map<string, number>();
  const parts = formula.split(/("(?:[^"]|"")*")/);
  for (let i = 0; i < parts.length; i += 2) {
    let code = parts[i];
    // OFFSET(ref, rows, cols, height, width) with a literal height or width is a range HyperFormula makes when it
    // parses the formula: the same cut, and the same count (OFFSET(A1,0,0,100000,100) asks for 10 million cells)
    if (/OFFSET\s*\(/i.test(code)) {
      code = parts[i] = code.replace(OFFSET, (whole, head: string, h: string, w: string | undefined) => {
        let height = Number(h);
        let width = w === undefined ? 1 : Number(w);
        if (height > LONG_ROWS) height = Math.max(extent.rows, 1);
        if (width > WIDE_COLUMNS) width = Math.max(extent.cols, 1);
        spans.set(`${ownSheet}!offset:${head}:${height}:${width}`.toLowerCase(), height * width);
        return `${head}${height}${w === undefined ? "" : `,${width}`})`;
      });
    }
    if (!code.includes(":")) continue;
    const found = ranges(code);
    if (!found.length) continue;
    let out = "";
    let at = 0;
    for (const { index, length, before, sheet, area } of found) {
      let text = code.slice(index + before.length, index + length);
      const cut = { ...area };
      if (area.r2 - area.r1 + 1 > LONG_ROWS) cut.r2 = Math.min(area.r2, area.r1 + Math.max(extent.rows, 1) - 1);
      if (area.c2 - area.c1 + 1 > WIDE_COLUMNS) cut.c2 = Math.min(area.c2, area.c1 + Math.max(extent.cols, 1) - 1);
      if (cut.r2 !== area.r2 || cut.c2 !== area.c2) text = sheet + a1Range(cut);
      spans.set((sheet || ownSheet + "!").toLowerCase() + a1Range(cut), (cut.r2 - cut.r1 + 1) * (cut.c2 - cut.c1 + 1));
      out += code.slice(at, index) + before + text;
      at = index + length;
    }
    parts[i] = out + code.slice(at);
  }
  return { formula: parts.join(""), spans };
}

/** One empty row shared by every row without cells (HyperFormula only reads the rows it is given). */
const NO_CELLS: never[] = [];

/**
 * A sheet's rows for HyperFormula, holding only the cells that exist: rows without cells share one empty
 * array, and a row's gaps stay holes (a value in XFD20000 costs one entry, not 16,384 × 20,000).
 */
export function sparseRows<C, T>(rows: (C | undefined)[][], cell: (c: C, row: number, col: number) => T): T[][] {
  const out: T[][] = new Array<T[]>(rows.length).fill(NO_CELLS);
  rows.forEach((row, r) => {
    if (!row) return;
    const values: T[] = [];
    row.forEach((c, col) => {
      if (c !== undefined && c !== null) values[col] = cell(c, r, col);
    });
    out[r] = values;
  });
  return out;
}

/** The rows and columns the cells of a book reach. */
export function extentOf(sheets: { rows: unknown[][] }[]): Extent {
  let rows = 1;
  let cols = 1;
  for (const s of sheets) {
    rows = Math.max(rows, s.rows.length);
    s.rows.forEach((row) => (cols = Math.max(cols, row?.length ?? 0)));
  }
  return { rows, cols };
}

/**
 * A formula bounder for one book: each formula's long ranges cut to the book's extent, and the cells all
 * distinct ranges span counted; `tooMany` is called with the cell whose formula takes the count over
 * MAX_RANGE_CELLS (it throws).
 */
export function formulaBounder(extent: Extent, tooMany: (sheet: string, row: number, col: number) => never, max = MAX_RANGE_CELLS) {
  const seen = new Map<string, number>();
  let total = 0;
  return (formula: string, sheet: string, row = 0, col = 0): string => {
    if (!formula.includes(":") && !/OFFSET/i.test(formula)) return formula;
    const bounded = boundedFormula(formula, extent, sheet);
    for (const [key, cells] of bounded.spans) {
      if (seen.has(key)) continue;
      seen.set(key, cells);
      total += cells;
      if (total > max) tooMany(sheet, row, col);
    }
    return bounded.formula;
  };
}
