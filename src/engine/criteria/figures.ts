/**
 * The figures of DE-UZ 228 computed from the cells the applicant fills, with the engine's own functions:
 * the reporting period, the months of Anlage 3.4 and their sums (ratios of sums, a month counted once), PUE,
 * CER, renewable share, ERF, WUE, the IT inventory, the server and storage coverage and ITEU_SV. Verdicts are
 * judged on these, never on a cell the template computes; the template's formulas show the same figures live,
 * and `templateFigures` gives them by the template's names so a check can compare (integrity, 3.1.2).
 */
import { atMost, greaterThan } from "../compare";
import { edate, serialToYmd } from "../dates";
import { DeuzError, Text } from "../errors";
import { cerLimit, pueLimit } from "../limits";
import { cer, coverage, erf, iteu, pue, ref, wue } from "../metrics";
import { balancePeriodRecent, iteuMet, seriesMonthsMin } from "../rules";
import { Inputs } from "./types";
import { CellRef } from "./types";
import { cellRef, Reader } from "./reader";
import { readNumber } from "../reading";
import { ALL_METERS, itKinds, Meter, METER_UNITS, offered, wordsOf } from "./vocabulary";

/** A figure, or why it cannot be computed (a DEUZ error such as IT energy above the total). */
export interface Figure {
  value: number | null;
  error?: Text;
}

function figure(compute: () => number): Figure {
  try {
    return { value: compute() };
  } catch (e) {
    if (e instanceof DeuzError) return { value: null, error: e.text };
    throw e;
  }
}

// ---- the reporting period (Stammdaten) ------------------------------------------------------------------

export interface Period {
  start: number | null;
  end: number | null;
  /** The first day of the start's month: Anlage 3.4 lists months by their first day. */
  from: number | null;
  /** Calendar months from start to end, both counted. */
  months: number | null;
}

export function period(r: Reader): Period {
  const start = r.date("Berichtszeitraum_Beginn");
  const end = r.date("Berichtszeitraum_Ende");
  const s = start === null ? null : serialToYmd(start);
  const e = end === null ? null : serialToYmd(end);
  return {
    start,
    end,
    from: s === null ? null : start! - (s.day - 1),
    months: s === null || e === null ? null : (e.year - s.year) * 12 + e.month - s.month + 1,
  };
}

// ---- Anlage 3.4: the months (3.2.2) ---------------------------------------------------------------------

export interface Months {
  period: Period;
  /** Rows of months in the reporting period, each calendar month once (its first row). */
  rows: number[];
  /** Rows repeating a calendar month of an earlier row: left out of every sum, 3.2.2 fails them. */
  duplicates: CellRef[];
  /** Meter cells below 0 in any row with a month. */
  negatives: CellRef[];
}

/** The calendar month of a date serial, as year × 12 + month. */
const monthKey = (serial: number) => {
  const { year, month } = serialToYmd(serial);
  return year * 12 + month;
};

export function months(r: Reader): Months {
  const p = period(r);
  const rows: number[] = [];
  const duplicates: CellRef[] = [];
  const negatives: CellRef[] = [];
  const seen = new Set<number>();
  for (const i of r.filledRows("Monat")) {
    const m = r.date("Monat", i);
    if (m === null) continue;
    for (const name of ALL_METERS) {
      // a negative typed as text ("-5 kWh") is as negative as the number
      const v = readNumber(r.raw(name, i), METER_UNITS[name]);
      if (v.ok && v.value < 0) negatives.push(cellRef(name, i));
    }
    const key = monthKey(m);
    const repeated = seen.has(key);
    seen.add(key);
    if (p.from === null || p.end === null || m < p.from || m > p.end) continue;
    if (repeated) duplicates.push(cellRef("Monat", i));
    else rows.push(i);
  }
  return { period: p, rows, duplicates, negatives };
}

/** A meter's value in a row: a number ≥ 0 in its column's unit, or null (blank, unreadable or negative). */
export function meter(r: Reader, name: Meter, row: number): number | null {
  const v = r.number(name, METER_UNITS[name], row);
  return v !== null && v >= 0 ? v : null;
}

