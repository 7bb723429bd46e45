/**
 * A source file into what it holds (Found), in Node: a CSV streamed from disk in chunks (decode.ts, csv.ts; never
 * the whole file in memory), or the first sheet with data of an .xlsx (guarded like a workbook, read.ts). The
 * source is only ever read.
 */
import fs from "fs";
import { loadWorkbook } from "../read";
import { CsvReader } from "./csv";
import { Decoder } from "./decode";
import { Found } from "./found";
import { ImportOptions, Importer, RawCell } from "./importer";

const CHUNK = 1 << 20;

export async function readCsv(file: string, options: ImportOptions): Promise<Found> {
  const decoder = new Decoder();
  let importer: Importer | undefined;
  const csv = new CsvReader((rows, first) => {
    importer ??= new Importer(options, csv.separator);
    importer.rows(rows, first);
  });
  const stream = fs.createReadStream(file, { highWaterMark: CHUNK, flags: "r" });
  for await (const chunk of stream) csv.push(decoder.push(chunk as Buffer));
  csv.push(decoder.end());
  csv.end();
  importer ??= new Importer(options, csv.separator);
  const found = importer.finish();
  found.encoding = decoder.encoding;
  return found;
}

/** ExcelJS's cell values as plain values: formulas by their result, rich text as its text. */
function plainCell(v: unknown): RawCell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date || typeof v !== "object") return v as RawCell;
  const o = v as { result?: unknown; richText?: { text: string }[]; text?: string; error?: string };
  if ("result" in o) return plainCell(o.result);
  if (o.richText) return o.richText.map((r) => r.text).join("");
  if (o.text !== undefined) return o.text;
  if (o.error !== undefined) return o.error;
  return String(v);
}

export async function readXlsx(file: string, data: Buffer, options: ImportOptions): Promise<Found> {
  const wb = await loadWorkbook(data, file);
  const sheet = wb.worksheets.find((ws) => ws.actualRowCount > 1) ?? wb.worksheets[0];
  const importer = new Importer(options);
  const rows: RawCell[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row, n) => {
    const values = row.values as unknown[];
    rows[n - 1] = values.slice(1).map(plainCell);
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  importer.rows(rows, 1);
  return importer.finish();
}

/** A source by its content: an .xlsx (a ZIP) or text. */
export async function readSource(file: string, options: ImportOptions): Promise<Found> {
  const head = Buffer.alloc(4);
  const fd = fs.openSync(file, "r");
  try {
    fs.readSync(fd, head, 0, 4, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.readUInt32LE(0) === 0x04034b50 || /\.xlsx$/i.test(file)) return readXlsx(file, fs.readFileSync(file), options);
  return readCsv(file, options);
}
