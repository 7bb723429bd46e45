/**
 * The what-if calculator: annual figures in, DE-UZ 228 key figures, limits, verdicts and headroom out.
 * Pure: every figure and limit comes from the engine, every typed text is read by the engine's reading layer in the
 * pane's language; nothing touches the workbook. An empty field is empty (no result), never 0.
 */
import { atLeast, atMost, greaterThan } from "../engine/compare";
import { parseIsoDate, toIsoDate, ymdToSerial } from "../engine/dates";
import { answer, num } from "../engine/criteria/read";
import { Inputs } from "../engine/criteria/types";
import { DeuzError, Language } from "../engine/errors";
import { cerLimit, Limit, pueLimit } from "../engine/limits";
import { cer, erf, pue } from "../engine/metrics";
import { parseNumberIn, readDate } from "../engine/reading";
import { iteuMin } from "../engine/rules";
import { strings } from "./i18n";

export interface Scenario {
  /** MP_EVU + MP_EE + MP_NEA; when empty, the sum of IT, cooling, other and extraction energy. */
  totalKwh: number | null;
  itKwh: number | null;
  coolingKwh: number | null;
  /** When empty, the rest of the total energy. */
  otherKwh: number | null;
  /** Empty means no heat extraction (0). */
  extractionKwh: number | null;
  heatRemovedKwh: number | null;
  reusedKwh: number | null;
  renewablePct: number | null;
  iteuPct: number | null;
  /** ISO dates (YYYY-MM-DD), "" when empty. */
  dcCommissioning: string;
  coolingCommissioning: string;
  reportingStart: string;
}

export type FieldKey = keyof Scenario;
export type FieldKind = "kWh" | "percent" | "date";

export const fieldKinds: Record<FieldKey, FieldKind> = {
  totalKwh: "kWh",
  itKwh: "kWh",
  coolingKwh: "kWh",
  otherKwh: "kWh",
  extractionKwh: "kWh",
  heatRemovedKwh: "kWh",
  reusedKwh: "kWh",
  renewablePct: "percent",
  iteuPct: "percent",
  dcCommissioning: "date",
  coolingCommissioning: "date",
  reportingStart: "date",
};

export const exampleScenario: Scenario = {
  totalKwh: null,
  itKwh: 6_900_000,
  coolingKwh: 700_000,
  otherKwh: 420_000,
  extractionKwh: 140_000,
  heatRemovedKwh: 6_800_000,
  reusedKwh: 345_000,
  renewablePct: 100,
  iteuPct: 27,
  dcCommissioning: "2019-06-01",
  coolingCommissioning: "2019-06-01",
  reportingStart: "2024-01-01",
};

// ---- typed text ---------------------------------------------------------------------------------------------

const locale = (lang: Language) => (lang === "de" ? "de-DE" : "en-GB");