/** The months of the period whose row gives every meter of `required` a value ≥ 0, and the blanks among them. */
export function completeMonths(r: Reader, m: Months, required: readonly Meter[]): { rows: number[]; blanks: CellRef[] } {
  const rows: number[] = [];
  const blanks: CellRef[] = [];
  for (const i of m.rows) {
    let ok = true;
    for (const n of required) {
      if (meter(r, n, i) === null) {
        ok = false;
        if (r.blank(n, i)) blanks.push(cellRef(n, i));
      }
    }
    if (ok) rows.push(i);
  }
  return { rows, blanks };
}

/** The sum of a meter over rows, blanks counting 0 (for the sums that need no complete month). */
export function sum(r: Reader, name: Meter, rows: number[]): number {
  let s = 0;
  for (const i of rows) s += meter(r, name, i) ?? 0;
  return s;
}

const total = (r: Reader, rows: number[]) => sum(r, "MP_EVU", rows) + sum(r, "MP_EE", rows) + sum(r, "MP_NEA", rows);

// ---- 3.2.7 PUE and 3.2.8 CER ----------------------------------------------------------------------------

export type KeyFigure = Figure & {
  /** Complete months it is computed over (12 for the annual figure). */
  months: number;
  blanks: CellRef[];
  limit: number | null;
  met: boolean | null;
};

/** 3.2.7: PUE over the complete months, without the energy to extract waste heat; limit by Tabelle 2/3. */
export function pueFigure(r: Reader, m: Months = months(r)): KeyFigure {
  const c = completeMonths(r, m, ["MP_EVU", "MP_EE", "MP_NEA", "MP_IT2"]);
  const f = c.rows.length ? figure(() => pue(total(r, c.rows), sum(r, "MP_IT2", c.rows), sum(r, "MP_Auskopplung", c.rows))) : { value: null };
  const dc = r.date("Inbetriebnahme_RZ");
  const l = dc === null ? { value: null } : figure(() => pueLimit(dc, m.period.start ?? undefined).limit);
  const met = f.value === null || l.value === null ? null : atMost(f.value, l.value);
  return { ...f, months: c.rows.length, blanks: c.blanks, limit: l.value, met, ...(l.error && !f.error ? { error: l.error } : {}) };
}

/**
 * 3.2.8 (Version 2): the energy to extract waste heat comes off E_KS only where MP_KS contains it: once heat is
 * extracted, `Auskopplung_in_MP_KS` answers that (null while it is not answered).
 */
export function extractionInCooling(r: Reader, rows: number[]): { excluded: number; unanswered: boolean } {
  const extraction = sum(r, "MP_Auskopplung", rows);
  if (extraction <= 0) return { excluded: 0, unanswered: false };
  const inKs = r.yesNo("Auskopplung_in_MP_KS");
  return { excluded: inKs ? extraction : 0, unanswered: inKs === null };
}

export function cerFigure(r: Reader, m: Months = months(r)): KeyFigure & { unanswered: boolean } {
  const c = completeMonths(r, m, ["MP_RZ", "MP_KS"]);
  const x = extractionInCooling(r, c.rows);
  const f = c.rows.length && !x.unanswered ? figure(() => cer(sum(r, "MP_RZ", c.rows), sum(r, "MP_KS", c.rows), x.excluded)) : { value: null };
  const cooling = r.date("Inbetriebnahme_Kuehlsystem");
  const dc = r.date("Inbetriebnahme_RZ");
  const l = cooling === null || dc === null ? { value: null } : figure(() => cerLimit(cooling, m.period.start ?? undefined, dc).limit);
  const met = f.value === null || l.value === null ? null : greaterThan(f.value, l.value);
  return { ...f, months: c.rows.length, blanks: c.blanks, limit: l.value, met, unanswered: x.unanswered, ...(l.error && !f.error ? { error: l.error } : {}) };
}

/** Ausnahme 2 of 3.2.7/3.2.8: commissioned less than 15 months before the application. */
export function exception2(r: Reader): boolean {
  const application = r.date("Antragsdatum");
  const dc = r.date("Inbetriebnahme_RZ");
  return application !== null && dc !== null && application < edate(dc, 15);
}

/** 3.2.2 under Ausnahme 2: a period from the month after commissioning may be shorter than 12 months. */
export function monthsNeeded(r: Reader, p: Period = period(r)): number {
  if (!exception2(r) || p.months === null || p.start === null) return 12;
  const dc = r.date("Inbetriebnahme_RZ")!;
  return p.months >= 1 && p.months < 12 && p.start <= edate(dc, 1) ? p.months : 12;
}

