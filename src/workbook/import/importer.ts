/**
 * Reading a source row by row into months (no workbook involved): the header decides the layout (columns.ts),
 * then every row goes to the monthly table, the interval sums, the counter readings or the device means. The
 * same object is fed by the CSV reader in Node and, later, in the task pane's worker, and by the rows of an
 * .xlsx source. Bad input stops at its row and column (ImportProblem).
 */
import { wordKey } from "../../engine/reading";
import { Columns, mapped, Mapping, meterOf, meterQuantity, recognise, TEMPLATE_METERS, THERMAL } from "./columns";
import { emptyRow, Separator } from "./csv";
import { DeviceMeans, negative } from "./devices";
import { Conversion, Found, MeterSeries } from "./found";
import { IntervalSeries } from "./intervals";
import { Mark, NumberReader, splitUnit } from "./numbers";
import { Place, problemAt, quoted } from "./problem";
import { ReadingSeries } from "./readings";
import { MonthKey, monthText, readMonth, readStamp, Stamp } from "./time";
import { isPower, readUnit, templateUnit, UnitRead } from "./units";

export type RawCell = string | number | boolean | Date | null | undefined;

export interface ImportOptions {
  readings?: boolean;
  allowGaps?: boolean;
  /** Counter readings: a month boundary between two readings interpolated linearly, and reported (readings.ts). */
  interpolate?: boolean;
  map?: Mapping[];
  /** The decimal mark of ambiguous numbers ("1.234"), when the data does not show it. */
  decimal?: Mark;
}

const MINUTE = 60_000;
/** Header words of a date column that may hold days rather than months. */
const DAY_WORDS = ["datum", "date"].map(wordKey);

const blank = (v: RawCell) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
/** ExcelJS gives a date cell as a Date whose UTC fields are the wall-clock time: as an Excel serial. */
const plain = (v: RawCell): RawCell => (v instanceof Date ? v.getTime() / 86_400_000 + 25_569 : v);

export class Importer {
  private columns: Columns | undefined;
  private numbers: NumberReader | undefined;
  private mode: "monthly" | "intervals" | "readings" | "devices" = "monthly";
  private monthly = new Map<string, Map<MonthKey, { value: number; row: number }>>();
  private intervals = new Map<string, IntervalSeries>();
  private readingSeries = new Map<string, ReadingSeries>();
  private devices = new DeviceMeans();
  private conversions = new Map<string, Map<string, Conversion>>();
  private labels = new Map<string, string>();
  /** Rows of a "Datum" table read as months so far: replayed as intervals when a day turns up. */
  private held: { cells: RawCell[]; row: number }[] | undefined;
  private percentCell = false;
  /** The last timestamp text read and its Stamp: an export per poll gives every device the same time in turn. */
  private lastStamp: { text: string; stamp: Stamp } | undefined;
  private rowCount = 0;
  private readonly map: Mapping[];

  constructor(
    private readonly options: ImportOptions = {},
    private readonly separator?: Separator,
  ) {
    this.map = options.map ?? [];
  }

  /** The header row (row 1). */
  header(cells: RawCell[]): Columns {
    const c = recognise(cells.map((x) => String(plain(x) ?? "")), this.map, Boolean(this.options.readings));
    this.columns = c;
    const fallback: Mark = this.options.decimal ?? (this.separator === "," ? "." : ",");
    this.numbers = new NumberReader(fallback, this.options.decimal !== undefined);
    const timeColumn = c.at.timestamp ?? c.at.timestampEnd ?? c.at.month;
    if (c.layout === "cpu" || c.layout === "storage") this.mode = "devices";
    else if (c.readings) this.mode = "readings";
    else if (c.layout === "long" || c.at.timestamp !== undefined || c.at.timestampEnd !== undefined || c.at.clock !== undefined) this.mode = "intervals";
    else {
      this.mode = "monthly";
      if (DAY_WORDS.includes(wordKey(c.headers[timeColumn!]))) this.held = [];
    }
    return c;
  }

  rows(rows: RawCell[][], first: number): void {
    if (!this.columns) {
      if (!rows.length) return;
      this.header(rows[0]);
      rows = rows.slice(1);
      first++;
    }
    for (let i = 0; i < rows.length; i++) {
      const cells = rows[i];
      if (cells.length === 0 || (cells.length === 1 && blank(cells[0])) || (typeof cells[0] === "string" && emptyRow(cells as string[]))) continue;
      this.rowCount++;
      this.row(cells, first + i);
    }
  }

