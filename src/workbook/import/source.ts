/**
 * A source file into what it holds (Found), in Node: a CSV streamed from disk in chunks (stream.ts: never the
 * whole file in memory), or the first sheet with data of an .xlsx (guarded and scanned like a workbook, read.ts).
 * The source is only ever read. The task pane reads a File with the same stream.ts.
 */
import fs from "fs";
import { readBook } from "../read";
import { Found } from "./found";
import { ImportOptions } from "./importer";
import { dataSheet, readCsvChunks, readRows, sheetRows, SOURCE_LIMITS, sourceLimit } from "./stream";

const CHUNK = 1 << 20;

export async function readCsv(file: string, options: ImportOptions): Promise<Found> {
  const stream = fs.createReadStream(file, { highWaterMark: CHUNK, flags: "r" });
  return readCsvChunks(stream as AsyncIterable<Buffer>, options);
}

export async function readXlsx(file: string, data: Buffer, options: ImportOptions): Promise<Found> {
  const book = await readBook(data, file, SOURCE_LIMITS).catch((e: unknown) => {
    throw sourceLimit(e, file);
  });
  return readRows(sheetRows(dataSheet(book.sheets)), options);
}

/** A source by its content: an .xlsx (a ZIP), read whole by `whole`, or text, streamed. */
export async function readSource(file: string, options: ImportOptions, whole: (file: string) => Buffer = (f) => fs.readFileSync(f)): Promise<Found> {
  const head = Buffer.alloc(4);
  const fd = fs.openSync(file, "r");
  try {
    fs.readSync(fd, head, 0, 4, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.readUInt32LE(0) === 0x04034b50 || /\.xlsx$/i.test(file)) return readXlsx(file, whole(file), options);
  return readCsv(file, options);
}
