/**
 * Marking failing cells in place, and removing the marks again so that exactly what the user had comes back:
 * before a cell is filled, its fill is saved in a very hidden sheet; notes are added only where the cell had none
 * (ExcelApi 1.18) and only those are removed. No value is ever written to a cell the user fills. Marking takes two
 * syncs (load, write) after the check's reads, whatever the number of findings.
 *
 * What Excel's documentation says and this code relies on:
 * - RangeFill: color (ExcelApi 1.1); pattern, patternColor, tintAndShade, patternTintAndShade (ExcelApi 1.9); a cell
 *   without fill has pattern "None"; clear() removes the fill
 *   (https://learn.microsoft.com/javascript/api/excel/excel.rangefill). All five are saved so that a patterned or
 *   theme-tinted fill comes back as it was; gradient fills cannot be read or written by the API, so such cells
 *   are left unmarked.
 * - Notes: Worksheet.notes.getItemOrNullObject(key) takes the cell address on that sheet ("B4"), add(cell, content)
 *   takes a Range or address of a single cell, Note.content is writable, Note.delete()
 *   (https://learn.microsoft.com/javascript/api/excel/excel.notecollection,
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-notes).
 * - Range.values: a string written to a cell is entered as if typed: "1" becomes a number, a leading apostrophe
 *   is taken as the text prefix and "=..." as a formula (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values).
 *   The saved state is therefore one JSON object per row, which starts with "{" and stays text.
 * - Worksheet protection (ExcelApi 1.2/1.7, https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions):
 *   the template's sheets are protected without a password but allow formatting cells and editing objects (its
 *   writer leaves `objects` unlocked). Fills need allowFormatCells, notes allowEditObjects; the add-in never
 *   unprotects a sheet the user protected: cells on sheets that forbid it are listed, not marked.
 * - Worksheet.visibility "VeryHidden" (Excel.SheetVisibility.veryHidden, ExcelApi 1.1); adding a sheet fails while
 *   the workbook structure is protected (WorkbookProtection, ExcelApi 1.7).
 */
import { Finding } from "../../engine/criteria";
import type { CellRef } from "../../engine/criteria/types";
import type { Language } from "../../engine/errors";
import { ruleSetById, RuleSetFinding } from "../../engine/rulesets";
import { markFill } from "../../workbook/colours";
import { cellOf, qualified, RangeAddress } from "./address";
import { PaneError, paneText } from "../messages";
import { supported } from "./support";

export const STATE_SHEET = "DEUZ_Markierungen";
/** Findings beyond this many cells are listed in the task pane but not marked (one Excel request stays small). */
export const MAX_MARKS = 1000;

export interface Mark {
  sheet: string;
  cell: string;
  status: "fail" | "missing";
  note: string;
}

/** One saved cell: its fill before the first mark and whether the add-in added its note. */
export interface Saved {
  sheet: string;
  cell: string;
  pattern: string | null;
  color: string | null;
  patternColor: string | null;
  tint: number | null;
  patternTint: number | null;
  noteAdded: boolean;
}

export interface MarkOutcome {
  marked: number;
  /** Sheets whose protection forbids formatting cells: their cells were not marked. */
  protectedSheets: string[];
  /** Whether notes were written (ExcelApi 1.18 and the sheets allow editing objects). */
  notes: boolean;
}

/**
 * The cells to mark: a failing criterion's red, missing data amber; a finding's note (cells to look at that change no
 * status: GPU servers listed in Anlage 4.2, 3.3.3 Ausnahme 2) amber with a note "Hinweis", as `deuz check --out` does.
 * Findings of the law's rule sets (`ruleSet`, issue 13) are marked alike, their note naming the criterion.
 */
