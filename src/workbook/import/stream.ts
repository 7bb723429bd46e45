/**
 * A source's bytes or sheet into what it holds (Found), without Node: the command line (source.ts) feeds it the
 * chunks of a read stream and the task pane the chunks of a File, so both read a file with the same decoder, CSV
 * parser and importer, one chunk and one partial line in memory. A sheet (a Book's, from an .xlsx) goes in as its
 * rows.
 */
import { BookSheet } from "../book";
import { UnusableFile } from "../problems";
import { EXCEL_ROWS, Limits, MAX_AREA } from "../scan";
import { CsvReader } from "./csv";
import { Decoder } from "./decode";
import { Found } from "./found";
import { ImportOptions, Importer, RawCell } from "./importer";
import { problem } from "./problem";

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

/**
 * The limits of an .xlsx source (the command line's readXlsx, the pane's readXlsxFile), which is read whole: every row
 * a sheet can have (a year of quarter hours for ten meters is 350,400 rows, where an application workbook may have
 * 200,000), and 2,000,000 cells with values (a year of quarter hours for 19 meters, long), since reading a sheet
 * whole costs some 400 bytes a cell (300,000 rows of 3 cells: 417 MB peak in Node). A CSV file is read in parts.
 */
export const SOURCE_LIMITS: Limits = { rows: EXCEL_ROWS, cells: 2_000_000, area: MAX_AREA };

/** A workbook's limit met by an .xlsx source, said as a source's: save it as CSV, which is read in parts without one. */
export function sourceLimit(e: unknown, file: string): unknown {
  if (!(e instanceof UnusableFile) || !e.limit) return e;
  const what = {
    rows: { de: `mehr als ${EXCEL_ROWS.toLocaleString("de-DE")} Zeilen`, en: `more than ${EXCEL_ROWS.toLocaleString("en-GB")} rows` },
    cells: { de: `mehr als ${SOURCE_LIMITS.cells.toLocaleString("de-DE")} Zellen mit Werten`, en: `more than ${SOURCE_LIMITS.cells.toLocaleString("en-GB")} cells with values` },
    area: { de: `Werte über mehr als ${MAX_AREA.toLocaleString("de-DE")} Zellen Fläche verteilt`, en: `values spread over more than ${MAX_AREA.toLocaleString("en-GB")} cells of area` },
  }[e.limit];
  return problem(
    `${file}: ${what.de}, mehr als eine .xlsx-Quelle haben darf: die Tabelle als CSV speichern (Excel: Datei > Speichern unter > CSV UTF-8); eine CSV-Datei wird in Teilen gelesen, ohne Grenze`,
    `${file}: ${what.en}, more than an .xlsx source may have: save the sheet as CSV (Excel: File > Save As > CSV UTF-8); a CSV file is read in parts, without a limit`,
  );
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
