/**
 * Reads an .xlsx into a Book: values, formulas (the `_xldudf_` prefix Excel may store for add-in functions
 * normalised), workbook-level defined names. Guards first: the file must be a ZIP, not encrypted, and must
 * not unpack to more than a bounded size (zip bombs), before any XML is parsed; an .ods file is named as
 * such. `readBook` scans the XML the guard inflated (scan.ts, which bounds the rows and cells that hold
 * values); `loadWorkbook` gives ExcelJS's model, for the annotated copy. Whether the workbook is the
 * template is for the check (check.ts) and the upgrade (upgrade.ts) to say.
 */
import type ExcelJS from "exceljs";
import type JSZipType from "jszip";
import zlib from "zlib";
import { Book, columnLetter, columnNumber } from "./book";
import { bookFrom } from "./exceljsBook";
import { unusable } from "./problems";
import { Limits, MAX_ROWS, scanBook } from "./scan";
import { ZipEntry, zipEntries } from "./zip";

/** LibreOffice's own format: its `mimetype` part, or the file's name. */
const ODS = "application/vnd.oasis.opendocument.spreadsheet";
const isOdsName = (file: string) => /\.ods$/i.test(file);

/** Unpacked size a workbook may have: 5,000 servers × 36 months unpack to about 30 MB. */
export const MAX_UNPACKED_MB = 200;
const MAX_RATIO = 200;
export { MAX_ROWS, bookFrom };
/** Excel's own limit of characters in a cell. */
export const MAX_CELL_CHARS = 32_767;


/** The longest run of text between tags (a shared string), scanned without regular expressions. */
function longestText(xml: string): number {
  let longest = 0;
  let start = -1;
  for (let i = 0; i < xml.length; i++) {
    const ch = xml.charCodeAt(i);
    if (ch === 62 /* > */) start = i + 1;
    else if (ch === 60 /* < */ && start >= 0) {
      longest = Math.max(longest, i - start);
      start = -1;
    }
  }
  return longest;
}

/**
 * An entry's bytes, inflated by zlib with its output capped at the size the zip declares: a part that
 * inflates to more than it declares (a zip bomb that lies in its central directory) stops at the cap
 * instead of filling memory. Every entry is checked, since ExcelJS would inflate every one.
 */