// ---- 3.2.4, 3.2.10 --------------------------------------------------------------------------------------

export function renewableShare(r: Reader, m: Months = months(r)): Figure & { renewable: number; total: number; given: boolean } {
  const renewable = sum(r, "Strom_erneuerbar_kWh", m.rows);
  const t = total(r, m.rows);
  const given = m.rows.some((i) => meter(r, "Strom_erneuerbar_kWh", i) !== null);
  return { ...(given ? figure(() => ref(renewable, t)) : { value: null }), renewable, total: t, given };
}

/** 1.3, 3.2.10: ERF over the months of the period; without any MP_An value no reuse is established (blank is no 0). */
export function erfFigure(r: Reader, m: Months = months(r)): Figure {
  if (!m.rows.length || !m.rows.some((i) => meter(r, "MP_An", i) !== null)) return { value: null };
  return figure(() => erf(sum(r, "MP_An", m.rows), total(r, m.rows)));
}

export function wueFigure(r: Reader, m: Months = months(r)): Figure {
  if (!m.rows.length) return { value: null };
  return figure(() => wue(sum(r, "Wasser_m3", m.rows), sum(r, "MP_IT2", m.rows)));
}

// ---- Anlage 4.1, 4.2: IT inventory, coverage, ITEU_SV (3.3.1-3.3.3) --------------------------------------

const itWords = wordsOf(itKinds);
const itOffered = offered(itKinds);

/**
 * A cell value as Excel's exact MATCH compares it: text without regard to case or surrounding spaces, numbers as
 * numbers (the text "1001" does not match the number 1001).
 */
export function matchKey(v: unknown): string | null {
  if (v === null || v === undefined || typeof v === "object") return null;
  if (typeof v === "string") return v.trim() === "" ? null : `t:${v.trim().toLowerCase()}`;
  return `${typeof v}:${String(v)}`;
}

export interface Device {
  row: number;
  id: string;
  kind: keyof typeof itKinds | null;
  gpu: boolean;
}

/** Anlage 4.1: the devices by their first row per ID (as MATCH finds them), and the rows repeating an ID. */
export function inventory(r: Reader): { byId: Map<string, Device>; duplicates: { cell: CellRef; id: string }[]; rows: number[] } {
  const byId = new Map<string, Device>();
  const duplicates: { cell: CellRef; id: string }[] = [];
  const ids = r.column("IT_ID");
  const rows = [...new Set([...r.filledRows("IT_ID"), ...r.filledRows("IT_Typ")])].sort((a, b) => a - b);
  for (const i of rows) {
    const key = matchKey(ids[i]);
    if (key === null) continue;
    if (byId.has(key)) {
      duplicates.push({ cell: cellRef("IT_ID", i), id: String(ids[i]).trim() });
      continue;
    }
    byId.set(key, { row: i, id: String(ids[i]).trim(), kind: null, gpu: false });
  }
  return { byId, duplicates, rows };
}

/** A device's kind (Anlage 4.1 "Typ"), read as people type it; null when blank or unreadable (remembered). */
export function kindOf(r: Reader, row: number): keyof typeof itKinds | null {
  return r.word("IT_Typ", itWords, itOffered, row);
}

export interface ServerRows {
  /** Rows naming a server of 4.1 without GPU, each server once: the monitored servers. */
  counted: number[];
  /** Rows of GPU servers: out of ITEU_SV and the coverage (3.3.3 Ausnahme 2), to be removed from 4.2. */
  gpu: CellRef[];
  /** Rows naming something else: not in 4.1, not a server, a server named in an earlier row. */
  wrong: { cell: CellRef; id: string; why: "unknown" | "duplicate" }[];
  /** Rows with values and no ID. */
  unnamed: CellRef[];
}

/** A CPU utilisation cell (a fraction, 20 % = 0.2), null when blank or unreadable (remembered). */
const cpu = (r: Reader, row: number, month: number) => r.share("CPU_Auslastung", row, month);

