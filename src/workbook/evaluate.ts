/**
 * Evaluates a Book with HyperFormula and the DEUZ functions, and reads it back by defined name: the
 * `Inputs` the criteria catalogue checks, and the address of every cell a finding names.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import type { ConfigParams } from "hyperformula";
import { CellRef, CellValue, Inputs } from "../engine/criteria/types";
import { addressOf, Book, NameAddress, quoteSheet } from "./book";
import { createDeuzEngine, normaliseFormula } from "./hyperformula";

export interface EvaluatedBook {
  hf: HyperFormula;
  book: Book;
  inputs: Inputs;
  /** "'Anlage 3.9'!B7" for a finding's cell reference. */
  address(ref: CellRef): string;
  name(name: string): NameAddress | undefined;
  destroy(): void;
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

function toCellValue(v: unknown): CellValue {
  if (v instanceof DetailedCellError) return { error: v.value, message: v.message };
  if (v === undefined || v === "") return v === "" ? "" : null;
  return v as CellValue;
}

/**
 * `config` adds to the adapter's HyperFormula configuration: the marks test takes `useColumnIndex` to evaluate the
 * per-cell lookups of the conditional formats (3.3.1, 3.3.2) fast; a check does without it (it costs a check of
 * 5,000 servers some 8 % and no check formula looks up per row).
 */
export function evaluateBook(book: Book, config: Partial<ConfigParams> = {}): EvaluatedBook {
  const sheets: Record<string, (string | number | boolean | null)[][]> = {};
  for (const s of book.sheets) {
    sheets[s.name] = Array.from(s.rows, (row) =>
      Array.from(row ?? [], (c) => {
        if (!c) return null;
        if (c.formula !== undefined && c.formula !== "") return "=" + normaliseFormula(c.formula);
        if (c.error !== undefined) return c.error;
        if (typeof c.value === "string") return asText(c.value);
        return c.value === undefined ? null : c.value;
      }),
    );
  }
  const named = book.names.map((n) => ({ name: n.name, expression: `=${quoteSheet(n.sheet)}!${n.range}` }));
  const hf = createDeuzEngine(sheets, config, named);
  const byName = new Map(book.names.map((n) => [n.name.toLowerCase(), n]));
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
  };
  inputs.address = (ref) => {
    const n = byName.get(ref.name.toLowerCase());
    if (!n) return ref.name;
    return ref.row === undefined && ref.column === undefined ? addressOf(n) : addressOf(n, ref.row, ref.column);
  };
  return {
    hf,
    book,
    inputs,
    address(ref) {
      const n = byName.get(ref.name.toLowerCase());
      if (!n) return ref.name;
      return ref.row === undefined && ref.column === undefined ? addressOf(n) : addressOf(n, ref.row, ref.column);
    },
    name: (name) => byName.get(name.toLowerCase()),
    destroy: () => hf.destroy(),
  };
}