function inflated(entry: ZipEntry, file: string): Buffer {
  const { name, uncompressedSize: declared } = entry;
  const content = Buffer.from(entry.content.buffer, entry.content.byteOffset, entry.content.byteLength);
  let out: Buffer;
  if (entry.method === 0) out = content;
  else {
    try {
      out = zlib.inflateRawSync(content, { maxOutputLength: Math.max(declared, 1) });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw unusable.sizeMismatch(file, name);
      throw unusable.broken(file, `${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (out.length !== declared) throw unusable.broken(file, { de: `${name}: ${out.length} statt ${declared} Bytes`, en: `${name}: ${out.length} instead of ${declared} bytes` });
  return out;
}

/** Checks the zip before anything parses its XML; gives every part inflated (their sizes are bounded). */
export async function guardZip(data: Buffer, file: string): Promise<Map<string, Buffer>> {
  if (data.length >= 8 && data.readUInt32BE(0) === 0xd0cf11e0) throw unusable.encrypted(file);
  if (data.length < 4 || data.readUInt32LE(0) !== 0x04034b50) throw isOdsName(file) ? unusable.ods(file) : unusable.notXlsx(file);
  let all: ZipEntry[];
  try {
    // the central directory read directly (zip.ts): no zip library to load for a check
    all = zipEntries(data);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    // a zip with a password (general purpose bit 0); Excel's own encryption is the OLE file above
    if (/encrypted/i.test(why)) throw unusable.encrypted(file);
    throw unusable.broken(file, why);
  }
  const entries = all.filter((entry) => !entry.dir);
  let total = 0;
  for (const entry of entries) {
    const size = entry.uncompressedSize;
    const compressed = entry.compressedSize;
    total += size;
    if (compressed > 0 && size / compressed > MAX_RATIO && size > 64 * 2 ** 20) throw unusable.tooLarge(file, MAX_UNPACKED_MB);
  }
  if (total > MAX_UNPACKED_MB * 2 ** 20) throw unusable.tooLarge(file, MAX_UNPACKED_MB);
  if (!entries.some((entry) => entry.name === "xl/workbook.xml")) {
    // the mimetype part inflated as every part is: capped at its declared size
    const mimetype = entries.find((entry) => entry.name === "mimetype");
    const kind = mimetype ? inflated(mimetype, file).toString("utf8").trim() : "";
    throw kind === ODS || isOdsName(file) ? unusable.ods(file) : unusable.notWorkbook(file);
  }
  const parts = new Map<string, Buffer>();
  for (const entry of entries) {
    const content = inflated(entry, file);
    if (!/\.(xml|rels)$/.test(entry.name)) continue;
    parts.set(entry.name, content);
    // no DTDs in OOXML: a DOCTYPE is an entity-expansion or external-entity attack (XML names are case-sensitive)
    if (content.includes("<!DOCTYPE") || content.includes("<!ENTITY")) throw unusable.broken(file, `${entry.name}: DOCTYPE/ENTITY`);
    if (entry.name === "xl/sharedStrings.xml" && longestText(content.toString("utf8")) > MAX_CELL_CHARS) throw unusable.cellTooLong(file, MAX_CELL_CHARS);
  }
  return parts;
}

/** The Book of a file, for a check: guarded, then scanned from its XML (ExcelJS only for a 1904 workbook). */
export async function readBook(data: Buffer, file: string, limits?: Limits): Promise<Book> {
  const parts = await guardZip(data, file);
  return scanBook(parts, file, limits) ?? bookFrom(await loadWorkbook(data, file, { guarded: true }));
}

/** Cells a data validation or a merged range may span before ExcelJS sees it: the template's own span at most 5,600. */
export const MAX_SPAN_CELLS = 100_000;

/** "A1:XFD1048576 C:C 5:5" to the areas it names. */
function sqrefAreas(sqref: string): { r1: number; c1: number; r2: number; c2: number }[] {
  const areas = [];
  for (const part of sqref.trim().split(/\s+/)) {
    const m = /^\$?([A-Z]{1,3})?\$?(\d+)?(?::\$?([A-Z]{1,3})?\$?(\d+)?)?$/i.exec(part);
    if (!m || (!m[1] && !m[2])) continue;
    const [c1, r1] = [m[1] ? columnNumber(m[1]) : 1, m[2] ? Number(m[2]) : 1];
    const single = m[3] === undefined && m[4] === undefined;
    const c2 = single ? (m[1] ? c1 : 16_384) : m[3] ? columnNumber(m[3]) : 16_384;
    const r2 = single ? (m[2] ? r1 : 1_048_576) : m[4] ? Number(m[4]) : 1_048_576;
    areas.push({ r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) });
  }
  return areas;
}

const cellsOf = (areas: { r1: number; c1: number; r2: number; c2: number }[]) => areas.reduce((n, a) => n + (a.r2 - a.r1 + 1) * (a.c2 - a.c1 + 1), 0);

/**
 * A worksheet's XML as ExcelJS may read it: ExcelJS expands a data validation's and a merged range's cells one by
 * one (a drop-down on one whole column takes 11.6 s, on the whole sheet it never ends). A validation spanning more
 * than MAX_SPAN_CELLS is cut to the rows and columns the sheet has (its last `<row>`, the widest `spans`), and left
 * out if it still spans more; such a merged range is left out. The template's own are far smaller and stay as
 * they are. Returns the XML unchanged when nothing is that large.
 */
export function boundedSpans(xml: string): string {
  if (!/sqref="[^"]*(?::|\s)|<(?:\w+:)?mergeCell\b/.test(xml)) return xml;
  let lastRow = 1;
  let lastCol = 1;
  for (const m of xml.matchAll(/<(?:\w+:)?row\b[^>]*?\br="(\d+)"/g)) lastRow = Math.max(lastRow, Number(m[1]));
  for (const m of xml.matchAll(/<(?:\w+:)?c\b[^>]*?\br="([A-Z]{1,3})\d+"/gi)) lastCol = Math.max(lastCol, columnNumber(m[1].toUpperCase()));
  const cut = (sqref: string): string | undefined => {
    const areas = sqrefAreas(sqref);
    if (cellsOf(areas) <= MAX_SPAN_CELLS) return sqref;
    const within = areas
      .map((a) => ({ ...a, r2: Math.min(a.r2, Math.max(a.r1, lastRow)), c2: Math.min(a.c2, Math.max(a.c1, lastCol)) }))
      .filter((a) => a.r1 <= lastRow && a.c1 <= lastCol);
    if (!within.length || cellsOf(within) > MAX_SPAN_CELLS) return undefined;
    return within.map((a) => `${columnLetter(a.c1)}${a.r1}:${columnLetter(a.c2)}${a.r2}`).join(" ");
  };
  return xml
    .replace(/<((?:\w+:)?)dataValidation\b([^>]*?)\bsqref="([^"]*)"([^>]*?)(\/>|>[\s\S]*?<\/\1dataValidation>)/g, (whole, prefix: string, before: string, sqref: string, after: string, rest: string) => {
      const bounded = cut(sqref);
      if (bounded === sqref) return whole;
      return bounded === undefined ? "" : `<${prefix}dataValidation${before}sqref="${bounded}"${after}${rest}`;
    })
    .replace(/<(?:\w+:)?mergeCell\b[^>]*?\bref="([^"]*)"[^>]*\/>/g, (whole, ref: string) => (cellsOf(sqrefAreas(ref)) > MAX_SPAN_CELLS ? "" : whole));
}

/** The bytes ExcelJS is given: the same file, its worksheets' very large validations and merges bounded (boundedSpans). */
async function forExcelJs(data: Buffer): Promise<Buffer> {
  // JSZip (to write the bounded parts back) only on the way to ExcelJS
  const { default: JSZip } = (await import("jszip")) as unknown as { default: typeof JSZipType };
  const zip = await JSZip.loadAsync(data, { checkCRC32: false });
  let changed = false;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) continue;
    const xml = await entry.async("string");
    const bounded = boundedSpans(xml);
    if (bounded === xml) continue;
    zip.file(entry.name, bounded);
    changed = true;
  }
  return changed ? zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 1 } }) : data;
}

/** ExcelJS's model of a file (guarded first unless the caller has guarded these very bytes). */
export async function loadWorkbook(data: Buffer, file: string, { guarded = false } = {}): Promise<ExcelJS.Workbook> {
  if (!guarded) await guardZip(data, file);
  // ExcelJS (some 300 ms to load) only when its model is asked for: --out, a 1904 workbook
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load((await forExcelJs(data)) as unknown as ArrayBuffer);
  } catch {
    // ExcelJS's own words are a JavaScript error ("Cannot read properties of undefined (reading 'richText')")
    throw unusable.unreadable(file);
  }
  return wb;
}
