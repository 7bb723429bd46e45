/**
 * A source's bytes or sheet into what it holds (Found), without Node: the command line (source.ts) feeds it the
 * chunks of a read stream and the task pane the chunks of a File, so both read a file with the same decoder, CSV
 * parser and importer, one chunk and one partial line in memory. A sheet (a Book's, from an .xlsx) goes in as its
 * rows.
 */
import { BookSheet } from "../book";
import { CsvReader } from "./csv";
import { Decoder } from "./decode";
import { Found } from "./found";
import { ImportOptions, Importer, RawCell } from "./importer";

/** A CSV's bytes, chunk by chunk, into what it holds; `pause` between chunks lets a page breathe. */
export async function readCsvChunks(chunks: AsyncIterable<Uint8Array>, options: ImportOptions): Promise<Found> {
  const decoder = new Decoder();
  let importer: Importer | undefined;
  const csv = new CsvReader((rows, first) => {
    importer ??= new Importer(options, csv.separator);
    importer.rows(rows, first);
  });
  for await (const chunk of chunks) csv.push(decoder.push(chunk));
  csv.push(decoder.end());
  csv.end();
  importer ??= new Importer(options, csv.separator);
  const found = importer.finish();
  found.encoding = decoder.encoding;
  return found;
}

/** The rows of a sheet as the importer reads them (row 1 first; empty rows kept, so row numbers are the sheet's). */
export function sheetRows(sheet: BookSheet | undefined): RawCell[][] {
  const rows: RawCell[][] = [];
  if (!sheet) return rows;
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const cells: RawCell[] = [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      cells[c] = cell === undefined ? null : cell.error !== undefined ? cell.error : typeof cell.cached === "object" ? cell.cached.error : (cell.value ?? cell.cached ?? null);
    }
    rows.push(cells);
  }
  return rows;
}

/** The first sheet with data (more than a header row) of a workbook's sheets, else its first. */
export const dataSheet = (sheets: BookSheet[]): BookSheet | undefined => sheets.find((s) => s.rows.filter((r) => r?.some((c) => c !== undefined)).length > 1) ?? sheets[0];

/** Rows (from an .xlsx sheet) into what they hold. */
export function readRows(rows: RawCell[][], options: ImportOptions): Found {
  const importer = new Importer(options);
  importer.rows(rows, 1);
  return importer.finish();
}
