/**
 * Writes a Book as .xlsx with ExcelJS: styles (inputs unlocked and yellow, formulas locked), number formats,
 * drop-downs, conditional formats that read the checks, workbook-level defined names, and sheets protected
 * without a password. Cached formula results come from HyperFormula, so that a reader without the add-in
 * sees values. Deterministic: fixed creator and dates.
 */
import ExcelJS from "exceljs";
import { DetailedCellError } from "hyperformula";
import JSZip from "jszip";
import { Book, BookCell, NumberFormat, quoteSheet, Validation } from "./book";
import { evaluateBook } from "./evaluate";
import { Language as Lang } from "../engine/errors";
import { colours } from "./colours";
import { storedFormula } from "./formula";

const FIXED_DATE = new Date(Date.UTC(2025, 0, 1));
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

const numberFormats: Record<Lang, Record<NumberFormat, string>> = {
  de: { date: "dd.mm.yyyy", percent: "0.0%", number: "#,##0", ratio: "0.000", count: "0;-0;;@" },
  en: { date: "yyyy-mm-dd", percent: "0.0%", number: "#,##0", ratio: "0.000", count: "0;-0;;@" },
};

const fill = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb }, bgColor: { argb } });
const thin: Partial<ExcelJS.Borders> = {
  top: { style: "thin", color: { argb: "FFBFBFBF" } },
  bottom: { style: "thin", color: { argb: "FFBFBFBF" } },
  left: { style: "thin", color: { argb: "FFBFBFBF" } },
  right: { style: "thin", color: { argb: "FFBFBFBF" } },
};

function styleCell(target: ExcelJS.Cell, cell: BookCell, lang: Lang): void {
  switch (cell.style) {
    case "title":
      target.font = { bold: true, size: 14, color: { argb: colours.title } };
      break;
    case "intro":
      target.font = { italic: true, color: { argb: "FF595959" } };
      break;
    case "header":
      target.font = { bold: true, color: { argb: colours.headerFont } };
      target.fill = fill(colours.header);
      target.alignment = { wrapText: true, vertical: "top" };
      break;
    case "input":
      target.fill = fill(colours.input);
      target.border = thin;
      target.protection = { locked: false };
      target.alignment = { vertical: "top" };
      break;
    case "formula":
      target.protection = { locked: true };
      // level with the first line of a wrapped label in the same row (Excel's default is the bottom)
      target.alignment = { vertical: "top" };
      break;
    case "label":
      target.alignment = { wrapText: true, vertical: "top" };
      break;
    default:
  }
  if (cell.format) target.numFmt = numberFormats[lang][cell.format];
}

const LINE_HEIGHT = 15;
const DEFAULT_WIDTH = 9;

/**
 * Lines a wrapped text needs in a column `width` characters wide (greedy word wrap; bold text is wider).
 * Neither Excel nor LibreOffice fits a row to wrapped text on opening, so the writer sets the height.
 */
export function wrappedLines(text: string, width: number, bold: boolean): number {
  const capacity = Math.max(1, Math.floor((width - 1) / (bold ? 1.15 : 1)));
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= capacity) used = need;
      else {
        lines += used === 0 ? 0 : 1;
        lines += Math.ceil(word.length / capacity) - 1;
        used = word.length % capacity || capacity;
      }
    }
  }
  return lines;
}

/** The height of a row holding wrapped headers or labels, when they need more than one line. */
function rowHeight(row: (BookCell | undefined)[], widths: number[]): number | undefined {
  let lines = 1;
  row.forEach((cell, c) => {
    if (!cell || (cell.style !== "header" && cell.style !== "label") || typeof cell.value !== "string") return;
    lines = Math.max(lines, wrappedLines(cell.value, widths[c] || DEFAULT_WIDTH, cell.style === "header"));
  });
  return lines > 1 ? lines * LINE_HEIGHT : undefined;
}

/** Excel's cached result of a formula, from HyperFormula. */
function result(value: unknown): ExcelJS.CellValue | undefined {
  if (value instanceof DetailedCellError) return { error: value.value } as ExcelJS.CellErrorValue;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return undefined;
}

export interface WriteOptions {
  lang: Lang;
  /** Write HyperFormula's results as the formulas' cached values (default true). */
  cachedResults?: boolean;
}