  private row(cells: RawCell[], row: number): void {
    switch (this.mode) {
      case "monthly":
        return this.monthlyRow(cells, row);
      case "devices":
        return this.deviceRow(cells, row);
      default:
        return this.seriesRow(cells, row);
    }
  }

  private place(row: number, index: number): Place {
    return { row, column: this.columns!.headers[index] };
  }

  // ---- time --------------------------------------------------------------------------------------------

  private timeIndex(): number {
    const at = this.columns!.at;
    return at.timestamp ?? at.timestampEnd ?? at.month!;
  }

  private stamp(cells: RawCell[], row: number): Stamp {
    const at = this.columns!.at;
    const index = this.timeIndex();
    let v = plain(cells[index]);
    if (at.clock !== undefined && !blank(cells[at.clock])) {
      const clock = plain(cells[at.clock]);
      v = typeof v === "number" && typeof clock === "number" ? Math.floor(v) + (clock % 1) : `${String(v ?? "").trim()} ${String(clock).trim()}`;
    }
    if (typeof v === "string" && v === this.lastStamp?.text) return this.lastStamp.stamp;
    const s = readStamp(v);
    const place = this.place(row, index);
    if (s === "skipped") {
      throw problemAt(place, `„${quoted(v)}“ gibt es in deutscher Zeit nicht (Umstellung auf Sommerzeit): Zeitstempel mit Offset exportieren (2025-03-30T02:15:00+01:00)`,
        `"${quoted(v)}" does not exist in German time (change to summer time): export timestamps with their offset (2025-03-30T02:15:00+01:00)`);
    }
    if (s === null) {
      throw problemAt(place, `„${quoted(v)}“ ist kein Zeitstempel (01.02.2025 00:15, 2025-02-01T00:15:00+01:00 oder 01.02.2025)`,
        `"${quoted(v)}" is not a timestamp (01.02.2025 00:15, 2025-02-01T00:15:00+01:00 or 01.02.2025)`);
    }
    let stamp = s;
    if (at.timestamp === undefined && at.timestampEnd !== undefined) {
      // a timestamp that marks the end of its interval: the interval starts before it (any step of a minute or more)
      stamp = { ...s, instant: s.instant - MINUTE, ...(s.later !== undefined ? { later: s.later - MINUTE } : {}) };
    }
    if (typeof v === "string") this.lastStamp = { text: v, stamp };
    return stamp;
  }

  // ---- meters ------------------------------------------------------------------------------------------

  /** A meter's value in the template's unit: the cell's own unit, else the row's unit column, else the column's. */
  private meterValue(v: RawCell, meter: string, columnUnit: UnitRead | null | undefined, rowUnit: RawCell, place: Place): number | null {
    if (blank(v)) return null;
    const { number, unit: cellUnit } = splitUnit(plain(v));
    const written = cellUnit || (blank(rowUnit) ? "" : String(rowUnit).trim());
    let unit = columnUnit ?? null;
    if (written) {
      unit = readUnit(written);
      if (!unit) {
        throw isPower(written)
          ? problemAt(place, `${written} ist eine Leistung, keine Energie: Energie je Intervall (kWh) exportieren`, `${written} is a power, not an energy: export the energy per interval (kWh)`)
          : cellUnit
            ? problemAt(place, `„${quoted(v)}“ ist keine Zahl (mit einer Einheit Wh, kWh, MWh, GWh; m³, l)`, `"${quoted(v)}" is not a number (with a unit Wh, kWh, MWh, GWh; m³, l)`)
            : problemAt(place, `Einheit „${written}“ unbekannt (Wh, kWh, MWh, GWh; m³, l)`, `unit "${written}" unknown (Wh, kWh, MWh, GWh; m³, l)`);
      }
    }
    const quantity = meterQuantity(meter);
    if (unit && (unit.quantity !== quantity || (unit.kind === "th" && !THERMAL.includes(meter)) || (unit.kind === "el" && THERMAL.includes(meter)))) {
      throw problemAt(place, `${unit.written} passt nicht zu ${meter} (${quantity === "water" ? "m³" : THERMAL.includes(meter) ? "kWh_th" : "kWh"})`,
        `${unit.written} does not fit ${meter} (${quantity === "water" ? "m³" : THERMAL.includes(meter) ? "kWh_th" : "kWh"})`);
    }
    const n = this.numbers!.read(number, place);
    if (unit) {
      let c = this.conversions.get(meter);
      if (!c) this.conversions.set(meter, (c = new Map()));
      if (!c.has(unit.written)) c.set(unit.written, { from: unit.written, to: templateUnit[quantity], factor: unit.factor });
      return n * unit.factor;
    }
    return n;
  }

