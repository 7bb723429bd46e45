/**
 * The criteria's `Inputs` straight from the scanned Book, without a spreadsheet engine: a cell as the file
 * holds it (text stays text, an Excel error `{error: "#N/A"}`), a formula cell as the value the file carries
 * for it (`<v>`, what Excel or LibreOffice computed when saving). Once every verdict is computed from the
 * inputs, a check needs HyperFormula only for a formula typed into an input cell without such a value; the
 * book is then evaluated once, on the first read of such a cell (docs/performance.md).
 */
import { CellValue, Inputs } from "../engine/criteria/types";
import { Book, BookCell, BookSheet, NameAddress } from "./book";
import { nameKind } from "./computed";
import { addressing, evaluateBook, EvaluatedBook, ReadBook } from "./evaluate";

/**
 * A cached value that stands for the formula: present, and not `#NAME?`, which is what a spreadsheet without the
 * add-in (LibreOffice, Excel before it is installed) stores for a DEUZ function; HyperFormula knows them.
 */
export function hasUsableCache(cell: BookCell): boolean {
  const c = cell.cached;
  return c !== undefined && !(typeof c === "object" && c.error.toUpperCase() === "#NAME?");
}

/** A cell as the criteria read it, without evaluating: undefined for a formula cell without a usable cached value. */
export function bookValue(cell: BookCell | undefined): CellValue | undefined {
  if (!cell) return null;
  if (cell.formula) {
    if (!hasUsableCache(cell)) return undefined;
    const c = cell.cached!;
    return typeof c === "object" ? { error: c.error } : c;
  }
  if (cell.error !== undefined) return { error: cell.error };
  return cell.value ?? null;
}

export interface InputCell {
  name: string;
  sheet: BookSheet;
  /** 0-based within the sheet. */
  row: number;
  col: number;
  cell: BookCell;
}

/** The cells of the template's input names (not the ones it computes) that hold a formula, each once. */
export function inputFormulas(book: Book): InputCell[] {
  const sheets = new Map(book.sheets.map((s) => [s.name, s]));
  const seen = new Set<string>();
  const found: InputCell[] = [];
  const inputs = book.names.filter((n) => nameKind(n.name) === "input");
  // a month's column (CPU_Auslastung_M01) lies within its table column, a block (Messwerte) over its columns: each cell once
  const within = (a: NameAddress, b: NameAddress) =>
    a !== b && a.sheet === b.sheet && b.row <= a.row && a.row + a.rows <= b.row + b.rows && b.col <= a.col && a.col + a.cols <= b.col + b.cols;
  // compared within each sheet only (a check has some 700 input names)
  const bySheet = new Map<string, NameAddress[]>();
  for (const n of inputs) {
    const list = bySheet.get(n.sheet);
    if (list) list.push(n);
    else bySheet.set(n.sheet, [n]);
  }
  const outer = inputs.filter((a) => {
    const same = bySheet.get(a.sheet)!;
    const i = same.indexOf(a);
    return !same.some((b, j) => within(a, b) && !(within(b, a) && j > i));
  });
  for (const n of outer) {
    const sheet = sheets.get(n.sheet);
    if (!sheet) continue;
    for (let r = n.row - 1; r < Math.min(n.row - 1 + n.rows, sheet.rows.length); r++) {
      const row = sheet.rows[r];
      if (!row) continue;
      for (let c = n.col - 1; c < Math.min(n.col - 1 + n.cols, row.length); c++) {
        const cell = row[c];
        if (!cell?.formula) continue;
        const key = `${n.sheet}!${r}:${c}`;
        if (seen.has(key)) continue;
        seen.add(key);
        found.push({ name: n.name, sheet, row: r, col: c, cell });
      }
    }
  }
  return found;
}

/**
 * The book read by defined name without evaluating it. A formula cell without a usable cached value is the only
 * cell that needs HyperFormula: the first read of one evaluates the book (once), and `evaluated()` gives that
 * evaluation for anything else that needs every formula (`--freeze`).
 */
export function inputsFromBook(book: Book): ReadBook {
  const { byName, address } = addressing(book);
  const sheets = new Map(book.sheets.map((s) => [s.name, s]));
  let evaluation: EvaluatedBook | undefined;
  const evaluated = () => (evaluation ??= evaluateBook(book));
  const valueAt = (sheet: BookSheet, row: number, col: number): CellValue => {
    const v = bookValue(sheet.rows[row]?.[col]);
    return v === undefined ? evaluated().valueAt(sheet.name, row, col) : v;
  };
  // the criteria ask for the same few names thousands of times (a CPU value a cell): each spelling looked up once
  const spellings = new Map<string, NameAddress | undefined>();
  const lookup = (name: string): NameAddress | undefined => {
    if (spellings.has(name)) return spellings.get(name);
    const n = byName.get(name.toLowerCase());
    spellings.set(name, n);
    return n;
  };
  const matrices = new Map<string, CellValue[][]>();
  const inputs: Inputs = {
    has: (name) => lookup(name) !== undefined,
    value(name) {
      const n = lookup(name);
      const sheet = n && sheets.get(n.sheet);
      return sheet ? valueAt(sheet, n.row - 1, n.col - 1) : null;
    },
    matrix(name) {
      const n = lookup(name);
      if (!n) return [];
      const done = matrices.get(n.name);
      if (done) return done;
      const sheet = sheets.get(n.sheet);
      const values: CellValue[][] = [];
      for (let r = n.row - 1; r < n.row - 1 + n.rows; r++) {
        const row: CellValue[] = new Array(n.cols);
        for (let c = 0; c < n.cols; c++) row[c] = sheet ? valueAt(sheet, r, n.col - 1 + c) : null;
        values.push(row);
      }
      matrices.set(n.name, values);
      return values;
    },
    address,
  };
  return {
    book,
    inputs,
    address,
    name: (name): NameAddress | undefined => byName.get(name.toLowerCase()),
    evaluated,
    destroy: () => evaluation?.destroy(),
  };
}
