/**
 * Which layout a source has, from its header row: the columns by what they hold (a month or timestamp, a meter, a
 * value or counter reading, a server and its CPU utilisation, a storage system and its occupancy), and each meter
 * column of a wide table by the defined name of Anlage 3.4 it feeds, in any case and spacing, with its unit
 * ("MP_IT2 [MWh]"). Headers of German and English exports alike; `--map "COLUMN=NAME"` names any other column.
 */
import { wordKey } from "../../engine/reading";
import { METER_UNITS } from "../../engine/criteria/vocabulary";
import { sheets } from "../template/layout";
import { problem, ImportProblem, quoted } from "./problem";
import { isPower, readUnit, splitHeader, UnitRead } from "./units";

export type Role =
  | "month" | "timestamp" | "timestampEnd" | "clock" | "meter" | "value" | "reading" | "unit"
  | "server" | "cpu" | "system" | "occupied" | "installed";

/** Header words per role (compared as wordKey: case, spaces, hyphens, umlauts spelt out do not matter). */
const ROLE_WORDS: Record<Role, string[]> = {
  month: ["Monat", "Month", "Datum", "Date", "Zeitraum", "Period", "Periode", "Abrechnungsmonat", "Monat_Jahr"],
  timestamp: ["Zeitstempel", "Timestamp", "Zeit", "Time", "Datum/Uhrzeit", "Datetime", "Date time", "Zeitpunkt", "Von", "From", "Start", "Beginn",
    "Intervallbeginn", "Interval start", "Datum von", "Zeitstempel von", "Messzeitpunkt", "Ablesedatum", "Reading date", "Ablesezeitpunkt"],
  timestampEnd: ["Bis", "To", "Ende", "End", "Intervallende", "Interval end", "Zeitstempel bis", "Datum bis"],
  clock: ["Uhrzeit", "Clock", "Time of day", "Uhrzeit von"],
  meter: ["Zähler", "Zaehler", "Messpunkt", "Meter", "Zählpunkt", "Messstelle", "Meter ID", "Zähler-ID", "Kanal", "Channel", "Datenpunkt", "Data point"],
  value: ["Wert", "Value", "Verbrauch", "Consumption", "Energie", "Energy", "Menge", "Amount", "Messwert", "Arbeit"],
  reading: ["Zählerstand", "Zaehlerstand", "Reading", "Meter reading", "Stand", "Counter", "Zählwerk", "Register"],
  unit: ["Einheit", "Unit", "Maßeinheit"],
  server: ["Server", "Host", "Hostname", "Server ID", "Server-ID", "Servername", "CPU_Server_ID", "Node", "VM"],
  cpu: ["CPU", "CPU-Auslastung", "CPU Auslastung", "CPU utilisation", "CPU utilization", "CPU usage", "CPU load", "CPU_util", "Auslastung",
    "Utilisation", "Utilization", "CPU_Auslastung", "cpu_percent", "cpu_usage_percent"],
  system: ["System", "Speichersystem", "Storage system", "Storage", "Speicher", "Array", "Speicher_ID", "Storage ID"],
  occupied: ["Belegt", "Occupied", "Used", "Genutzt", "Belegter Speicher", "Used capacity", "Speicher_belegt_GB", "Belegt GB"],
  installed: ["Installiert", "Installed", "Kapazität", "Capacity", "Total", "Gesamt", "Installierte Kapazität", "Installed capacity", "Speicher_installiert_GB", "Installiert GB"],
};

const ROLE_OF = new Map<string, Role>();
for (const [role, words] of Object.entries(ROLE_WORDS) as [Role, string[]][]) for (const w of words) ROLE_OF.set(wordKey(w), role);

/** The meters of Anlage 3.4 (its columns of energies and water), from the template's layout. */
export const TEMPLATE_METERS: string[] = sheets().find((s) => s.name === "Anlage 3.4")!.table!.columns.filter((c) => c.kind === "kwh").map((c) => c.name);

/** Meters of heat and cold, measured in kWh_th (Anhang A: MP_KE, MP_RZ, MP_An). */
export const THERMAL = ["MP_KE", "MP_RZ", "MP_An"];

export const meterQuantity = (meter: string) => ((METER_UNITS as Record<string, string>)[meter] === "m3" ? "water" : "energy");

const METER_OF = new Map(TEMPLATE_METERS.map((m) => [wordKey(m), m]));

/** A meter of Anlage 3.4 by what a header or a meter column writes: "MP_IT2", "mp it2", "MP-IT2: Strombedarf IT". */
export function meterOf(text: string): string | null {
  const t = text.trim();
  return METER_OF.get(wordKey(t)) ?? METER_OF.get(wordKey(t.split(":")[0])) ?? null;
}

export interface Mapping {
  /** Source text (header or meter label, compared trimmed and in any case) → defined name or role word. */
  from: string;
  to: string;
}

export function parseMap(values: string[]): Mapping[] {
  return values.map((v) => {
    const i = v.lastIndexOf("=");
    if (i <= 0 || i === v.length - 1) throw problem(`--map „${v}“: SPALTE=NAME angeben, z. B. --map "Hauptzähler=MP_EVU"`, `--map "${v}": give COLUMN=NAME, e.g. --map "Main meter=MP_EVU"`);
    const to = v.slice(i + 1).trim();
    if (!meterOf(to) && !ROLE_OF.has(wordKey(splitHeader(to).name)) && !ROLE_OF.has(wordKey(to))) {
      throw problem(`--map „${v}“: „${to}“ ist kein Zähler der Anlage 3.4 (${TEMPLATE_METERS.join(", ")}) und keine Spaltenart (Monat, Zeitstempel, Zähler, Wert, Zählerstand, Server, CPU …)`,
        `--map "${v}": "${to}" is no meter of Anlage 3.4 (${TEMPLATE_METERS.join(", ")}) and no kind of column (Month, Timestamp, Meter, Value, Reading, Server, CPU …)`);
    }
    return { from: v.slice(0, i).trim(), to };
  });
}