export function marksFor(findings: Finding[], ranges: Map<string, RangeAddress>, lang: Language): Mark[] {
  const marks = new Map<string, Mark>();
  const add = (ref: CellRef, status: Mark["status"], note: string) => {
    const range = ranges.get(ref.name);
    if (!range) return;
    const { sheet, cell } = cellOf(range, ref);
    const key = qualified(sheet, cell);
    const existing = marks.get(key);
    if (existing) {
      if (status === "fail") existing.status = "fail";
      existing.note += `\n${note}`;
    } else if (marks.size < MAX_MARKS) marks.set(key, { sheet, cell, status, note });
  };
  const hint = lang === "de" ? "Hinweis" : "note";
  // a law finding (issue 13) names itself by its id ("EnEfG-11-1", "EU-1364"), a draft's with ENTWURF/DRAFT in front
  const source = (f: Finding) => {
    const rs = (f as Partial<RuleSetFinding>).ruleSet;
    if (!rs || rs === "de-uz-228") return "DE-UZ 228 ";
    return ruleSetById(rs)?.draft ? (lang === "de" ? "ENTWURF " : "DRAFT ") : "";
  };
  for (const f of findings) {
    if (f.status === "fail" || f.status === "missing") {
      for (const ref of f.cells) add(ref, f.status, `${source(f)}${f.id} (${f.title[lang]}): ${f.message[lang]}`);
    }
    if (f.note) for (const ref of f.note.cells) add(ref, "missing", `${source(f)}${f.id} (${f.title[lang]}): ${hint}. ${f.note.message[lang]}`);
  }
  return [...marks.values()];
}

const keyOf = (s: { sheet: string; cell: string }) => qualified(s.sheet, s.cell);

/** The saved rows: one JSON object a row in column A. Rows that do not parse are ignored. */
export function readState(values: unknown[][] | undefined): Map<string, Saved> {
  const saved = new Map<string, Saved>();
  for (const row of values ?? []) {
    if (typeof row[0] !== "string" || !row[0].startsWith("{")) continue;
    try {
      const s = JSON.parse(row[0]) as Saved;
      if (typeof s.sheet === "string" && typeof s.cell === "string") saved.set(keyOf(s), s);
    } catch {
      // not ours
    }
  }
  return saved;
}

interface SheetInfo {
  formatAllowed: boolean;
  notesAllowed: boolean;
}

/** Which sheets exist and what their protection allows (one load of the collection). */
function loadSheets(context: Excel.RequestContext): () => Map<string, SheetInfo> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/protection/protected,items/protection/options");
  return () =>
    new Map(
      sheets.items.map((w) => {
        const p = w.protection;
        return [w.name, { formatAllowed: !p.protected || Boolean(p.options.allowFormatCells), notesAllowed: !p.protected || Boolean(p.options.allowEditObjects) }];
      }),
    );
}

function stateNotLoaded(state: Excel.Worksheet, used: Excel.Range): Map<string, Saved> {
  return state.isNullObject || used.isNullObject ? new Map() : readState(used.values);
}

/** Marks the findings' cells: sync 1 loads the current formats, protections and earlier marks, sync 2 writes. */
export async function markFindings(context: Excel.RequestContext, marks: Mark[]): Promise<MarkOutcome> {
  const wb = context.workbook;
  const notesApi = supported("notes");
  const state = wb.worksheets.getItemOrNullObject(STATE_SHEET);
  const stateRange = state.getUsedRangeOrNullObject(true);
  stateRange.load("values");
  wb.protection.load("protected");
  const sheetInfo = loadSheets(context);
  const targets = marks.map((m) => {
    const ws = wb.worksheets.getItem(m.sheet);
    const range = ws.getRange(m.cell);
    range.format.fill.load("color,pattern,patternColor,tintAndShade,patternTintAndShade");
    const note = notesApi ? ws.notes.getItemOrNullObject(m.cell) : undefined;
    note?.load("content");
    return { mark: m, range, note };
  });
  await context.sync();

  const info = sheetInfo();
  const previous = stateNotLoaded(state, stateRange);
  if (state.isNullObject && wb.protection.protected && marks.length) {
    throw new PaneError(paneText("marksStructureProtected"));
  }
  const saved = new Map<string, Saved>();
  const protectedSheets = new Set<string>();
  let marked = 0;
  let notesWritten = false;
  for (const { mark, range, note } of targets) {
    const key = keyOf(mark);
    const sheet = info.get(mark.sheet);
    const before = previous.get(key);
    const fill = range.format.fill;
    if (!sheet?.formatAllowed || /Gradient/.test(fill.pattern ?? "")) {
      if (!sheet?.formatAllowed) protectedSheets.add(mark.sheet);
      if (before) saved.set(key, before);
      continue;
    }
    // cells marked by an earlier check keep the user's format saved then, not our colour
    // (a saved row without a fill is a note only: the fill was given back already and is the user's again)
    const s: Saved = before && !(before.pattern === null && before.color === null) ? before : {
      sheet: mark.sheet, cell: mark.cell, pattern: fill.pattern, color: fill.color, patternColor: fill.patternColor,
      tint: fill.tintAndShade, patternTint: fill.patternTintAndShade, noteAdded: before?.noteAdded ?? false,
    };
    fill.color = markFill[mark.status];
    marked++;
    if (note && sheet.notesAllowed) {
      if (note.isNullObject) {
        wb.notes.add(range, mark.note);
        s.noteAdded = true;
        notesWritten = true;
      } else if (s.noteAdded) {
        note.content = mark.note; // our note from an earlier check: new text
        notesWritten = true;
      }
      // a note the user wrote stays as it is
    }
    saved.set(key, s);
  }
  // earlier marks that are no longer findings get their format back; a note they added stays listed until
  // "Markierungen entfernen" removes it
  for (const [key, s] of previous) {
    if (saved.has(key)) continue;
    const sheet = info.get(s.sheet);
    if (!sheet) continue; // the sheet is gone
    if (!sheet.formatAllowed) {
      saved.set(key, s);
      continue;
    }
    restoreFill(context, s);
    if (s.noteAdded) saved.set(key, { ...s, pattern: null, color: null });
  }
  writeState(context, state, saved);
  await context.sync();
  return { marked, protectedSheets: [...protectedSheets], notes: notesWritten };
}

