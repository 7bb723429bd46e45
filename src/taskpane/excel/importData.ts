/**
 * "Daten importieren" in Excel (issue 14): a file the user picks is read in the browser (File, ArrayBuffer: no
 * network) with the command line's own code (src/workbook/import/: stream.ts, importer.ts, plan.ts), against the
 * named ranges of the open workbook, read as the check reads them (check.ts readInputs). Nothing is written until
 * the user confirms; a cell that holds another value is written only when the user confirmed replacing it, and
 * only if it still holds what the preview showed (a value typed in the meantime stops the import). "Rückgängig"
 * puts back what the import replaced, cell by cell, where the cell still holds the imported value.
 *
 * Sizes: Excel on the web takes at most 5 MB per request; a write is some 200 bytes of request, so at most
 * WRITES_PER_SYNC cells go in one sync (a year of 1,000 servers is 12,000 cells: three syncs).
 */
import type { Language } from "../../engine/errors";
import { Book, BookCell, BookSheet, nameAddress, setCell } from "../../workbook/book";
import { scanBook } from "../../workbook/scan";
import { TEMPLATE_METERS } from "../../workbook/import/columns";
import type { Found } from "../../workbook/import/found";
import type { ImportOptions } from "../../workbook/import/importer";
import { plan, Plan, Write } from "../../workbook/import/plan";
import { problem } from "../../workbook/import/problem";
import { dataSheet, readCsvChunks, readRows, sheetRows, SOURCE_LIMITS, sourceLimit } from "../../workbook/import/stream";
import { PaneError } from "../messages";
import { importStrings } from "../i18n/import";
import { cellOf, qualified, RangeAddress } from "./address";
import { readInputs } from "./check";
import { requireFeature } from "./support";

/** The defined names an import reads and writes (plan.ts). */
export const IMPORT_NAMES = [
  "Berichtszeitraum_Beginn", "Berichtszeitraum_Ende", "Monat", ...TEMPLATE_METERS,
  "IT_ID", "IT_Typ", "IT_GPU", "CPU_Server_ID", "CPU_Auslastung", "Speicher_ID", "Speicher_belegt_GB", "Speicher_installiert_GB",
];

const CHUNK = 1 << 20;
/** Bytes handed to the reader at a time (some 2,000 rows of CPU data, a few ms), so that it can stop for the page. */
const SLICE = 1 << 16;
/** The longest the reader works before it lets the page answer a click and draw the progress. */
const BUSY_MS = 12;
/** Unpacked size an .xlsx source may declare (the command line's bound for workbooks, read.ts MAX_UNPACKED_MB). */
const MAX_UNPACKED = 200 * 2 ** 20;
export const WRITES_PER_SYNC = 5_000;

/**
 * Gives the page its turn (input, drawing) and comes back at once: scheduler.yield where Chromium has it, else a
 * message to itself (setTimeout waits at least 4 ms once nested five deep).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/**
 * The bytes of a File, read 1 MB at a time and handed on 64 KB at a time; after BUSY_MS of work the page gets its
 * turn, so a 100 MB file does not freeze it (bench/pane-import.js: the main thread's longest task).
 */
async function* chunksOf(file: Blob, onProgress?: (share: number) => void): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < file.size; at += CHUNK) {
    onProgress?.(at / file.size);
    const bytes = new Uint8Array(await file.slice(at, at + CHUNK).arrayBuffer());
    // the page had its turn while the bytes came
    let since = performance.now();
    for (let i = 0; i < bytes.length; i += SLICE) {
      yield bytes.subarray(i, i + SLICE);
      if (performance.now() - since >= BUSY_MS && i + SLICE < bytes.length) {
        onProgress?.((at + i + SLICE) / file.size);
        await yieldToPage();
        since = performance.now();
      }
    }
  }
  onProgress?.(1);
}

