/**
 * Where what a source holds goes in the workbook, decided before anything is written: each month of the reporting
 * period (Stammdaten Berichtszeitraum_Beginn/Ende) in the row of Anlage 3.4 that has that month, else in the next
 * empty row (its Monat written too); each server's monthly mean in its row of Anlage 4.2 by its ID from Anlage 4.1
 * (a new row for a server of 4.1 not yet in 4.2; an ID unknown to 4.1 and a GPU server of 4.1 are reported and
 * not written, 3.3.3 Ausnahme 2), column k for the k-th month of the period; storage likewise (tape libraries need
 * no monitoring, Anhang D 2). A cell that already holds the same value is left as it is; one that holds another
 * value is a conflict, written only with --replace. Months outside the period are reported, not written.
 */
import { itKinds, wordsOf } from "../../engine/criteria/vocabulary";
import { isBlankCell, readDate, readNumber, readShare, readWord, readYesNo, shownRaw, Unit } from "../../engine/reading";
import { serialToYmd, ymdToSerial } from "../../engine/dates";
import { Book, BookCell, BookSheet, getCell, NameAddress } from "../book";
import { ITEU_MONTHS, TemplateOptions } from "../template/layout";
import { meterQuantity, TEMPLATE_METERS } from "./columns";
import { Found } from "./found";
import { monthNote, Note, note, sourceNotes } from "./notes";
import { problem } from "./problem";
import { keyMonth, keyYear, MonthKey, monthKey, monthText } from "./time";

export type CellValue = number | string | boolean | null;

export interface Write {
  name: string;
  /** Row and column within the named range, 0-based. */
  row: number;
  column: number;
  old: CellValue | { error: string };
  value: number | string;
  /** What the cell holds: "MP_IT2 2024-03", "SRV-0001 2024-03". */
  what: string;
}

export interface Plan {
  period: { from: MonthKey; to: MonthKey };
  writes: Write[];
  conflicts: Write[];
  unchanged: number;
  notes: Note[];
  /** Tables that must grow for new rows. */
  longer: Partial<TemplateOptions>;
}

const ROUND = 1e6;
/** Sums of many intervals carry floating-point noise: kept to a millionth of the unit. */
const tidy = (x: number) => Math.round(x * ROUND) / ROUND;

class View {
  /** Names in lower case (Excel's names are case-insensitive; the first of a spelling wins, as find did) and sheets: looked up for every cell planned. */
  private readonly names = new Map<string, NameAddress>();
  private readonly sheets = new Map<string, BookSheet>();

  constructor(book: Book) {
    for (const a of book.names) if (!this.names.has(a.name.toLowerCase())) this.names.set(a.name.toLowerCase(), a);
    for (const s of book.sheets) if (!this.sheets.has(s.name)) this.sheets.set(s.name, s);
  }

  name(n: string): NameAddress {
    const a = this.names.get(n.toLowerCase());
    if (!a) throw problem(`Die Arbeitsmappe hat keinen Namen ${n}: deuz upgrade`, `the workbook has no name ${n}: deuz upgrade`);
    return a;
  }

  cell(n: string, row = 0, column = 0): BookCell | undefined {
    const a = this.name(n);
    if (row >= a.rows) return undefined;
    const sheet = this.sheets.get(a.sheet);
    return sheet && getCell(sheet, a.row + row, a.col + column);
  }

  value(n: string, row = 0, column = 0): CellValue | { error: string } {
    const c = this.cell(n, row, column);
    if (!c) return null;
    if (c.error !== undefined) return { error: c.error };
    return c.value ?? null;
  }