function writeState(context: Excel.RequestContext, existing: Excel.Worksheet, saved: Map<string, Saved>): void {
  if (existing.isNullObject && saved.size === 0) return;
  const sheet = existing.isNullObject ? context.workbook.worksheets.add(STATE_SHEET) : existing;
  if (!existing.isNullObject) sheet.getRange("A:D").clear();
  const rows = [...saved.values()].map((s) => [JSON.stringify(s)]);
  if (rows.length) sheet.getRange(`A1:A${rows.length}`).values = rows;
  sheet.visibility = "VeryHidden";
}

/** Puts a saved fill back; a saved fill with neither pattern nor colour (only the note was ours) is left alone. */
function restoreFill(context: Excel.RequestContext, s: Saved): void {
  if (s.pattern === null && s.color === null) return;
  const fill = context.workbook.worksheets.getItem(s.sheet).getRange(s.cell).format.fill;
  if (s.pattern === "None" || !s.color) {
    fill.clear();
    return;
  }
  fill.color = s.color;
  if (s.pattern && s.pattern !== "Solid") fill.pattern = s.pattern as Excel.FillPattern;
  if (s.patternColor && s.pattern !== "Solid") fill.patternColor = s.patternColor;
  if (typeof s.tint === "number" && s.tint !== 0) fill.tintAndShade = s.tint;
  if (typeof s.patternTint === "number" && s.patternTint !== 0 && s.pattern !== "Solid") fill.patternTintAndShade = s.patternTint;
}

export interface ClearOutcome {
  restored: number;
  /** Cells left marked because their sheet now forbids formatting (kept in the state sheet for later). */
  kept: number;
}

/** Restores every marked cell's own fill, removes the notes it added and the state sheet: three syncs. */
export async function clearMarks(context: Excel.RequestContext): Promise<ClearOutcome> {
  const state = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET);
  const used = state.getUsedRangeOrNullObject(true);
  used.load("values");
  const sheetInfo = loadSheets(context);
  await context.sync();
  if (state.isNullObject) return { restored: 0, kept: 0 };
  const info = sheetInfo();
  const saved = stateNotLoaded(state, used);
  const notesApi = supported("notes");
  const kept = new Map<string, Saved>();
  const restorable = [...saved.values()].filter((s) => {
    const sheet = info.get(s.sheet);
    if (sheet && !sheet.formatAllowed) kept.set(keyOf(s), s);
    return sheet?.formatAllowed;
  });
  const added = notesApi
    ? restorable.filter((s) => s.noteAdded && info.get(s.sheet)!.notesAllowed).map((s) => context.workbook.worksheets.getItem(s.sheet).notes.getItemOrNullObject(s.cell))
    : [];
  added.forEach((n) => n.load("content"));
  if (added.length) await context.sync();
  for (const s of restorable) restoreFill(context, s);
  for (const n of added) if (!n.isNullObject) n.delete();
  if (kept.size) writeState(context, state, kept);
  else {
    state.visibility = "Visible";
    state.delete();
  }
  await context.sync();
  return { restored: restorable.length, kept: kept.size };
}