/** An .xlsx source: its first sheet with data, as the command line reads it (scan.ts), bounded before inflating. */
async function readXlsxFile(file: Blob, name: string, options: ImportOptions): Promise<Found> {
  const { default: JSZip } = await import(/* webpackChunkName: "jszip" */ "jszip");
  let zip: InstanceType<typeof JSZip>;
  try {
    zip = await JSZip.loadAsync(await file.arrayBuffer());
  } catch {
    throw problem(`${name} ist keine lesbare .xlsx-Datei`, `${name} is no readable .xlsx file`);
  }
  const entries = Object.values(zip.files).filter((e) => !e.dir && /\.(xml|rels)$/.test(e.name));
  // JSZip keeps the sizes the zip declares; a part inflating to more is cut off by JSZip's own check of them
  const declared = entries.reduce((n, e) => n + (((e as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0) >>> 0), 0);
  if (declared > MAX_UNPACKED) throw problem(`${name} entpackt zu mehr als 200 MB`, `${name} unpacks to more than 200 MB`);
  const parts = new Map<string, { toString: () => string }>();
  for (const e of entries) {
    const text = await e.async("string");
    if (text.includes("<!DOCTYPE") || text.includes("<!ENTITY")) throw problem(`${name}: ${e.name} enthält DOCTYPE/ENTITY`, `${name}: ${e.name} holds DOCTYPE/ENTITY`);
    parts.set(e.name, { toString: () => text });
  }
  // scan.ts reads each part's text with toString("utf8"): the strings above answer it alike
  let book: Book | null;
  try {
    book = scanBook(parts as unknown as Map<string, Buffer>, name, SOURCE_LIMITS);
  } catch (e) {
    throw sourceLimit(e, name);
  }
  if (!book) throw problem(`${name} rechnet mit dem Datumssystem 1904: in Excel als .csv speichern`, `${name} uses the 1904 date system: save it from Excel as .csv`);
  return readRows(sheetRows(dataSheet(book.sheets)), options);
}

/** What a picked file holds: an .xlsx (a ZIP) or CSV text. */
export async function readSourceFile(file: Blob & { name?: string }, options: ImportOptions, onProgress?: (share: number) => void): Promise<Found> {
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  const zip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 3 && head[3] === 4;
  if (zip || /\.xlsx$/i.test(file.name ?? "")) return readXlsxFile(file, file.name ?? "", options);
  return readCsvChunks(chunksOf(file, onProgress), options);
}

/** A write with the cell it goes to. */
export interface PlacedWrite extends Write {
  sheet: string;
  cell: string;
  /** "'Anlage 3.4'!B19" */
  address: string;
}

export interface ImportPreview {
  found: Found;
  plan: Plan;
  writes: PlacedWrite[];
  conflicts: PlacedWrite[];
}

/** The workbook's named ranges as a Book (each cell where Excel has it), so plan.ts reads them as it reads a file. */
export function bookOf(matrix: (name: string) => unknown[][], ranges: Map<string, RangeAddress>): Book {
  const sheets = new Map<string, BookSheet>();
  const book: Book = { sheets: [], names: [] };
  for (const [name, at] of ranges) {
    book.names.push(nameAddress(name, at.sheet, at.row, at.col, at.rows, at.cols));
    let sheet = sheets.get(at.sheet);
    if (!sheet) {
      sheet = { name: at.sheet, rows: [], widths: [], validations: [], conditional: [] };
      sheets.set(at.sheet, sheet);
      book.sheets.push(sheet);
    }
    matrix(name).forEach((row, r) => row.forEach((v, c) => {
      const cell: BookCell = v !== null && typeof v === "object" && "error" in (v as object) ? { error: String((v as { error: unknown }).error) } : { value: v as BookCell["value"] };
      setCell(sheet!, at.row + r, at.col + c, cell);
    }));
  }
  return book;
}

const place = (ranges: Map<string, RangeAddress>) => (w: Write): PlacedWrite => {
  const at = ranges.get(w.name)!;
  const { sheet, cell } = cellOf(at, { name: w.name, row: w.row, column: w.column });
  return { ...w, sheet, cell, address: qualified(sheet, cell) };
};

/**
 * The preview: where each value of `found` goes in the open workbook, which cells already hold another value, and
 * every note of the command line's report. One sync; nothing written.
 */
export async function previewImport(found: Found, lang: Language): Promise<ImportPreview> {
  requireFeature("check", lang);
  // the phases bench/pane-import.js tells apart: the file read, then the workbook read and the plan, then the drawing
  performance.mark("deuz-import-read");
  // the page draws between the file's last rows, the workbook's read and the plan (each some 50 ms for 100 MB)
  await yieldToPage();
  return Excel.run(async (context) => {
    const { inputs, ranges } = await readInputs(context, IMPORT_NAMES);
    await yieldToPage();
    // plan.ts: the empty cells to write, and the cells that hold another value (conflicts, written only when replacing)
    const p = plan(found, bookOf((n) => inputs.matrix(n), ranges), false);
    // a table the import would lengthen: the pane writes only within the template's named ranges
    const beyond = [...p.writes, ...p.conflicts].find((w) => w.row >= (ranges.get(w.name)?.rows ?? 0));
    if (beyond) {
      const at = ranges.get(beyond.name);
      throw new PaneError({ de: importStrings.de.tooShort(beyond.name, at?.rows ?? 0), en: importStrings.en.tooShort(beyond.name, at?.rows ?? 0) }, lang);
    }
    const preview = { found, plan: p, writes: p.writes.map(place(ranges)), conflicts: p.conflicts.map(place(ranges)) };
    performance.mark("deuz-import-planned");
    return preview;
  });
}

/** A cell value as Excel gives it (check.ts: null for empty, {error} for an error), against what a preview saw. */
function sameValue(now: unknown, expected: unknown): boolean {
  const blank = (v: unknown) => v === null || v === undefined || v === "";
  if (blank(now) || blank(expected)) return blank(now) && blank(expected);
  const error = (v: unknown) => (typeof v === "object" ? String((v as { error?: unknown }).error) : null);
  if (error(now) !== null || error(expected) !== null) return error(now) === error(expected);
  if (typeof now === "number" && typeof expected === "number") return Math.abs(now - expected) <= 1e-9 * Math.max(1, Math.abs(now), Math.abs(expected));
  if (typeof now === "number" || typeof expected === "number") return Number(now) === Number(expected) && String(now).trim() !== "" && String(expected).trim() !== "";
  return String(now).trim().toLowerCase() === String(expected).trim().toLowerCase();
}

/** A cell of a named range (row and column within it) and where it is in the workbook. */
interface Placed {
  name: string;
  row: number;
  column: number;
  sheet: string;
  cell: string;
  address: string;
}

/** A cell to write: what it must still hold, and what goes in. */
interface Put extends Placed {
  expected: unknown;
  value: number | string | boolean | null;
}

/** What a cell held before the import, to put back. */
export interface UndoCell extends Placed {
  /** What the import wrote, and what was there before. */
  written: number | string;
  old: Write["old"];
}

export interface ImportOutcome {
  written: number;
  replaced: number;
  undo: UndoCell[];
}

/**
 * A value as `Range.values` enters it, as if typed: a text that Excel would take for a formula keeps its apostrophe
 * (a server ID "=A1" stays text), blank clears the cell.
 */
const typed = (v: number | string | boolean | null): number | string | boolean => (v === null ? "" : typeof v === "string" && /^[=+\-@']/.test(v) ? `'${v}` : v);

/**
 * Writes `puts` whose cells still hold what they are expected to hold: first their named ranges are read again as
 * the check reads them (readInputs: one sync, batches only if Excel refuses the response), then, unless `partial`,
 * any cell holding something else stops it (nothing written); with `partial` those cells are left alone. The writes
 * go WRITES_PER_SYNC to a sync. Returns the cells left alone and the cells written.
 */
async function putCells(puts: Put[], partial: boolean): Promise<{ changed: Put[]; written: Put[] }> {
  return Excel.run(async (context) => {
    const { inputs } = await readInputs(context, [...new Set(puts.map((p) => p.name))]);
    const changed = puts.filter((p) => !sameValue(inputs.matrix(p.name)[p.row]?.[p.column] ?? null, p.expected));
    if (changed.length && !partial) return { changed, written: [] };
    const written = changed.length ? puts.filter((p) => !changed.includes(p)) : puts;
    const sheets = new Map<string, Excel.Worksheet>();
    const sheet = (name: string) => {
      if (!sheets.has(name)) sheets.set(name, context.workbook.worksheets.getItem(name));
      return sheets.get(name)!;
    };
    for (let start = 0; start < written.length; start += WRITES_PER_SYNC) {
      for (const p of written.slice(start, start + WRITES_PER_SYNC)) sheet(p.sheet).getRange(p.cell).values = [[typed(p.value)]];
      // one sync per WRITES_PER_SYNC cells, on purpose (5 MB per request)
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
    return { changed, written };
  });
}

const list = (cells: string[]) => cells.slice(0, 5).join(", ") + (cells.length > 5 ? ` (+${cells.length - 5})` : "");

/**
 * Writes the preview's empty cells, and the cells holding another value only when `replace`; a cell that no longer
 * holds what the preview showed stops it, nothing written, the cells named.
 */
export async function applyImport(preview: ImportPreview, replace: boolean, lang: Language): Promise<ImportOutcome> {
  requireFeature("check", lang);
  const todo = replace ? [...preview.writes, ...preview.conflicts] : preview.writes;
  const { changed } = await putCells(todo.map((w) => ({ name: w.name, row: w.row, column: w.column, sheet: w.sheet, cell: w.cell, address: w.address, expected: w.old, value: w.value })), false);
  if (changed.length) {
    const cells = list(changed.map((c) => c.address));
    throw new PaneError({ de: importStrings.de.changedMeanwhile(cells), en: importStrings.en.changedMeanwhile(cells) }, lang);
  }
  return {
    written: todo.length,
    replaced: replace ? preview.conflicts.length : 0,
    // an error value cannot be typed back: such a cell is not undone
    undo: todo.filter((w) => !(w.old !== null && typeof w.old === "object"))
      .map((w) => ({ name: w.name, row: w.row, column: w.column, sheet: w.sheet, cell: w.cell, address: w.address, written: w.value, old: w.old })),
  };
}

/** Puts back what the import replaced, where each cell still holds the imported value; the others are named. */
export async function undoImport(undo: UndoCell[], lang: Language): Promise<{ restored: number; kept: string[] }> {
  requireFeature("check", lang);
  const { changed, written } = await putCells(undo.map((u) => ({ ...u, expected: u.written, value: u.old as number | string | boolean | null })), true);
  return { restored: written.length, kept: changed.map((c) => c.address) };
}