export function toExcelJs(book: Book, { lang, cachedResults = true }: WriteOptions): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "deuz (DE-UZ 228)";
  wb.lastModifiedBy = "deuz (DE-UZ 228)";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.calcProperties = { fullCalcOnLoad: true };
  const evaluated = cachedResults ? evaluateBook(book) : undefined;
  for (const sheet of book.sheets) {
    const ws = wb.addWorksheet(sheet.name, {
      views: [{ state: "frozen", ySplit: 3 }],
      pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
    });
    sheet.widths.forEach((w, i) => w && (ws.getColumn(i + 1).width = w));
    const sheetId = evaluated?.hf.getSheetId(sheet.name);
    sheet.rows.forEach((row, r) => {
      const height = row && rowHeight(row, sheet.widths);
      if (height) ws.getRow(r + 1).height = height;
      row?.forEach((cell, c) => {
        if (!cell) return;
        const target = ws.getCell(r + 1, c + 1);
        if (cell.formula) {
          const value = sheetId === undefined ? undefined : result(evaluated!.hf.getCellValue({ sheet: sheetId, row: r, col: c }));
          // stored as Excel stores the add-in's functions (_xldudf_DEUZ_PUE), so that Excel binds them on open (formula.ts)
          const formula = storedFormula(cell.formula);
          target.value = value === undefined ? { formula } : ({ formula, result: value } as ExcelJS.CellFormulaValue);
        } else if (cell.error !== undefined) {
          target.value = { error: cell.error } as ExcelJS.CellErrorValue;
        } else if (cell.value !== null && cell.value !== undefined) {
          target.value = cell.format === "date" && typeof cell.value === "number" ? new Date(EXCEL_EPOCH + cell.value * 86_400_000) : cell.value;
        }
        styleCell(target, cell, lang);
      });
    });
    for (const v of sheet.validations) {
      const [from, to] = v.range.split(":");
      const start = ws.getCell(from);
      const end = ws.getCell(to ?? from);
      const dv = dataValidation(v);
      for (let r = Number(start.row); r <= Number(end.row); r++) {
        for (let c = Number(start.col); c <= Number(end.col); c++) {
          ws.getCell(r, c).dataValidation = dv;
        }
      }
    }
    for (const cf of sheet.conditional) {
      const style = cf.style === "fail" ? { fill: colours.fail, font: colours.failFont } : cf.style === "missing" ? { fill: colours.missing, font: colours.missingFont } : { fill: colours.pass, font: colours.passFont };
      ws.addConditionalFormatting({
        ref: cf.range,
        rules: [{ type: "expression", priority: 1, formulae: [storedFormula(cf.formula)], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: style.fill } }, font: { color: { argb: style.font } } } }],
      });
    }
    void ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, formatCells: true });
  }
  for (const n of book.names) wb.definedNames.add(`${quoteSheet(n.sheet)}!${n.range}`, n.name);
  evaluated?.destroy();
  return wb;
}

/** A validation as ExcelJS writes it: a list, a number or a date range, with its input message and alert. */
function dataValidation(v: Validation): ExcelJS.DataValidation {
  const messages = {
    ...(v.prompt ? { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.text } : {}),
    ...(v.error ? { errorStyle: "stop", errorTitle: v.error.title, error: v.error.text } : {}),
  };
  if (v.list) return { type: "list", allowBlank: true, formulae: [`"${v.list.join(",")}"`], showErrorMessage: true, ...messages };
  if (v.date) {
    const day = (serial: number) => new Date(EXCEL_EPOCH + serial * 86_400_000);
    return { type: "date", operator: "between", allowBlank: true, formulae: [day(v.date.min), day(v.date.max)], showErrorMessage: true, ...messages };
  }
  // ExcelJS writes "any" as a validation without a type: the input message alone
  if (!v.number) return { type: "any" as ExcelJS.DataValidation["type"], formulae: [], ...messages };
  const { min, max } = v.number;
  const range = min !== undefined && max !== undefined ? { operator: "between" as const, formulae: [min, max] }
    : min !== undefined ? { operator: "greaterThanOrEqual" as const, formulae: [min] }
    : { operator: "lessThanOrEqual" as const, formulae: [max ?? 0] };
  return { type: "decimal", allowBlank: true, ...range, showErrorMessage: true, ...messages };
}

export async function writeBook(book: Book, options: WriteOptions): Promise<Buffer> {
  const wb = toExcelJs(book, options);
  return wellFormedXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
}

/** Characters XML 1.0 does not allow in a document: C0 controls but tab and line ends, U+FFFE, U+FFFF. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * An .xlsx whose every part is well-formed XML (issue 11): ExcelJS writes a cell's or a note's text as it is, and
 * a text from a file (`_xFFFE_`, `_x001B_` decoded) may hold characters XML does not allow. Each becomes OOXML's
 * escape `_xHHHH_`, which Excel reads back as the character in cells and notes. Lone surrogates are already
 * U+FFFD in UTF-8. The bytes are returned as they are when no part needs it.
 */
export async function wellFormedXlsx(data: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data);
  let changed = false;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !/\.(xml|rels|vml)$/.test(entry.name)) continue;
    const xml = await entry.async("string");
    NOT_XML.lastIndex = 0;
    if (!NOT_XML.test(xml)) continue;
    zip.file(entry.name, xml.replace(NOT_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`));
    changed = true;
  }
  return changed ? zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }) : data;
}

