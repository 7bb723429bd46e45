/**
 * Evaluates a Book with HyperFormula and the DEUZ functions, and reads it back by defined name: the
 * `Inputs` the criteria catalogue checks, and the address of every cell a finding names. HyperFormula and
 * the DEUZ adapter load on the first evaluation, not with this module: a check that reads the values the
 * file carries (inputs.ts) starts without them (some 150 ms; docs/performance.md).
 */
import type { ConfigParams, HyperFormula } from "hyperformula";
import type * as HyperFormulaPackage from "hyperformula";
import { CellRef, CellValue, Inputs } from "../engine/criteria/types";
import { a1, addressOf, Book, NameAddress, quoteSheet } from "./book";
import { extentOf, formulaBounder, MAX_RANGE_CELLS, sparseRows } from "./bounded";
import { unusable } from "./problems";
import { normaliseFormula } from "./formula";
import type * as Adapter from "./hyperformula";

/** A workbook as a check reads it: its values by defined name, and the address of every cell a finding names. */
export interface ReadBook {
  book: Book;
  inputs: Inputs;
  /** "'Anlage 3.9'!B7" for a finding's cell reference. */
  address(ref: CellRef): string;
  name(name: string): NameAddress | undefined;
  /** Every formula of the book evaluated by HyperFormula: this very book when it was read so, else made on the first call. */
  evaluated(): EvaluatedBook;
  destroy(): void;
}

export interface EvaluatedBook extends ReadBook {
  hf: HyperFormula;
  /** A cell's value as the criteria read it (an Excel error as `{error}`): sheet by name, row and column 0-based. */
  valueAt(sheet: string, row: number, col: number): CellValue;
}

/** The package and the adapter, loaded on first use (a plain import would load them with every check). */
function hyperformula(): { hf: typeof HyperFormulaPackage; adapter: typeof Adapter } {
  /* eslint-disable @typescript-eslint/no-require-imports */
  return { hf: require("hyperformula"), adapter: require("./hyperformula") };
  /* eslint-enable @typescript-eslint/no-require-imports */
}

/**
 * A text cell for HyperFormula, kept as the text it is in Excel: HyperFormula parses a string it is given
 * as if typed ("=…" a formula, "TRUE" a boolean, "12" or "12 %" a number, "#N/A" an error, an ISO date a
 * date) unless it starts with an apostrophe, which it strips. Excel's text cells stay text (a number
 * stored as text is ignored by SUM, "TRUE" is not TRUE), and so they do here.
 */
export function asText(value: string): string {
  return `'${value}`;
}

/** The book's defined names by lower-case spelling, and a finding's cell as "'Anlage 3.9'!B7" (the bare name when unknown). */
export function addressing(book: Book): { byName: Map<string, NameAddress>; address(ref: CellRef): string } {
  const byName = new Map(book.names.map((n) => [n.name.toLowerCase(), n]));
  return {
    byName,
    address(ref) {
      const n = byName.get(ref.name.toLowerCase());
      if (!n) return ref.name;
      return ref.row === undefined && ref.column === undefined ? addressOf(n) : addressOf(n, ref.row, ref.column);
    },
  };
}

/**
 * `config` adds to the adapter's HyperFormula configuration: the marks test takes `useColumnIndex` to evaluate the
 * per-cell lookups of the conditional formats (3.3.1, 3.3.2) fast; a check does without it (it costs a check of
 * 5,000 servers some 8 % and no check formula looks up per row).
 */
export function evaluateBook(book: Book, config: Partial<ConfigParams> = {}): EvaluatedBook {
  const { hf: pkg, adapter } = hyperformula();
  const toCellValue = (v: unknown): CellValue => {
    if (v instanceof pkg.DetailedCellError) return { error: v.value, message: v.message };
    if (v === undefined || v === "") return v === "" ? "" : null;
    return v as CellValue;
  };
  const sheets: Record<string, (string | number | boolean | null)[][]> = {};
  // memory follows the cells that exist, long ranges are cut to the used rows (bounded.ts, issue 11)
  const bound = formulaBounder(extentOf(book.sheets), (sheet, row, col) => {
    throw unusable.tooManyReferenced(`${quoteSheet(sheet)}!${a1(row + 1, col + 1)}`, MAX_RANGE_CELLS);
  });
  for (const s of book.sheets) {
    sheets[s.name] = sparseRows(s.rows, (c, row, col) => {
      if (c.formula !== undefined && c.formula !== "") return "=" + bound(normaliseFormula(c.formula), s.name, row, col);
      if (c.error !== undefined) return c.error;
      if (typeof c.value === "string") return asText(c.value);
      return c.value === undefined ? null : c.value;
    });
  }
  const named = book.names.map((n) => ({ name: n.name, expression: `=${bound(`${quoteSheet(n.sheet)}!${n.range}`, n.sheet, n.row - 1, n.col - 1)}` }));
  const hf = adapter.createDeuzEngine(sheets, config, named);
  const { byName, address } = addressing(book);
  const sheetId = (n: NameAddress) => hf.getSheetId(n.sheet)!;
  // the values do not change while a check reads them: each named range is read from HyperFormula once
  const matrices = new Map<string, CellValue[][]>();
  const inputs: Inputs = {
    has: (name) => byName.has(name.toLowerCase()),
    value(name) {
      const n = byName.get(name.toLowerCase());
      if (!n) return null;
      return toCellValue(hf.getCellValue({ sheet: sheetId(n), row: n.row - 1, col: n.col - 1 }));
    },
    matrix(name) {
      const n = byName.get(name.toLowerCase());
      if (!n) return [];
      const cached = matrices.get(n.name);
      if (cached) return cached;
      const sheet = sheetId(n);
      const values = hf
        .getRangeValues({ start: { sheet, row: n.row - 1, col: n.col - 1 }, end: { sheet, row: n.row + n.rows - 2, col: n.col + n.cols - 2 } })
        .map((r) => r.map(toCellValue));
      matrices.set(n.name, values);
      return values;
    },
    address,
  };
  const evaluated: EvaluatedBook = {
    hf,
    book,
    inputs,
    address,
    name: (name) => byName.get(name.toLowerCase()),
    evaluated: () => evaluated,
    valueAt(sheet, row, col) {
      const id = hf.getSheetId(sheet);
      return id === undefined ? null : toCellValue(hf.getCellValue({ sheet: id, row, col }));
    },
    destroy: () => hf.destroy(),
  };
  return evaluated;
}
