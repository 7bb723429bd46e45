/**
 * A small test reader, independent of src/workbook/read.ts: an .xlsx as ExcelJS reads it, put into
 * HyperFormula with the DEUZ functions and the workbook's defined names, so that a test sees what any
 * spreadsheet program would compute from the file we wrote.
 */
import ExcelJS from "exceljs";
import { HyperFormula } from "hyperformula";
import { createDeuzEngine, normaliseFormula } from "../../../src/workbook/hyperformula";

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function cellInput(cell: ExcelJS.Cell): string | number | boolean | null {
  if (cell.formula) return "=" + normaliseFormula(cell.formula);
  const v = cell.value;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH) / 86_400_000;
  if (typeof v === "string") return v.startsWith("=") || v.startsWith("'") ? `'${v}` : v;
  if (typeof v === "number" || typeof v === "boolean") return v;
  return null;
}

export interface XlsxEngine {
  hf: HyperFormula;
  /** The value of the first cell of a defined name. */
  valueOf(name: string): unknown;
}

export async function xlsxEngine(data: Buffer): Promise<XlsxEngine> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const sheets: Record<string, (string | number | boolean | null)[][]> = {};
  for (const ws of wb.worksheets) {
    const rows: (string | number | boolean | null)[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const out: (string | number | boolean | null)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => (out[c - 1] = cellInput(cell)));
      rows[r - 1] = Array.from(out, (x) => x ?? null);
    });
    sheets[ws.name] = Array.from(rows, (x) => x ?? []);
  }
  const model = wb.definedNames.model as { name: string; ranges: string[] }[];
  const hf = createDeuzEngine(sheets, {}, model.map((n) => ({ name: n.name, expression: `=${n.ranges[0]}` })));
  const refs = new Map(model.map((n) => [n.name, n.ranges[0]]));
  return {
    hf,
    valueOf(name) {
      const ref = refs.get(name);
      if (!ref) throw new Error(`no defined name ${name}`);
      const address = hf.simpleCellAddressFromString(ref.split(":")[0], 0);
      if (!address) throw new Error(`cannot read ${ref}`);
      return hf.getCellValue(address);
    },
  };
}
