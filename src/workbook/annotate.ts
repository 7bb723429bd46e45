/**
 * The annotated copy for `deuz check --out`: failing cells filled red, cells with missing data amber, each
 * with a note naming the section (DE-UZ 228) or the law's criterion (EnEfG, EU report; a draft marked), the rule and
 * the value; a sheet "Prüfung DE-UZ 228" lists every finding. The marks are the task pane's and removable as its are:
 * each marked cell's own fill is saved in the very hidden sheet the pane keeps (DEUZ_Markierungen, one JSON object a
 * row as src/taskpane/excel/marks.ts reads it), notes are added only where the cell had none, so "Markierungen
 * entfernen" in the pane gives the cells back as they were. With `freeze`, DEUZ formulas are replaced by their values
 * for an auditor without the add-in.
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
/** The task pane's sheet of saved fills (src/taskpane/excel/marks.ts STATE_SHEET): the copy's marks are removable. */
export const MARK_STATE_SHEET = "DEUZ_Markierungen";

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

/** A finding of a rule set (`deuz check --rules`); DE-UZ 228's carry none or "de-uz-228". */
type Judged = Finding & { ruleSet?: string };

/** Drafts are marked wherever they show (issue 13): "ENTWURF"/"DRAFT". */
const isDraft = (f: Judged) => f.ruleSet === "enefg-2026-entwurf";

/** How a note names the criterion: "DE-UZ 228 3.2.7", the law's own ids ("EnEfG-11-1", "EU-1364"), a draft marked. */
function named(f: Judged, lang: Lang): string {
  if (!f.ruleSet || f.ruleSet === "de-uz-228") return `DE-UZ 228 ${f.id}`;
  return isDraft(f) ? `${lang === "de" ? "ENTWURF" : "DRAFT"} ${f.id}` : f.id;
}

/** A cell's own fill as the pane saves it (Saved in src/taskpane/excel/marks.ts), or null where it cannot be said. */
function savedFill(target: ExcelJS.Cell): { pattern: string | null; color: string | null } {
  const f = target.fill as ExcelJS.FillPattern | undefined;
  if (!f || f.type !== "pattern" || f.pattern === "none") return { pattern: "None", color: null };
  const argb = f.fgColor?.argb;
  // a theme colour or a pattern office.js could not set back: the fill stays marked, the note still goes
  if (f.pattern !== "solid" || !argb || !/^[0-9A-Fa-f]{8}$/.test(argb)) return { pattern: null, color: null };
  return { pattern: "Solid", color: `#${argb.slice(2).toUpperCase()}` };
}

export function annotate(wb: ExcelJS.Workbook, findings: Judged[], ev: ReadBook, lang: Lang): void {
  const words = statusWords[lang];
  const saved = new Map<string, Record<string, unknown>>();
  const mark = (ref: CellRef, colour: string, note: string, law = false) => {
    const address = ev.address(ref);
    // a law criterion naming a whole column (EnEfG-11-1: MP_EVU, MP_IT2) has no one cell to mark: listed, not marked
    if (law && address.includes(":")) return;
    const { sheet, cell } = splitAddress(address);
    const ws = wb.getWorksheet(sheet);
    if (!ws) return;
    const target = ws.getCell(cell);
    const key = `${sheet}!${cell}`;
    let state = saved.get(key);
    if (!state) {
      // before the first mark: the cell's own fill, and whether a note is the user's (left as it is)
      const own = typeof target.note === "string" ? target.note : target.note ? "note" : "";
      state = { sheet, cell, ...savedFill(target), patternColor: null, tint: null, patternTint: null, noteAdded: !own };
      saved.set(key, state);
    }
    // ExcelJS shares one style object between cells loaded with the same style: give this cell its own
    target.style = { ...target.style, fill: fill(colour) };
    if (!state.noteAdded) return;
    const previous = typeof target.note === "string" ? target.note : "";
    target.note = fitted(previous ? `${previous}\n${note}` : note);
  };
  for (const f of findings) {
    if (f.status === "fail" || f.status === "missing") {
      const note = `${named(f, lang)} (${f.title[lang]}): ${words[f.status]}. ${f.message[lang]}`;
      const law = Boolean(f.ruleSet) && f.ruleSet !== "de-uz-228";
      for (const ref of f.cells.slice(0, MAX_MARKS_PER_FINDING)) mark(ref, f.status === "fail" ? colours.fail : colours.missing, note, law);
    }
    // cells to look at that change no status (3.3.3 Ausnahme 2: GPU servers listed in Anlage 4.2): amber
    if (f.note) {
      const note = `${named(f, lang)} (${f.title[lang]}): ${lang === "de" ? "Hinweis" : "note"}. ${f.note.message[lang]}`;
      for (const ref of f.note.cells.slice(0, MAX_MARKS_PER_FINDING)) mark(ref, colours.missing, note);
    }
  }
  if (saved.size) {
    const state = wb.getWorksheet(MARK_STATE_SHEET) ?? wb.addWorksheet(MARK_STATE_SHEET);
    // marks the pane made before the file was saved keep what they saved: the cell's fill before any mark
    const rows = new Map<string, string>();
    state.getColumn(1).eachCell((c) => {
      const text = typeof c.value === "string" ? c.value : "";
      try {
        const s = JSON.parse(text) as { sheet?: unknown; cell?: unknown };
        if (typeof s.sheet === "string" && typeof s.cell === "string") rows.set(`${s.sheet}!${s.cell}`, text);
      } catch {
        // not a saved mark
      }
    });
    for (const [key, s] of saved) if (!rows.has(key)) rows.set(key, JSON.stringify(s));
    [...rows.values()].forEach((text, i) => (state.getCell(i + 1, 1).value = text));
    state.state = "veryHidden";
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
    const title = isDraft(f) ? `${lang === "de" ? "ENTWURF" : "DRAFT"}: ${f.title[lang]}` : f.title[lang];
    const row = report.addRow([f.id, title, words[f.status], value(f.value), value(f.limit), fitted(f.cells.slice(0, 20).map((c) => ev.address(c)).join(", ")), fitted(f.message[lang])]);
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
    if (ws.name === REPORT_SHEET || ws.name === MARK_STATE_SHEET || !sheets.has(ws.name)) return;
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