/** A meter label of long data as --map names it. */
export const mapped = (text: string, map: Mapping[]) => map.find((m) => m.from.toLowerCase() === text.trim().toLowerCase())?.to ?? text;

export interface MeterColumn {
  index: number;
  header: string;
  meter: string;
  unit: UnitRead | null;
}

export interface Columns {
  layout: "wide" | "long" | "cpu" | "storage";
  readings: boolean;
  headers: string[];
  /** Column index per role. */
  at: Partial<Record<Role, number>>;
  /** The unit a role's header writes ("Wert [MWh]", "CPU (%)", "Belegt [TB]"). */
  units: Partial<Record<Role, UnitRead>>;
  /** Wide: the meter columns. */
  meters: MeterColumn[];
  /** Columns no role or meter was found for (reported). */
  ignored: string[];
}

const unitProblem = (header: string, unit: string): ImportProblem =>
  isPower(unit)
    ? problem(`Spalte „${header}“: ${unit} ist eine Leistung, keine Energie: Energie je Intervall (kWh) exportieren`, `column "${header}": ${unit} is a power, not an energy: export the energy per interval (kWh)`)
    : problem(`Spalte „${header}“: Einheit „${unit}“ unbekannt (Wh, kWh, MWh, GWh; m³, l; GB, TB; %)`, `column "${header}": unit "${unit}" unknown (Wh, kWh, MWh, GWh; m³, l; GB, TB; %)`);

/** The layout of a source from its header row. */
export function recognise(headerRow: string[], map: Mapping[], readingsFlag: boolean): Columns {
  const headers = headerRow.map((h) => h.replace(/^\ufeff/, "").trim());
  const at: Columns["at"] = {};
  const units: Columns["units"] = {};
  const meters: MeterColumn[] = [];
  const ignored: string[] = [];
  headers.forEach((header, index) => {
    if (header === "") return;
    // --map names the header as written or without its unit ("Hauptzähler [MWh]" by "Hauptzähler=MP_EVU")
    const split = splitHeader(header);
    const target = map.find((m) => [header, split.name].some((h) => m.from.toLowerCase() === h.toLowerCase()))?.to;
    const text = target ?? header;
    const whole = meterOf(text);
    const own = splitHeader(text);
    const name = own.name;
    const unit = (whole ? "" : own.unit) || (target !== undefined ? split.unit : "");
    const meter = whole ?? meterOf(name);
    if (meter) {
      const other = meters.find((m) => m.meter === meter);
      if (other) {
        throw problem(`Zähler ${meter} steht in zwei Spalten („${other.header}“ und „${header}“): eine entfernen oder mit --map umbenennen`,
          `meter ${meter} is in two columns ("${other.header}" and "${header}"): remove one or rename it with --map`);
      }
      const u = unit ? readUnit(unit) : null;
      if (unit && !u) throw unitProblem(header, unit);
      meters.push({ index, header, meter, unit: u });
      return;
    }
    const role = ROLE_OF.get(wordKey(text)) ?? ROLE_OF.get(wordKey(name));
    if (!role) {
      ignored.push(header);
      return;
    }
    if (at[role] !== undefined) {
      throw problem(`Zwei Spalten für dasselbe („${headers[at[role]!]}“ und „${header}“): eine entfernen oder mit --map benennen`,
        `two columns for the same thing ("${headers[at[role]!]}" and "${header}"): remove one or name it with --map`);
    }
    at[role] = index;
    if (unit && (target !== undefined || ROLE_OF.get(wordKey(text)) === undefined)) {
      const u = readUnit(unit);
      if (!u) throw unitProblem(header, unit);
      units[role] = u;
    }
  });
  // a "Datum" column beside a time-of-day column or in long data is the timestamp's date
  const time = at.timestamp ?? at.timestampEnd ?? at.month;
  if (at.server !== undefined && at.cpu !== undefined && time !== undefined) return { layout: "cpu", readings: false, headers, at, units, meters, ignored };
  if (at.system !== undefined && at.occupied !== undefined && at.installed !== undefined && time !== undefined) {
    return { layout: "storage", readings: false, headers, at, units, meters, ignored };
  }
  if (at.meter !== undefined && (at.value !== undefined || at.reading !== undefined) && time !== undefined) {
    return { layout: "long", readings: readingsFlag || (at.reading !== undefined && at.value === undefined), headers, at, units, meters, ignored };
  }
  if (meters.length && time !== undefined) return { layout: "wide", readings: readingsFlag || at.reading !== undefined, headers, at, units, meters, ignored };
  throw problem(
    `Zeile 1: keine erkennbaren Spalten in ${headers.filter(Boolean).slice(0, 20).map((h) => `„${quoted(h)}“`).join(", ") || "(leer)"}: erwartet Monat + Zähler der Anlage 3.4 (MP_EVU …), oder Zeitstempel + Zähler + Wert, oder Server + Zeitstempel + CPU, oder System + Zeitstempel + Belegt + Installiert; andere Namen mit --map "SPALTE=NAME"`,
    `row 1: no recognisable columns in ${headers.filter(Boolean).slice(0, 20).map((h) => `"${quoted(h)}"`).join(", ") || "(empty)"}: expected Month + meters of Anlage 3.4 (MP_EVU …), or Timestamp + Meter + Value, or Server + Timestamp + CPU, or System + Timestamp + Occupied + Installed; other names with --map "COLUMN=NAME"`,
  );
}
