/** Addresses as Excel reports them ("'Anlage 3.4'!$B$19:$B$54") and the cells of a named range. */
import { CellRef } from "../../engine/criteria/types";
import { columnLetter, columnNumber } from "../../workbook/book";

export interface RangeAddress {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function parseAddress(address: string): RangeAddress | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(address);
  if (!m) return null;
  const col = columnNumber(m[3]);
  const row = Number(m[4]);
  return {
    sheet: (m[1] ?? m[2]).replace(/''/g, "'"),
    row,
    col,
    rows: m[6] ? Number(m[6]) - row + 1 : 1,
    cols: m[5] ? columnNumber(m[5]) - col + 1 : 1,
  };
}

/** The sheet and A1 cell of a finding's reference within a named range. */
export function cellOf(range: RangeAddress, ref: CellRef): { sheet: string; cell: string } {
  return { sheet: range.sheet, cell: `${columnLetter(range.col + (ref.column ?? 0))}${range.row + (ref.row ?? 0)}` };
}

export const qualified = (sheet: string, cell: string) => `'${sheet.replace(/'/g, "''")}'!${cell}`;