/** A number in the pane's language with grouping: 9.000.000 / 9,000,000; at most `digits` decimals. */
export function formatNumber(value: number, lang: Language, digits = 20, minDigits = 0): string {
  // one Intl.NumberFormat per format: making one costs about a millisecond, and the first render formats dozens
  const key = `${lang} ${digits} ${minDigits}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits, minimumFractionDigits: minDigits })));
  return f.format(value);
}
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A date in the pane's language: 01.06.2019 in German, 2019-06-01 (never 06/01 or 01/06) in English. */
export function formatDate(iso: string, lang: Language): string {
  const ymd = parseIsoDate(iso);
  if (!ymd) return iso;
  if (lang === "en") return toIsoDate(ymdToSerial(ymd));
  return `${String(ymd.day).padStart(2, "0")}.${String(ymd.month).padStart(2, "0")}.${ymd.year}`;
}

/** The ISO dates in an engine message, written in the pane's language. */
const localDates = (text: string, lang: Language) => text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (iso) => formatDate(iso, lang));

export type InvalidReason = "number" | "negative" | "percent" | "date";

/** A field's text read: its value (null when empty), or why it is not accepted. */
export type FieldReading = { ok: true; value: number | string | null } | { ok: false; reason: InvalidReason };

/**
 * A field as typed, read in the pane's language: kWh a number ≥ 0, % a number from 0 to 100 (a "%" may follow),
 * a date as readDate reads it (01.06.2019 or 2019-06-01). Empty is empty, never 0.
 */
export function readField(key: FieldKey, text: string, lang: Language): FieldReading {
  if (text.trim() === "") return { ok: true, value: kindEmpty(key) };
  const kind = fieldKinds[key];
  if (kind === "date") {
    const d = readDate(text);
    return d.ok ? { ok: true, value: toIsoDate(d.value) } : { ok: false, reason: "date" };
  }
  const n = parseNumberIn(kind === "percent" ? text.replace(/\s*%\s*$/, "") : text, lang);
  if (n === null) return { ok: false, reason: "number" };
  if (kind === "percent") return n < 0 || n > 100 ? { ok: false, reason: "percent" } : { ok: true, value: n };
  return n < 0 ? { ok: false, reason: "negative" } : { ok: true, value: n };
}

const kindEmpty = (key: FieldKey) => (fieldKinds[key] === "date" ? "" : null);

/**
 * A value as its field shows it: numbers with grouping in the pane's language (all their digits, so that formatting
 * a field when it is left never changes its value), dates in the pane's language.
 */
export function fieldText(key: FieldKey, value: number | string | null, lang: Language): string {
  if (value === null || value === "") return "";
  if (typeof value === "string") return formatDate(value, lang);
  return formatNumber(value, lang);
}

/**
 * A value taken from the workbook as its field shows it, rounded: kWh to whole kWh, % to one decimal, more where
 * the rounding would land on a limit the value does not reach (19,96 % is not shown as 20,0).
 */
export function roundedText(key: FieldKey, value: number | string | null, lang: Language): string {
  if (typeof value !== "number") return fieldText(key, value, lang);
  const limits = key === "iteuPct" ? [iteuMin * 100] : key === "renewablePct" ? [100] : [];
  let digits = fieldKinds[key] === "percent" ? 1 : 0;
  const round = (d: number) => Math.round(value * 10 ** d) / 10 ** d;
  while (digits < 6 && limits.some((l) => round(digits) === l && value !== l)) digits++;
  return formatNumber(round(digits), lang);
}

export type Texts = Record<FieldKey, string>;

/** Every field of a scenario as its text. */
export function textsOf(s: Scenario, lang: Language): Texts {
  return Object.fromEntries((Object.keys(fieldKinds) as FieldKey[]).map((k) => [k, fieldText(k, s[k], lang)])) as Texts;
}

/**
 * The scenario of the fields as typed, and the fields not accepted (with the pane's message). A field not accepted
 * is empty for the calculation. `exact` holds values taken from the workbook that a field shows rounded: they count
 * exactly until the field is typed into.
 */
export function scenarioOf(texts: Texts, lang: Language, exact: Partial<Scenario> = {}): { scenario: Scenario; invalid: Partial<Record<FieldKey, InvalidReason>> } {
  const scenario = { ...exampleScenario };
  const invalid: Partial<Record<FieldKey, InvalidReason>> = {};
  for (const key of Object.keys(fieldKinds) as FieldKey[]) {
    if (key in exact) {
      (scenario as Record<FieldKey, unknown>)[key] = exact[key];
      continue;
    }
    const r = readField(key, texts[key], lang);
    if (r.ok) (scenario as Record<FieldKey, unknown>)[key] = r.value;
    else {
      invalid[key] = r.reason;
      (scenario as Record<FieldKey, unknown>)[key] = kindEmpty(key);
    }
  }
  return { scenario, invalid };
}

// ---- results ------------------------------------------------------------------------------------------------

export interface Verdict {
  value: number | null;
  ok: boolean | null;
  /** Why it cannot be computed, in the pane's words with the fields' names, when value is null. */
  problem?: string;
}

export interface Limited extends Verdict {
  limit: Limit | null;
  /** Why no limit can be given (a date missing, reporting before commissioning), or what was not checked. */
  limitNote?: string;
}

export interface WhatIfResult {
  /** The total energy used (typed, or the sum of the parts), the rest ("Sonstiges") and where they come from. */
  energy: { total: number | null; other: number | null; totalDerived: boolean; otherDerived: boolean; conflictOther: number | null };
  pue: Limited & { headroomKwh: number | null };
  cer: Limited;
  erf: Verdict;
  ref: Verdict;
  iteu: Verdict & { missingPoints: number };
}

const date = (iso: string): number | undefined => {
  const ymd = parseIsoDate(iso);
  return ymd ? ymdToSerial(ymd) : undefined;
};

function attempt<T>(f: () => T, lang: Language): { value: T | null; problem?: string } {
  try {
    return { value: f() };
  } catch (e) {
    return { value: null, problem: e instanceof DeuzError ? localDates(e.text[lang], lang) : String(e) };
  }
}

/** Total energy and "Sonstiges": the one typed, the other derived; both typed must agree (to half a kWh). */
function energyOf(s: Scenario): WhatIfResult["energy"] {
  const extraction = s.extractionKwh ?? 0;
  const parts = s.itKwh !== null && s.coolingKwh !== null ? s.itKwh + s.coolingKwh + extraction : null;
  if (s.totalKwh !== null) {
    const rest = parts === null ? null : s.totalKwh - parts;
    if (s.otherKwh !== null && rest !== null && Math.abs(rest - s.otherKwh) > 0.5) {
      return { total: null, other: null, totalDerived: false, otherDerived: false, conflictOther: rest };
    }
    return { total: s.totalKwh, other: s.otherKwh ?? rest, totalDerived: false, otherDerived: s.otherKwh === null && rest !== null, conflictOther: null };
  }
  const total = parts !== null && s.otherKwh !== null ? parts + s.otherKwh : null;
  return { total, other: s.otherKwh, totalDerived: total !== null, otherDerived: false, conflictOther: null };
}

export function computeWhatIf(s: Scenario, lang: Language = "de"): WhatIfResult {
  const w = strings[lang].whatIf;
  const kwh = (v: number) => formatNumber(v, lang, 1);
  const missing = (keys: FieldKey[]) => w.problems.missing(keys.map((k) => w.names[k]));
  const energy = energyOf(s);
  const total = energy.total;
  const extraction = s.extractionKwh ?? 0;
  const dc = date(s.dcCommissioning);
  const cooling = date(s.coolingCommissioning);
  const start = date(s.reportingStart);

  // 3.2.7 PUE = (total − extraction) / IT
  let pueValue: { value: number | null; problem?: string };
  if (energy.conflictOther !== null) pueValue = { value: null, problem: w.problems.conflict };
  else if (s.itKwh === null || total === null) {
    const absent: FieldKey[] = [];
    if (s.itKwh === null) absent.push("itKwh");
    // the total is named unless it is missing only for want of the IT energy (the sum of the parts)
    if (total === null && !(s.itKwh === null && s.coolingKwh !== null && s.otherKwh !== null)) absent.push("totalKwh");
    pueValue = { value: null, problem: missing(absent) };
  } else if (s.itKwh === 0) pueValue = { value: null, problem: w.problems.zero(w.names.itKwh, "PUE") };
  else if (s.itKwh > total) pueValue = { value: null, problem: w.problems.partAbove(w.names.itKwh, kwh(s.itKwh), w.names.totalKwh, kwh(total)) };
  else if (extraction > total - s.itKwh) {
    pueValue = { value: null, problem: w.problems.partAbove(w.names.extractionKwh, kwh(extraction), w.problems.nonIt, kwh(total - s.itKwh)) };
  } else pueValue = attempt(() => pue(total, s.itKwh as number, extraction), lang);

  // the limits: Tabelle 2/3 by the data centre's commissioning, Tabelle 4/5 by the cooling system's
  const limitOf = (commissioning: number | undefined, absent: FieldKey, get: () => Limit, regular: string, exception: string) => {
    if (commissioning === undefined) return { limit: null, limitNote: w.problems.noLimit(missing([absent])) };
    const l = attempt(get, lang);
    if (l.value === null) return { limit: null, limitNote: w.problems.noLimit(l.problem ?? "") };
    return { limit: l.value, limitNote: start === undefined ? w.problems.noStart(regular, exception) : undefined };
  };
  const pLimit = limitOf(dc, "dcCommissioning", () => pueLimit(dc as number, start), "Tabelle 2", "Tabelle 3");
  const cLimit = limitOf(cooling, "coolingCommissioning", () => cerLimit(cooling as number, start, dc), "Tabelle 4", "Tabelle 5");

  // 3.2.8 CER = heat removed / E_KS
  let cerValue: { value: number | null; problem?: string };
  if (s.heatRemovedKwh === null || s.coolingKwh === null) {
    cerValue = { value: null, problem: missing((["heatRemovedKwh", "coolingKwh"] as FieldKey[]).filter((k) => s[k] === null)) };
  } else if (s.coolingKwh === 0) cerValue = { value: null, problem: w.problems.zero(w.names.coolingKwh, "CER") };
  else cerValue = attempt(() => cer(s.heatRemovedKwh as number, s.coolingKwh as number), lang);

  // 3.2.10 ERF = reused / total
  let erfValue: { value: number | null; problem?: string };
  if (energy.conflictOther !== null) erfValue = { value: null, problem: w.problems.conflict };
  else if (s.reusedKwh === null || total === null) {
    erfValue = { value: null, problem: missing([...(s.reusedKwh === null ? ["reusedKwh" as const] : []), ...(total === null ? ["totalKwh" as const] : [])]) };
  } else if (total === 0) erfValue = { value: null, problem: w.problems.zero(w.names.totalKwh, "ERF") };
  else if (s.reusedKwh > total) erfValue = { value: null, problem: w.problems.partAbove(w.names.reusedKwh, kwh(s.reusedKwh), w.names.totalKwh, kwh(total)) };
  else erfValue = attempt(() => erf(s.reusedKwh as number, total), lang);

  const share = s.renewablePct === null ? null : s.renewablePct / 100;
  const iteu = s.iteuPct === null ? null : s.iteuPct / 100;
  const inRange = (v: number | null): v is number => v !== null && v >= 0 && v <= 1;
  return {
    energy,
    pue: {
      ...pueValue,
      ...pLimit,
      ok: pueValue.value === null || !pLimit.limit ? null : atMost(pueValue.value, pLimit.limit.limit),
      // 3.2.7: how much more overhead (non-IT energy in the PUE) fits under the limit
      headroomKwh: pLimit.limit && pueValue.value !== null && total !== null && s.itKwh ? pLimit.limit.limit * s.itKwh - (total - extraction) : null,
    },
    cer: { ...cerValue, ...cLimit, ok: cerValue.value === null || !cLimit.limit ? null : greaterThan(cerValue.value, cLimit.limit.limit) },
    erf: { ...erfValue, ok: erfValue.value === null ? null : greaterThan(erfValue.value, 0) },
    ref: { value: share, ok: inRange(share) ? atLeast(share, 1) : null, ...(share === null ? { problem: missing(["renewablePct"]) } : {}) },
    iteu: {
      value: iteu,
      ok: inRange(iteu) ? atLeast(iteu, iteuMin) : null,
      missingPoints: inRange(iteu) ? Math.max(0, (iteuMin - iteu) * 100) : 0,
      ...(iteu === null ? { problem: missing(["iteuPct"]) } : {}),
    },
  };
}

/**
 * A figure as the pane shows it: up to `digits` decimals, more where rounding would land on the limit the figure
 * does not meet (a PUE of 1.3004 is not shown as 1,3 beside "≤ 1,30").
 */
export function shownFigure(value: number, lang: Language, digits: number, limit?: number): string {
  let d = digits;
  const round = (k: number) => Math.round(value * 10 ** k) / 10 ** k;
  while (limit !== undefined && d < 9 && round(d) === limit && value !== limit) d++;
  return formatNumber(value, lang, d);
}

// ---- taking the workbook's figures --------------------------------------------------------------------------

/** The workbook's names the calculator takes over ("Aus der Arbeitsmappe übernehmen"). */
export const scenarioNames = [
  "Jahr_IT_kWh", "Jahr_KS_kWh", "Jahr_Gesamt_kWh", "Jahr_Auskopplung_kWh", "Auskopplung_in_MP_KS", "Jahr_RZ_kWh", "Jahr_An_kWh",
  "Anteil_erneuerbar", "ITEU_SV", "Inbetriebnahme_RZ", "Inbetriebnahme_Kuehlsystem", "Berichtszeitraum_Beginn",
];

/**
 * The annual figures of a workbook (Anlage 3.4 sums, Stammdaten dates) as a scenario; figures the workbook does
 * not give are left out, so that what the user typed stays. The calculator's cooling energy is E_KS without the
 * extraction energy (3.2.8): MP_KS less MP_Auskopplung where Anlage 3.9 says MP_KS contains it, MP_KS as it is
 * where it says not; without that answer (and with extraction energy) cooling and other energy are not taken.
 */
export function scenarioFromInputs(inputs: Inputs): Partial<Scenario> {
  const n = (name: string) => num(inputs, name) ?? undefined;
  const iso = (name: string) => {
    const v = n(name);
    return v === undefined ? undefined : toIsoDate(v);
  };
  const it = n("Jahr_IT_kWh");
  const ks = n("Jahr_KS_kWh");
  const extraction = n("Jahr_Auskopplung_kWh") ?? 0;
  const total = n("Jahr_Gesamt_kWh");
  const inKs = extraction > 0 ? answer(inputs, "Auskopplung_in_MP_KS") : true;
  const cooling = ks === undefined || inKs === null ? undefined : inKs ? ks - extraction : ks;
  const share = n("Anteil_erneuerbar");
  const iteu = n("ITEU_SV");
  const out: Partial<Scenario> = {
    totalKwh: total,
    itKwh: it,
    coolingKwh: cooling,
    extractionKwh: extraction,
    // the rest of the total: neither IT, nor cooling, nor extraction
    otherKwh: total !== undefined && it !== undefined && cooling !== undefined ? total - it - cooling - extraction : undefined,
    heatRemovedKwh: n("Jahr_RZ_kWh"),
    reusedKwh: n("Jahr_An_kWh"),
    renewablePct: share === undefined ? undefined : share * 100,
    iteuPct: iteu === undefined ? undefined : iteu * 100,
    dcCommissioning: iso("Inbetriebnahme_RZ"),
    coolingCommissioning: iso("Inbetriebnahme_Kuehlsystem"),
    reportingStart: iso("Berichtszeitraum_Beginn"),
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as Partial<Scenario>;
}

/**
 * What the calculator takes of the workbook's figures: a workbook without IT energy (an empty template) holds no
 * energy figures yet, so its kWh sums and zero shares are not taken (they would be 0) and are named; the total is
 * taken in place of "Sonstiges", which then follows from it (Sonstiges is left empty).
 */
export function takeFromWorkbook(taken: Partial<Scenario>): { values: Partial<Scenario>; skipped: FieldKey[] } {
  const values: Partial<Scenario> = { ...taken };
  const skipped: FieldKey[] = [];
  if (!(typeof taken.itKwh === "number" && taken.itKwh > 0)) {
    for (const key of Object.keys(taken) as FieldKey[]) {
      if (fieldKinds[key] === "kWh" || (fieldKinds[key] === "percent" && taken[key] === 0)) {
        delete values[key];
        skipped.push(key);
      }
    }
  }
  if (values.totalKwh !== undefined) values.otherKwh = null;
  return { values, skipped };
}


// ---- the saved scenario -------------------------------------------------------------------------------------

/** An Excel date serial of a moment, in local time (1900 system). */
const serialOf = (d: Date) => (d.getTime() - d.getTimezoneOffset() * 60_000) / 86_400_000 + 25_569;

/**
 * "Als Szenario speichern": the sheet's base name and its cells, in the pane's language — the inputs with their
 * labels and units, then each figure with its limit, Tabelle, verdict and why it has none; numbers and dates as
 * numbers with Excel number formats (codes as the API takes them, shown in Excel's own locale).
 */
export function scenarioSheet(s: Scenario, lang: Language, now = new Date()): { name: string; rows: (string | number)[][]; formats: string[][] } {
  const w = strings[lang].whatIf;
  const r = computeWhatIf(s, lang);
  const dateFormat = lang === "de" ? "dd.mm.yyyy" : "yyyy-mm-dd";
  const rows: (string | number)[][] = [];
  const formats: string[][] = [];
  const row = (cells: (string | number)[], fmts: string[] = []) => {
    const six = [...cells, "", "", "", "", "", ""].slice(0, 6);
    rows.push(six);
    formats.push(six.map((_, i) => fmts[i] ?? "General"));
  };
  row([w.sheet.title]);
  row([w.sheet.created, serialOf(now)], ["General", `${dateFormat} hh:mm`]);
  row([]);
  row([w.sheet.inputs, w.sheet.value]);
  for (const key of Object.keys(fieldKinds) as FieldKey[]) {
    const v = s[key];
    const kind = fieldKinds[key];
    if (v === null || v === "") row([w.labels[key], ""]);
    else if (kind === "date") row([w.labels[key], ymdToSerial(parseIsoDate(v as string)!)], ["General", dateFormat]);
    else row([w.labels[key], v as number], ["General", kind === "kWh" ? "#,##0" : "0.0"]);
  }
  if (s.totalKwh === null && r.energy.total !== null) row([w.labels.totalKwh, r.energy.total], ["General", "#,##0"]);
  row([]);
  row([w.sheet.figure, w.sheet.value, w.sheet.limit, w.sheet.table, w.sheet.verdict, w.sheet.note]);
  const verdict = (ok: boolean | null) => (ok === null ? "" : ok ? w.met : w.notMet);
  const headroom = r.pue.headroomKwh === null ? "" : r.pue.headroomKwh >= 0 ? w.pueHeadroom(formatNumber(r.pue.headroomKwh, lang, 0)) : w.pueOver(formatNumber(-r.pue.headroomKwh, lang, 0));
  const limited = (label: string, v: Limited, sign: string, extra = "") =>
    row(
      [label, v.value ?? "", v.limit ? `${sign} ${formatNumber(v.limit.limit, lang, 2, 2)}` : "", v.limit?.table ?? "", verdict(v.ok), v.value === null ? v.problem ?? "" : [extra, v.limitNote ?? ""].filter(Boolean).join(" ")],
      ["General", "0.000"],
    );
  limited(w.pue, r.pue, "≤", headroom);
  limited(w.cer, r.cer, ">");
  row([w.erf, r.erf.value ?? "", w.limitErf, "", verdict(r.erf.ok), r.erf.value === null ? r.erf.problem ?? "" : ""], ["General", "0.000"]);
  row([w.ref, r.ref.value ?? "", w.limitRef, "", verdict(r.ref.ok), r.ref.value === null ? r.ref.problem ?? "" : ""], ["General", "0.0%"]);
  row([w.iteuResult, r.iteu.value ?? "", w.limitIteu, "", verdict(r.iteu.ok), r.iteu.value === null ? r.iteu.problem ?? "" : r.iteu.missingPoints > 0 ? w.iteuMissing(formatNumber(r.iteu.missingPoints, lang, 1)) : ""], ["General", "0.0%"]);
  return { name: w.sheet.name, rows, formats };
}