  private monthlyRow(cells: RawCell[], row: number): void {
    const c = this.columns!;
    const index = this.timeIndex();
    const m = readMonth(plain(cells[index]));
    if (!m) {
      throw problemAt(this.place(row, index), `„${quoted(cells[index])}“ ist kein Monat (02.2025, 2025-02, Feb 2025 oder 01.02.2025)`,
        `"${quoted(cells[index])}" is not a month (02.2025, 2025-02, Feb 2025 or 01.02.2025)`);
    }
    if (this.held && !m.isMonth) {
      // a day or a time in a "Datum" column: the table is a series of intervals, read again as such
      const held = this.held;
      this.held = undefined;
      this.mode = "intervals";
      this.monthly.clear();
      this.conversions.clear();
      for (const h of held) this.seriesRow(h.cells, h.row);
      this.seriesRow(cells, row);
      return;
    }
    this.held?.push({ cells, row });
    for (const col of c.meters) {
      const place = this.place(row, col.index);
      const value = this.meterValue(cells[col.index], col.meter, col.unit, undefined, place);
      if (value === null) continue;
      let months = this.monthly.get(col.meter);
      if (!months) this.monthly.set(col.meter, (months = new Map()));
      const before = months.get(m.month);
      if (before) {
        throw problemAt(place, `${col.meter} ${monthText(m.month)} steht zweimal in der Datei (auch Zeile ${before.row})`, `${col.meter} ${monthText(m.month)} is in the file twice (also row ${before.row})`);
      }
      months.set(m.month, { value, row });
    }
  }

  private meterOfLabel(label: RawCell, place: Place): string {
    const text = String(label ?? "").trim();
    let meter = this.labels.get(text);
    if (meter === undefined) {
      const found = meterOf(mapped(text, this.map));
      if (!found) {
        throw problemAt(place, `Zähler „${quoted(text)}“ ist keiner der Anlage 3.4 (${TEMPLATE_METERS.join(", ")}): --map "${text}=MP_…" angeben`,
          `meter "${quoted(text)}" is none of Anlage 3.4 (${TEMPLATE_METERS.join(", ")}): give --map "${text}=MP_…"`);
      }
      this.labels.set(text, (meter = found));
    }
    return meter;
  }

  private seriesRow(cells: RawCell[], row: number): void {
    const c = this.columns!;
    const stamp = this.stamp(cells, row);
    const add = (meter: string, index: number, unit: UnitRead | null | undefined) => {
      const place = this.place(row, index);
      const value = this.meterValue(cells[index], meter, unit, c.at.unit === undefined ? undefined : cells[c.at.unit], place);
      if (value === null) return;
      if (this.mode === "readings") {
        let s = this.readingSeries.get(meter);
        if (!s) this.readingSeries.set(meter, (s = new ReadingSeries(meter)));
        s.add(stamp.instant, value, place);
      } else {
        if (value < 0) throw negative(place, `${meter}: ${quoted(cells[index])}`);
        let s = this.intervals.get(meter);
        if (!s) this.intervals.set(meter, (s = new IntervalSeries(meter)));
        s.add(stamp.instant, stamp.later, value, place);
      }
    };
    if (c.layout === "long") {
      const meter = this.meterOfLabel(cells[c.at.meter!], this.place(row, c.at.meter!));
      const index = this.mode === "readings" ? (c.at.reading ?? c.at.value!) : (c.at.value ?? c.at.reading!);
      const role = index === c.at.reading ? "reading" : "value";
      add(meter, index, c.units[role]);
    } else {
      for (const col of c.meters) add(col.meter, col.index, col.unit);
    }
  }

  // ---- devices -----------------------------------------------------------------------------------------

