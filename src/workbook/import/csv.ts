/**
 * CSV records from text that arrives in chunks, with Papa Parse's parser (quotes, separators inside quotes, line
 * breaks inside quotes): the same code streams a file in Node (chunks of a read stream) and in the browser (chunks
 * of a File), and never holds more than a chunk and a partial line. The separator is the one of `;`, `,` and tab
 * that the header line holds most often outside quotes (a German Excel writes `;`).
 */
import Papa from "papaparse";
import { problem } from "./problem";

/**
 * The longest record (line, or lines joined by a quoted line break) read: 1 M characters, some thirty times Excel's
 * longest cell. A longer one is a quote never closed or no CSV at all (a binary file, /dev/zero): it stops at once
 * instead of holding, and parsing again with every chunk, the rest of the file.
 */
export const MAX_RECORD = 1 << 20;

/** Rows handed on at a time by the reading without quotes. */
const BATCH = 256;

export type Separator = ";" | "," | "\t";

/** Rows as lists of cells; `first` is the 1-based number of the first (the header is row 1). */
export type RowsHandler = (rows: string[][], first: number) => void;

export function guessSeparator(headerLine: string): Separator {
  const counts: Record<Separator, number> = { ";": 0, ",": 0, "\t": 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch as Separator]++;
  }
  const best = (Object.keys(counts) as Separator[]).sort((a, b) => counts[b] - counts[a])[0];
  return counts[best] === 0 ? ";" : best;
}

export class CsvReader {
  separator: Separator | undefined;
  private parser: InstanceType<typeof Papa.Parser> | undefined;
  private partial = "";
  private newline: "\n" | "\r\n" = "\n";
  private row = 0;

  constructor(private readonly onRows: RowsHandler) {}

  push(text: string): void {
    this.partial += text;
    if (!this.parser) {
      const nl = this.partial.indexOf("\n");
      if (nl < 0) return this.bounded();
      this.start(this.partial.slice(0, nl));
    }
    this.parse(false);
    this.bounded();
  }

  /** What is held of the record not yet complete stays within MAX_RECORD. */
  private bounded(): void {
    if (this.partial.length <= MAX_RECORD) return;
    const row = this.row + 1;
    throw problem(
      `Zeile ${row}: länger als ${MAX_RECORD.toLocaleString("de-DE")} Zeichen ohne Zeilenende: ein Anführungszeichen nicht geschlossen, oder keine CSV-Datei`,
      `row ${row}: longer than ${MAX_RECORD.toLocaleString("en-GB")} characters without a line end: a quote not closed, or no CSV file`,
    );
  }

  end(): void {
    if (!this.parser) this.start(this.partial);
    this.parse(true);
  }

  private start(headerLine: string): void {
    this.separator = guessSeparator(headerLine.replace(/^\ufeff/, ""));
    this.partial = this.partial.replace(/^\ufeff/, "");
    this.newline = headerLine.endsWith("\r") ? "\r\n" : "\n";
    this.parser = new Papa.Parser({ delimiter: this.separator, newline: this.newline, quoteChar: '"' });
  }

  private parse(last: boolean): void {
    if (!this.partial) return;
    if (this.partial.indexOf('"') < 0) return this.split(last);
    const results = this.parser!.parse(this.partial, 0, !last) as unknown as { data: string[][]; meta: { cursor: number } };
    this.partial = last ? "" : this.partial.substring(results.meta.cursor);
    this.emit(results.data);
  }

  /**
   * Text without a quote (nearly every export): its records are its lines and their cells what lies between the
   * separators, as Papa Parse's own fast mode reads such text (its lines split at `newline`, a last line without
   * one kept for the next chunk), here without building every line as a string first: an export of tens of millions
   * of lines goes through this loop.
   */
  private split(last: boolean): void {
    const text = this.partial;
    const newline = this.newline;
    const separator = this.separator!;
    let rows: string[][] = [];
    let at = 0;
    // the next separator, kept across lines: each character is looked at once, however few separators a line has
    let next = text.indexOf(separator);
    const line = (end: number) => {
      const row: string[] = [];
      let from = at;
      for (; next >= 0 && next < end; next = text.indexOf(separator, from)) {
        row.push(text.substring(from, next));
        from = next + 1;
      }
      row.push(text.substring(from, end));
      // handed on in small batches: rows read but not yet taken in would outlive the young generation's collections
      if (rows.push(row) === BATCH) {
        this.emit(rows);
        rows = [];
      }
    };
    for (let end = text.indexOf(newline); end >= 0; end = text.indexOf(newline, at)) {
      line(end);
      at = end + newline.length;
    }
    if (last) {
      line(text.length);
      this.partial = "";
    } else this.partial = text.substring(at);
    this.emit(rows);
  }

  private emit(rows: string[][]): void {
    if (!rows.length) return;
    const first = this.row + 1;
    this.row += rows.length;
    this.onRows(rows, first);
  }
}

/** A row with nothing in it (an empty line, or only separators). */
export const emptyRow = (row: string[]) => row.every((c) => c.trim() === "");