  blank(n: string, row = 0, column = 0): boolean {
    const c = this.cell(n, row, column);
    return !c || (c.error === undefined && isBlankCell(c.value));
  }
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export function plan(found: Found, book: Book, replace: boolean): Plan {
  const view = new View(book);
  const notes = sourceNotes(found);
  const from = readDate(view.value("Berichtszeitraum_Beginn"));
  const to = readDate(view.value("Berichtszeitraum_Ende"));
  if (!from.ok || !to.ok) {
    throw problem("Stammdaten: Berichtszeitraum Beginn und Ende eintragen (Berichtszeitraum_Beginn, Berichtszeitraum_Ende): nur seine Monate werden importiert",
      "Stammdaten: fill in the reporting period's start and end (Berichtszeitraum_Beginn, Berichtszeitraum_Ende): only its months are imported");
  }
  const ymd = (s: number) => serialToYmd(s);
  const period = { from: monthKey(ymd(from.value).year, ymd(from.value).month), to: monthKey(ymd(to.value).year, ymd(to.value).month) };
  const inPeriod = (k: MonthKey) => k >= period.from && k <= period.to;
  const writes: Write[] = [];
  const conflicts: Write[] = [];
  let unchanged = 0;
  const longer: Partial<TemplateOptions> = {};

  /** Writes `value` unless the cell holds it already; `unit` says how an old value is read for the comparison. */
  const put = (name: string, row: number, column: number, value: number | string, what: string, unit?: Unit | "share" | "date" | "text") => {
    const old = view.value(name, row, column);
    const w: Write = { name, row, column, old, value, what };
    if (view.blank(name, row, column)) return void writes.push(w);
    let equal = false;
    if (typeof value === "string") equal = typeof old === "string" && old.trim().toLowerCase() === value.trim().toLowerCase();
    else if (unit === "date") {
      const d = readDate(old);
      equal = d.ok && same(d.value, value);
    } else {
      const r = unit === "share" ? readShare(old) : readNumber(old, unit as Unit | undefined);
      equal = r.ok && same(r.value, value);
    }
    if (equal) unchanged++;
    else (replace ? writes : conflicts).push(w);
  };

  const outside = new Map<string, Set<MonthKey>>();
  const noteOutside = (what: string, k: MonthKey) => {
    const set = outside.get(what) ?? new Set();
    set.add(k);
    outside.set(what, set);
  };

  // ---- Anlage 3.4 --------------------------------------------------------------------------------------
  if (found.meters.length) {
    const monat = view.name("Monat");
    const rowOf = new Map<MonthKey, number>();
    const free: number[] = [];
    for (let r = 0; r < monat.rows; r++) {
      const d = readDate(view.value("Monat", r));
      if (d.ok) {
        const y = serialToYmd(d.value);
        if (!rowOf.has(monthKey(y.year, y.month))) rowOf.set(monthKey(y.year, y.month), r);
      } else if (view.blank("Monat", r) && TEMPLATE_METERS.every((m) => view.blank(m, r))) free.push(r);
    }
    let next = monat.rows;
    const months = [...new Set(found.meters.flatMap((m) => m.months.map((x) => x.month)))].sort((a, b) => a - b);
    for (const k of months) {
      if (!inPeriod(k) || rowOf.has(k)) continue;
      const r = free.length ? free.shift()! : next++;
      rowOf.set(k, r);
      put("Monat", r, 0, ymdToSerial({ year: keyYear(k), month: keyMonth(k), day: 1 }), `Monat ${monthText(k)}`, "date");
    }
    if (next > monat.rows) longer.monitoringMonths = next;
    for (const m of found.meters) {
      const unit: Unit = meterQuantity(m.meter) === "water" ? "m3" : "kWh";
      for (const v of m.months) {
        if (!inPeriod(v.month)) {
          noteOutside(m.meter, v.month);
          continue;
        }
        const n = monthNote(m.meter, v);
        if (n) notes.push(n);
        if (v.value !== null) put(m.meter, rowOf.get(v.month)!, 0, tidy(v.value), `${m.meter} ${monthText(v.month)}`, unit);
      }
    }
  }

  // ---- Anlage 4.2 (CPU and storage) --------------------------------------------------------------------
  if (found.layout === "cpu" || found.layout === "storage") {
    const cpu = found.layout === "cpu";
    const idName = cpu ? "CPU_Server_ID" : "Speicher_ID";
    const valueNames = cpu ? ["CPU_Auslastung"] : ["Speicher_belegt_GB", "Speicher_installiert_GB"];
    const kinds = wordsOf(itKinds);
    const inventory = new Map<string, { id: string; kind: string | null; gpu: boolean }>();
    const it = view.name("IT_ID");
    for (let r = 0; r < it.rows; r++) {
      const id = view.value("IT_ID", r);
      if (isBlankCell(id) || typeof id === "object") continue;
      const kind = readWord(view.value("IT_Typ", r), kinds);
      const gpu = readYesNo(view.value("IT_GPU", r));
      const key = String(id).trim().toLowerCase();
      if (!inventory.has(key)) inventory.set(key, { id: String(id).trim(), kind: kind.ok ? kind.value : null, gpu: gpu.ok && gpu.value });
    }
    const table = view.name(idName);
    const rowOf = new Map<string, number>();
    const free: number[] = [];
    const columns = table.rows && view.name(valueNames[0]).cols;
    for (let r = 0; r < table.rows; r++) {
      const id = view.value(idName, r);
      if (!isBlankCell(id) && typeof id !== "object") {
        const key = String(id).trim().toLowerCase();
        if (!rowOf.has(key)) rowOf.set(key, r);
      } else if (view.blank(idName, r) && valueNames.every((n) => Array.from({ length: columns }, (_, c) => view.blank(n, r, c)).every(Boolean))) free.push(r);
    }
    let next = table.rows;
    const months = Math.min(ITEU_MONTHS, columns, period.to - period.from + 1);
    const unknown: string[] = [];
    const gpu: string[] = [];
    const wrongKind: string[] = [];
    const tape: string[] = [];
    for (const d of [...found.devices].sort((a, b) => a.row - b.row)) {
      const entry = inventory.get(d.id.trim().toLowerCase());
      if (!entry) {
        unknown.push(d.id);
        continue;
      }
      if (cpu && entry.kind !== "server") {
        wrongKind.push(`${d.id} (${entry.kind ? itKinds[entry.kind as keyof typeof itKinds].de : "?"})`);
        continue;
      }
      if (cpu && entry.gpu) {
        gpu.push(entry.id);
        continue;
      }
      if (!cpu && entry.kind === "tape") {
        tape.push(entry.id);
        continue;
      }
      if (!cpu && entry.kind !== "storage") {
        wrongKind.push(`${d.id} (${entry.kind ? itKinds[entry.kind as keyof typeof itKinds].de : "?"})`);
        continue;
      }
      const inside = [...d.months.keys()].filter((k) => k >= period.from && k < period.from + months);
      for (const k of d.months.keys()) if (!inside.includes(k)) noteOutside(`Anlage 4.2 (${cpu ? "CPU" : "Speicher/storage"})`, k);
      if (!inside.length) continue;
      let r = rowOf.get(entry.id.toLowerCase());
      if (r === undefined) {
        r = free.length ? free.shift()! : next++;
        rowOf.set(entry.id.toLowerCase(), r);
        put(idName, r, 0, entry.id, entry.id, "text");
      }
      for (const k of inside.sort((a, b) => a - b)) {
        const v = d.months.get(k)!;
        const values = typeof v === "number" ? [v] : v;
        valueNames.forEach((n, i) => put(n, r!, k - period.from, cpu ? Math.round(values[i] * 1e9) / 1e9 : tidy(values[i]), `${entry.id} ${monthText(k)}${cpu ? "" : i ? " installiert/installed" : " belegt/occupied"}`, cpu ? "share" : "GB"));
      }
    }
    if (next > table.rows) longer[cpu ? "cpuRows" : "storageRows"] = next;
    const list = (ids: string[]) => ids.slice(0, 10).join(", ") + (ids.length > 10 ? ` (+${ids.length - 10})` : "");
    if (unknown.length) {
      notes.push(note("unknownId", `${unknown.length} Kennung(en) nicht in Anlage 4.1, nicht eingetragen: ${list(unknown)} (erst in Anlage 4.1 aufnehmen)`,
        `${unknown.length} ID(s) not in Anlage 4.1, not entered: ${list(unknown)} (add them to Anlage 4.1 first)`));
    }
    if (gpu.length) {
      notes.push(note("gpu", `${gpu.length} GPU-Server (Anlage 4.1) nicht eingetragen, sie zählen nicht zu ITEU_SV (3.3.3 Ausnahme 2): ${list(gpu)}`,
        `${gpu.length} GPU server(s) (Anlage 4.1) not entered, they do not count in ITEU_SV (3.3.3 exception 2): ${list(gpu)}`));
    }
    if (wrongKind.length) {
      notes.push(note(cpu ? "notServer" : "notStorage", `${wrongKind.length} Kennung(en) sind in Anlage 4.1 ${cpu ? "kein Server" : "kein Speichersystem"}, nicht eingetragen: ${list(wrongKind)}`,
        `${wrongKind.length} ID(s) are no ${cpu ? "server" : "storage system"} in Anlage 4.1, not entered: ${list(wrongKind)}`));
    }
    if (tape.length) {
      notes.push(note("tape", `${tape.length} Bandspeicher nicht eingetragen, sie brauchen kein Monitoring (Anhang D 2): ${list(tape)}`,
        `${tape.length} tape storage system(s) not entered, they need no monitoring (Anhang D 2): ${list(tape)}`));
    }
    if (period.to - period.from + 1 > months) {
      notes.push(note("beyondTable", `Anlage 4.2 hat ${months} Monatsspalten ab ${monthText(period.from)}: spätere Monate des Berichtszeitraums nicht eingetragen`,
        `Anlage 4.2 has ${months} month columns from ${monthText(period.from)}: later months of the reporting period not entered`));
    }
  }

  // what lies outside the same months, in one line
  const ranges = new Map<string, string[]>();
  for (const [what, set] of outside) {
    const keys = [...set];
    const range = keys.length === 1 ? monthText(keys[0]) : `${monthText(Math.min(...keys))} … ${monthText(Math.max(...keys))} (${keys.length})`;
    ranges.set(range, [...(ranges.get(range) ?? []), what]);
  }
  for (const [range, whats] of ranges) {
    notes.push(note("outside", `${whats.join(", ")}: ${range} außerhalb des Berichtszeitraums ${monthText(period.from)} … ${monthText(period.to)}, nicht eingetragen`,
      `${whats.join(", ")}: ${range} outside the reporting period ${monthText(period.from)} … ${monthText(period.to)}, not entered`));
  }
  return { period, writes, conflicts, unchanged, notes, longer };
}

/** An old value as the report shows it. */
export const shownOld = (v: Write["old"]) => (v === null ? "" : shownRaw(v));