export function serverRows(r: Reader, inv = inventory(r)): ServerRows {
  const ids = r.column("CPU_Server_ID");
  const cpuRows = r.matrix("CPU_Auslastung");
  const out: ServerRows = { counted: [], gpu: [], wrong: [], unnamed: [] };
  const named = new Set<string>();
  for (let i = 0; i < Math.max(ids.length, cpuRows.length); i++) {
    const key = matchKey(ids[i]);
    if (key === null) {
      if ((cpuRows[i] ?? []).some((v) => v !== null && v !== "")) out.unnamed.push(cellRef("CPU_Server_ID", i));
      continue;
    }
    const device = inv.byId.get(key);
    const kind = device ? kindOf(r, device.row) : null;
    if (!device || kind !== "server") {
      out.wrong.push({ cell: cellRef("CPU_Server_ID", i), id: String(ids[i]).trim(), why: "unknown" });
    } else if (r.countedYes("IT_GPU", device.row) === true) {
      out.gpu.push(cellRef("CPU_Server_ID", i));
    } else if (named.has(key)) {
      out.wrong.push({ cell: cellRef("CPU_Server_ID", i), id: String(ids[i]).trim(), why: "duplicate" });
    } else {
      named.add(key);
      out.counted.push(i);
    }
  }
  return out;
}

export interface ItLoad {
  inventory: ReturnType<typeof inventory>;
  rows: ServerRows;
  /** Servers without GPU in 4.1, and GPU servers. */
  servers: number;
  gpuServers: number;
  /** Rows counted as monitored: values for at least `seriesMonthsMin` months (fewer while the series is shorter). */
  monitored: number;
  /** Rows counted but with too short a series. */
  short: number;
  /** Month columns with any value among the counted rows. */
  cpuMonths: number;
  serverCoverage: Figure;
  storageCoverage: Figure;
  storageMonths: number;
  iteu: number | null;
  iteuMet: boolean | null;
}

export function itLoad(r: Reader): ItLoad {
  const inv = inventory(r);
  let servers = 0;
  let gpuServers = 0;
  let capacity = 0;
  let capacityMonitored = 0;
  for (const d of inv.byId.values()) {
    const kind = kindOf(r, d.row);
    if (kind === "server") {
      // read as the template's counts read them (GPU_Server, Kapazitaet_erfasst_GB): Reader.countedYes
      if (r.countedYes("IT_GPU", d.row) === true) gpuServers++;
      else servers++;
    } else if (kind === "storage") {
      // Anhang D 2: SSD and HDD systems; tape is neither counted nor needs monitoring
      const gb = r.number("IT_Kapazitaet_GB", "GB", d.row) ?? 0;
      capacity += gb;
      if (r.countedYes("IT_Monitoring", d.row) === true) capacityMonitored += gb;
    }
  }
  const rows = serverRows(r, inv);
  const width = r.matrix("CPU_Auslastung")[0]?.length ?? 0;
  const values: (number | null)[] = [];
  const perMonth = new Array<number>(width).fill(0);
  const perRow: number[] = [];
  for (const i of rows.counted) {
    let n = 0;
    for (let c = 0; c < width; c++) {
      const v = cpu(r, i, c);
      values.push(v);
      if (v !== null) {
        n++;
        perMonth[c]++;
      }
    }
    perRow.push(n);
  }
  const cpuMonths = perMonth.filter((n) => n > 0).length;
  const series = Math.min(seriesMonthsMin, Math.max(1, cpuMonths));
  const monitored = perRow.filter((n) => n >= series).length;
  const short = perRow.filter((n) => n > 0 && n < series).length;
  const occupied = r.matrix("Speicher_belegt_GB");
  const storageMonths = (occupied[0] ?? []).filter((_, c) => occupied.some((row) => typeof row[c] === "number")).length;
  const value = iteu(values, rows.counted.length, width);
  return {
    inventory: inv, rows, servers, gpuServers, monitored, short, cpuMonths, storageMonths,
    serverCoverage: figure(() => coverage(monitored, servers)),
    storageCoverage: figure(() => coverage(capacityMonitored, capacity)),
    iteu: value,
    iteuMet: value === null ? null : iteuMet(value),
  };
}

/** 3.3.3 Ausnahme 1: a data centre less than 15 months old at the application reports at least one month. */
export function iteuMonthsNeeded(r: Reader): number {
  return exception2(r) ? 1 : 12;
}

// ---- the template's computed cells, by name (integrity, 3.1.2) --------------------------------------------

