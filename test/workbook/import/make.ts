/**
 * Sources and workbooks for the import tests, generated: the compliant example data centre (reporting period 2024)
 * with Anlage 3.4 and 4.2 emptied, and meter, CPU and storage exports in the layouts energy managers have.
 */
import { Book } from "../../../src/workbook/book";
import { fillCompliant } from "../../../src/workbook/example/scenario";
import { setInput } from "../../../src/workbook/fill";
import { buildTemplate } from "../../../src/workbook/template/build";
import { Lang } from "../../../src/workbook/template/model";
import { writeBook } from "../../../src/workbook/write";
import { berlinOffset, monthStart, monthKey } from "../../../src/workbook/import/time";

export const METERS10 = ["MP_EVU", "MP_EE", "MP_NEA", "MP_IT2", "MP_KS", "MP_So", "MP_KE", "MP_RZ", "MP_An", "Wasser_m3"];

function clear(book: Book, names: string[]): void {
  for (const name of names) {
    const n = book.names.find((x) => x.name === name)!;
    for (let r = 0; r < n.rows; r++) for (let c = 0; c < n.cols; c++) setInput(book, name, null, r, c);
  }
}

/** The compliant example with Anlage 3.4 (and, unless kept, Anlage 4.2) empty. */
export function emptiedBook(lang: Lang = "de", { keep42 = false } = {}): Book {
  const { book } = buildTemplate(lang);
  fillCompliant(book, lang);
  clear(book, ["Monat", ...METERS10, "MP_Auskopplung", "Strom_erneuerbar_kWh"]);
  if (!keep42) clear(book, ["CPU_Server_ID", "CPU_Auslastung", "Speicher_ID", "Speicher_belegt_GB", "Speicher_installiert_GB"]);
  return book;
}

export async function emptiedWorkbook(lang: Lang = "de", options: { keep42?: boolean } = {}): Promise<Buffer> {
  return writeBook(emptiedBook(lang, options), { lang });
}

const two = (n: number) => String(n).padStart(2, "0");
/** German wall-clock time of an instant: "01.02.2024 00:15". */
export function germanTime(instant: number): string {
  const d = new Date(instant + berlinOffset(instant) * 60_000);
  return `${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/** ISO time with the offset Berlin has at that instant: "2024-02-01T00:15:00+01:00". */
export function isoTime(instant: number): string {
  const off = berlinOffset(instant);
  const d = new Date(instant + off * 60_000);
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}T${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:00+${two(off / 60)}:00`;
}

/** A meter's value of the k-th quarter hour (kWh), deterministic. */
export const quarterValue = (meter: number, k: number) => Math.round((10 + meter * 3 + (k % 96) / 8) * 1000) / 1000;

/** Every quarter hour of 2024 in Berlin, as instants. */
export function quarterHours(year = 2024): number[] {
  const out: number[] = [];
  for (let t = monthStart(monthKey(year, 1)); t < monthStart(monthKey(year + 1, 1)); t += 15 * 60_000) out.push(t);
  return out;
}
