/**
 * The annotated copy for `deuz check --out`: failing cells filled red, cells with missing data amber, each
 * with a note naming the section, the rule and the value; a sheet "Prüfung DE-UZ 228" lists every finding.
 * With `freeze`, DEUZ formulas are replaced by their values for an auditor without the add-in.
 */
import ExcelJS from "exceljs";
import { CellRef, Finding, isCellError } from "../engine/criteria";
import { EDITION } from "../engine/edition";
import { ReadBook } from "./evaluate";
import { callsDeuz } from "./formula";
import { colours } from "./template/styles";
import { Lang } from "./template/model";
import { statusWords } from "./template/vocabulary";

/** At most this many cells are marked per finding (a whole column of blanks needs no more to be seen). */
export const MAX_MARKS_PER_FINDING = 500;
export const REPORT_SHEET = "Prüfung DE-UZ 228";

/** Excel's limit of characters in a cell and in a note. */
export const MAX_CELL_TEXT = 32_767;
/** A quotation of a cell longer than this is cut in a message (its start is enough to find the cell). */
export const MAX_QUOTE = 200;

/**
 * A message with every quotation („…“ or "…") longer than `quote` characters cut to its start and "…", and the
 * whole cut to `max` characters (issue 11: a 32,767-character ID quoted in a note made it 33,015 long).
 */
export function fitted(text: string, max = MAX_CELL_TEXT, quote = MAX_QUOTE): string {
  let out = text;
  if (out.length > quote) {
    out = out.replace(/„([^“]*)“|"([^"]*)"/g, (whole, de: string | undefined, en: string | undefined) => {
      const inner = de ?? en ?? "";
      if (inner.length <= quote) return whole;
      const cut = inner.slice(0, quote - 1) + "…";
      return de !== undefined ? `„${cut}“` : `"${cut}"`;
    });
  }
  return out.length <= max ? out : out.slice(0, max - 1) + "…";
}

const fill = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb }, bgColor: { argb } });

function splitAddress(address: string): { sheet: string; cell: string } {
  const i = address.lastIndexOf("!");
  const sheet = address.slice(0, i).replace(/^'|'$/g, "").replace(/''/g, "'");
  return { sheet, cell: address.slice(i + 1).split(":")[0] };
}

export function annotate(wb: ExcelJS.Workbook, findings: Finding[], ev: ReadBook, lang: Lang): void {
  const words = statusWords[lang];
  const mark = (ref: CellRef, colour: string, note: string) => {
    const { sheet, cell } = splitAddress(ev.address(ref));
    const ws = wb.getWorksheet(sheet);
    if (!ws) return;
    const target = ws.getCell(cell);
    // ExcelJS shares one style object between cells loaded with the same style: give this cell its own
    target.style = { ...target.style, fill: fill(colour) };
    const previous = typeof target.note === "string" ? target.note : "";
    target.note = fitted(previous ? `${previous}\n${note}` : note);
  };
  for (const f of findings) {
    if (f.status === "fail" || f.status === "missing") {
      const note = `DE-UZ 228 ${f.id} (${f.title[lang]}): ${words[f.status]}. ${f.message[lang]}`;
      for (const ref of f.cells.slice(0, MAX_MARKS_PER_FINDING)) mark(ref, f.status === "fail" ? colours.fail : colours.missing, note);
    }
    // cells to look at that change no status (3.3.3 Ausnahme 2: GPU servers listed in Anlage 4.2): amber
    if (f.note) {
      const note = `DE-UZ 228 ${f.id} (${f.title[lang]}): ${lang === "de" ? "Hinweis" : "note"}. ${f.note.message[lang]}`;
      for (const ref of f.note.cells.slice(0, MAX_MARKS_PER_FINDING)) mark(ref, colours.missing, note);
    }
  }
  const report = wb.addWorksheet(REPORT_SHEET);
  report.columns = [
    { header: lang === "de" ? "Abschnitt" : "Section", width: 10 },
    { header: lang === "de" ? "Anforderung" : "Requirement", width: 44 },
    { header: "Status", width: 16 },
    { header: lang === "de" ? "Wert" : "Value", width: 14 },
    { header: lang === "de" ? "Grenzwert" : "Limit", width: 12 },
    { header: lang === "de" ? "Zellen" : "Cells", width: 40 },
    { header: lang === "de" ? "Hinweis" : "Message", width: 90 },
  ];
  report.getRow(1).font = { bold: true };
  for (const f of findings) {
    const value = (v: unknown) => (typeof v === "string" ? fitted(v) : (v ?? null));
    const row = report.addRow([f.id, f.title[lang], words[f.status], value(f.value), value(f.limit), fitted(f.cells.slice(0, 20).map((c) => ev.address(c)).join(", ")), fitted(f.message[lang])]);
    const colour = f.status === "fail" ? colours.fail : f.status === "missing" ? colours.missing : f.status === "pass" ? colours.pass : undefined;
    if (colour) row.getCell(3).fill = fill(colour);
  }
  report.addRow([]);
  report.addRow([`${EDITION}; deuz`]);
}

/**
 * Replaces every formula that calls a DEUZ function by its value as HyperFormula computes it, not the value the file
 * carries: a spreadsheet without the add-in (LibreOffice) saved `#NAME?` there, and the copy is for an auditor without
 * it. `--freeze` is asked for explicitly, so the evaluation it needs is made then (`read.evaluated()`).
 */
export function freeze(wb: ExcelJS.Workbook, read: ReadBook): number {
  const ev = read.evaluated();
  const sheets = new Set(ev.book.sheets.map((s) => s.name));
  let frozen = 0;
  wb.eachSheet((ws) => {
    if (ws.name === REPORT_SHEET || !sheets.has(ws.name)) return;
    ws.eachRow((row, r) => {
      row.eachCell((cell, c) => {
        const formula = cell.formula;
        if (!formula || !callsDeuz(formula)) return;
        const v = ev.valueAt(ws.name, r - 1, c - 1);
        cell.value = isCellError(v) ? ({ error: v.error } as ExcelJS.CellErrorValue) : (v as ExcelJS.CellValue);
        frozen++;
      });
    });
  });
  return frozen;
}