/**
 * The values the template's formulas must show, by their defined names, computed by the engine from the inputs
 * the same way the template defines them (annual sums over the months of the period, a month once; PUE and CER
 * of those sums). A name is left out where the engine cannot compute it (blank or unreadable inputs): the check
 * compares only what both compute. Booleans for the template's checks (PUE_Pruefung …).
 */
export function templateFigures(inputs: Inputs): Record<string, number | boolean> {
  const r = new Reader(inputs);
  const m = months(r);
  const out: Record<string, number | boolean> = {};
  const put = (name: string, v: number | boolean | null | undefined) => {
    if (v !== null && v !== undefined && (typeof v !== "number" || Number.isFinite(v))) out[name] = v;
  };
  const p = m.period;
  put("Zeitraum_von", p.from);
  put("Zeitraum_bis", p.end);
  put("Monate_Berichtszeitraum", p.months);
  const rows = m.rows;
  const sums: [string, Meter][] = [
    ["Jahr_IT_kWh", "MP_IT2"], ["Jahr_KS_kWh", "MP_KS"], ["Jahr_KE_kWh", "MP_KE"], ["Jahr_RZ_kWh", "MP_RZ"], ["Jahr_An_kWh", "MP_An"],
    ["Jahr_Auskopplung_kWh", "MP_Auskopplung"], ["Jahr_Wasser_m3", "Wasser_m3"], ["Jahr_Erneuerbar_kWh", "Strom_erneuerbar_kWh"],
  ];
  if (p.from !== null && p.end !== null) {
    put("Jahr_Gesamt_kWh", total(r, rows));
    for (const [name, meterName] of sums) put(name, sum(r, meterName, rows));
    put("Monate_doppelt", m.duplicates.length);
    const t = total(r, rows);
    const it = sum(r, "MP_IT2", rows);
    const pueYear = rows.length ? figure(() => pue(t, it, sum(r, "MP_Auskopplung", rows))).value : null;
    put("PUE_Jahr", pueYear);
    const dc = r.date("Inbetriebnahme_RZ");
    const pl = dc === null ? null : figure(() => pueLimit(dc, p.start ?? undefined).limit).value;
    put("PUE_Grenzwert", pl);
    if (pueYear !== null && pl !== null) put("PUE_Pruefung", atMost(pueYear, pl));
    const x = extractionInCooling(r, rows);
    const cerYear = rows.length && !x.unanswered ? figure(() => cer(sum(r, "MP_RZ", rows), sum(r, "MP_KS", rows), x.excluded)).value : null;
    put("CER_Jahr", cerYear);
    const cooling = r.date("Inbetriebnahme_Kuehlsystem");
    const cl = cooling === null || dc === null ? null : figure(() => cerLimit(cooling, p.start ?? undefined, dc).limit).value;
    put("CER_Grenzwert", cl);
    if (cerYear !== null && cl !== null) put("CER_Pruefung", greaterThan(cerYear, cl));
    put("Anteil_erneuerbar", renewableShare(r, m).value);
    put("ERF_Jahr", erfFigure(r, m).value);
    put("WUE_Jahr", wueFigure(r, m).value);
  }
  const end = r.date("Berichtszeitraum_Ende");
  const application = r.date("Antragsdatum");
  if (end !== null && application !== null) {
    const recent = figure(() => (balancePeriodRecent(end, application) ? 1 : 0)).value;
    put("Bilanzzeitraum_Pruefung", recent === null ? null : recent === 1);
  }
  put("Ausnahme2_anwendbar", r.date("Antragsdatum") !== null && r.date("Inbetriebnahme_RZ") !== null ? exception2(r) : null);
  // the criteria computed it for this very workbook already (3.3.2/3.3.3): the same figure, not a second pass
  const it = r.shared("itLoad", itLoad);
  put("Server_gesamt", it.servers);
  put("GPU_Server", it.gpuServers);
  put("Server_erfasst", it.monitored);
  put("Erfassung_Server", it.serverCoverage.value);
  put("Erfassung_Speicher", it.storageCoverage.value);
  put("ITEU_SV", it.iteu);
  put("ITEU_Pruefung", it.iteuMet);
  put("ITEU_Monate_noetig", iteuMonthsNeeded(r));
  return out;
}
