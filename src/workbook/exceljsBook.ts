/**
 * A Book from ExcelJS's model of a workbook: values, formulas (the `_xldudf_` prefix normalised), errors,
 * workbook-level defined names. No Node.js modules: the task pane's auditor copy uses it in the browser.
 * `deuz check` reads files with the faster scanner (scan.ts), which gives the same Book (tested).
 */
import ExcelJS from "exceljs";
import { Book, BookCell, BookSheet, NameAddress } from "./book";
import { normaliseFormula } from "./formula";
import { parseRange } from "./scan";

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function cellValue(v: ExcelJS.CellValue): BookCell["value"] {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH) / 86_400_000;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("text" in v && typeof v.text === "string") return v.text;
    if ("error" in v) return String(v.error);
    if ("result" in v) return cellValue(v.result as ExcelJS.CellValue);
  }
  return String(v);
}

/**
 * A formula cell's result as the file carries it (the scanner's `cached`), where ExcelJS keeps it: it reads an empty
 * text as no result and text in a date-formatted cell as an invalid date, and those are left out.
 */
function cachedOf(result: ExcelJS.CellValue | undefined): Pick<BookCell, "cached"> {
  if (result && typeof result === "object" && "error" in result) return { cached: { error: String(result.error) } };
  if (result instanceof Date && Number.isNaN(result.getTime())) return {};
  const v = result === undefined ? null : cellValue(result);
  return v === null || v === undefined ? {} : { cached: v };
}

export function bookFrom(wb: ExcelJS.Workbook): Book {
  const sheets: BookSheet[] = [];
  wb.eachSheet((ws) => {
    const sheet: BookSheet = { name: ws.name, rows: [], widths: [], validations: [], conditional: [] };
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const cells: (BookCell | undefined)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const formula = cell.formula;
        const v = cell.value;
        if (formula) cells[c - 1] = { formula: normaliseFormula(formula), ...cachedOf(cell.result) };
        else if (v && typeof v === "object" && "error" in v) cells[c - 1] = { error: String(v.error) };
        else cells[c - 1] = { value: cellValue(v) };
      });
      sheet.rows[r - 1] = cells;
    });
    sheets.push(sheet);
  });
  const names: NameAddress[] = [];
  for (const { name, ranges } of wb.definedNames.model as { name: string; ranges: string[] }[]) {
    const first = ranges.map(parseRange).find((x) => x !== null);
    if (first) names.push({ name, ...first });
  }
  return { sheets, names };
}