  private deviceRow(cells: RawCell[], row: number): void {
    const c = this.columns!;
    const idIndex = c.layout === "cpu" ? c.at.server! : c.at.system!;
    const id = String(plain(cells[idIndex]) ?? "").trim();
    if (!id) throw problemAt(this.place(row, idIndex), "keine Kennung", "no ID");
    const stamp = this.stamp(cells, row);
    if (c.layout === "cpu") {
      const index = c.at.cpu!;
      const v = cells[index];
      if (blank(v)) return;
      const place = this.place(row, index);
      const { number, unit } = splitUnit(plain(v));
      if (unit) {
        if (unit.trim() !== "%") throw problemAt(place, `„${quoted(v)}“: CPU-Auslastung als Zahl oder in % angeben`, `"${quoted(v)}": give CPU utilisation as a number or in %`);
        this.percentCell = true;
      }
      const n = this.numbers!.read(number, place);
      if (n < 0) throw negative(place, `CPU ${quoted(v)}`);
      if (n > 1) this.devices.above1 ??= place;
      if (n > 100) this.devices.above100 ??= { place, value: n };
      this.devices.add(id, stamp.instant, [n], place);
      return;
    }
    const values: number[] = [];
    for (const role of ["occupied", "installed"] as const) {
      const index = c.at[role]!;
      const v = cells[index];
      const place = this.place(row, index);
      if (blank(v)) {
        const other = c.at[role === "occupied" ? "installed" : "occupied"]!;
        if (blank(cells[other])) return;
        throw problemAt(place, "leer: belegten und installierten Speicher zusammen angeben", "blank: give occupied and installed capacity together");
      }
      const { number, unit: written } = splitUnit(plain(v));
      const unit = written ? readUnit(written) : (c.units[role] ?? null);
      if (written && (!unit || unit.quantity !== "storage")) throw problemAt(place, `Einheit „${written}“: GB, TB, PB, GiB oder TiB`, `unit "${written}": GB, TB, PB, GiB or TiB`);
      const n = this.numbers!.read(number, place);
      if (n < 0) throw negative(place, quoted(v));
      if (unit && unit.factor !== 1) {
        let conv = this.conversions.get(role);
        if (!conv) this.conversions.set(role, (conv = new Map()));
        if (!conv.has(unit.written)) conv.set(unit.written, { from: unit.written, to: "GB", factor: unit.factor });
      }
      values.push(n * (unit?.factor ?? 1));
    }
    this.devices.add(id, stamp.instant, values, this.place(row, idIndex));
  }

  // ---- the result --------------------------------------------------------------------------------------

  finish(): Found {
    if (!this.columns) this.header([]);
    const c = this.columns!;
    const allowGaps = Boolean(this.options.allowGaps);
    const conversions = (key: string) => [...(this.conversions.get(key)?.values() ?? [])];
    const meters: MeterSeries[] = [];
    if (this.mode === "monthly") {
      for (const [meter, months] of this.monthly) {
        meters.push({
          meter, kind: "monthly", conversions: conversions(meter),
          months: [...months].sort((a, b) => a[0] - b[0]).map(([month, v]) => ({ month, status: "complete", value: v.value, row: v.row })),
        });
      }
    }
    for (const [meter, s] of this.intervals) {
      const { step, months } = s.result(allowGaps);
      meters.push({ meter, kind: s.monthly ? "monthly" : "intervals", step, months, conversions: conversions(meter) });
    }
    for (const [meter, s] of this.readingSeries) meters.push({ meter, kind: "readings", months: s.result(allowGaps, Boolean(this.options.interpolate)), conversions: conversions(meter) });
    meters.sort((a, b) => TEMPLATE_METERS.indexOf(a.meter) - TEMPLATE_METERS.indexOf(b.meter));
    const found: Found = {
      layout: c.layout, readings: this.mode === "readings", rows: this.rowCount, separator: this.separator,
      numbers: this.numbers!.notes, meters, devices: [], ignoredColumns: c.ignored,
    };
    if (c.layout === "cpu") {
      const header = c.units.cpu?.quantity === "percent";
      const percent = header || this.percentCell || this.devices.above1 !== undefined;
      if (percent && this.devices.above100) {
        const { place, value } = this.devices.above100;
        throw problemAt(place, `CPU-Auslastung ${value} % liegt über 100 %: je Server 0-100 % (oder 0-1) angeben`, `CPU utilisation ${value} % is above 100 %: give 0-100 % (or 0-1) per server`);
      }
      found.percent = { assumed: percent ? "percent" : "fraction", because: header ? "header" : this.percentCell ? "cell" : percent ? "above1" : "atMost1" };
      found.devices = this.devices.result(percent ? 0.01 : 1);
    } else if (c.layout === "storage") {
      found.devices = this.devices.result();
      found.storageConversions = [...conversions("occupied"), ...conversions("installed")];
    }
    return found;
  }
}
