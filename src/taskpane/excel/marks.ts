/**
 * Marking failing cells in place, and removing the marks again so that exactly what the user had comes
 * back: before a cell is filled, its fill (pattern and colour) is saved in a very hidden sheet; notes are
 * added only where the cell had none (ExcelApi 1.18) and only those are removed. No value is ever written
 * to a cell the user fills. Check and mark take three syncs together, whatever the number of findings.
 */
import { Finding } from "../../engine/criteria";
import { markFill } from "../../workbook/template/styles";
import { cellOf, qualified, RangeAddress } from "./address";

export const STATE_SHEET = "DEUZ_Markierungen";
/** Findings beyond this many cells are listed in the task pane but not marked (one Excel request stays small). */
export const MAX_MARKS = 1000;

interface Mark {
  sheet: string;
  cell: string;
  status: "fail" | "missing";
  note: string;
}

interface Saved {
  address: string;
  pattern: string;
  color: string;
  noteAdded: boolean;
}

export function marksFor(findings: Finding[], ranges: Map<string, RangeAddress>, lang: "de" | "en"): Mark[] {
  const marks = new Map<string, Mark>();
  for (const f of findings) {
    if (f.status !== "fail" && f.status !== "missing") continue;
    for (const ref of f.cells) {
      const range = ranges.get(ref.name);
      if (!range) continue;
      const { sheet, cell } = cellOf(range, ref);
      const key = qualified(sheet, cell);
      const note = `DE-UZ 228 ${f.id} (${f.title[lang]}): ${f.message[lang]}`;
      const existing = marks.get(key);
      if (existing) {
        if (f.status === "fail") existing.status = "fail";
        existing.note += `\n${note}`;
      } else if (marks.size < MAX_MARKS) marks.set(key, { sheet, cell, status: f.status, note });
    }
  }
  return [...marks.values()];
}

function notesSupported(): boolean {
  try {
    return Boolean((globalThis as { Office?: typeof Office }).Office?.context?.requirements?.isSetSupported("ExcelApi", "1.18"));
  } catch {
    return false;
  }
}

function readState(values: unknown[][] | undefined): Map<string, Saved> {
  const saved = new Map<string, Saved>();
  for (const row of values ?? []) {
    const [address, pattern, color, noteAdded] = row as string[];
    if (typeof address === "string" && address.includes("!")) saved.set(address, { address, pattern, color, noteAdded: noteAdded === "1" });
  }
  return saved;
}

/** Marks the findings' cells: sync 1 loads the current formats and any earlier marks, sync 2 writes. */
export async function markFindings(context: Excel.RequestContext, marks: Mark[]): Promise<void> {
  const wb = context.workbook;
  const notes = notesSupported();
  const state = wb.worksheets.getItemOrNullObject(STATE_SHEET);
  const stateRange = state.getUsedRangeOrNullObject(true);
  stateRange.load("values");
  const targets = marks.map((m) => {
    const range = wb.worksheets.getItem(m.sheet).getRange(m.cell);
    range.format.fill.load("color,pattern");
    const note = notes ? wb.notes.getItemOrNullObject(qualified(m.sheet, m.cell)) : undefined;
    note?.load("content");
    return { mark: m, range, note };
  });
  await context.sync();

  const previous = state.isNullObject || stateRange.isNullObject ? new Map<string, Saved>() : readState(stateRange.values);
  const saved = new Map<string, Saved>();
  // cells marked by an earlier check keep the user's format saved then, not our colour
  for (const { mark, range, note } of targets) {
    const address = qualified(mark.sheet, mark.cell);
    const before = previous.get(address);
    const noteAdded = notes ? (before?.noteAdded ?? false) || Boolean(note?.isNullObject) : false;
    saved.set(address, before ? { ...before, noteAdded } : { address, pattern: range.format.fill.pattern, color: range.format.fill.color, noteAdded });
    range.format.fill.color = markFill[mark.status];
    if (noteAdded) {
      if (note && !note.isNullObject && before?.noteAdded) note.delete();
      wb.notes.add(range, mark.note);
    }
  }
  // earlier marks that are no longer findings get their format back; a note they added stays listed
  // until "Markierungen entfernen" removes it
  for (const [address, s] of previous) {
    if (saved.has(address)) continue;
    restore(context, s);
    if (s.noteAdded) saved.set(address, s);
  }
  const sheet = state.isNullObject ? wb.worksheets.add(STATE_SHEET) : state;
  if (!state.isNullObject) sheet.getRange("A:D").clear();
  const rows = [...saved.values()].map((s) => [s.address, s.pattern, s.color, s.noteAdded ? "1" : "0"]);
  if (rows.length) sheet.getRange(`A1:D${rows.length}`).values = rows;
  sheet.visibility = "VeryHidden";
  await context.sync();
}

function restore(context: Excel.RequestContext, s: Saved): void {
  const i = s.address.lastIndexOf("!");
  const sheet = s.address.slice(0, i).replace(/^'|'$/g, "").replace(/''/g, "'");
  const range = context.workbook.worksheets.getItem(sheet).getRange(s.address.slice(i + 1));
  if (s.pattern === "None" || !s.color) range.format.fill.clear();
  else range.format.fill.color = s.color;
}

/** Restores every marked cell's own format, removes the notes it added and the state sheet: three syncs. */
export async function clearMarks(context: Excel.RequestContext): Promise<number> {
  const state = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET);
  const used = state.getUsedRangeOrNullObject(true);
  used.load("values");
  await context.sync();
  if (state.isNullObject) return 0;
  const saved = used.isNullObject ? new Map<string, Saved>() : readState(used.values);
  const notes = notesSupported();
  const added = notes ? [...saved.values()].filter((s) => s.noteAdded).map((s) => context.workbook.notes.getItemOrNullObject(s.address)) : [];
  added.forEach((n) => n.load("content"));
  if (added.length) await context.sync();
  for (const s of saved.values()) restore(context, s);
  for (const n of added) if (!n.isNullObject) n.delete();
  state.visibility = "Visible";
  state.delete();
  await context.sync();
  return saved.size;
}
