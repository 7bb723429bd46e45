/**
 * The law's figures from the same inputs, with the engine's figures (../criteria/figures.ts): ratios of the sums of
 * the reporting period's months (a month once), never means of monthly ratios. Where the law's definition differs
 * from DE-UZ 228's, it says so here: EnEfG § 11(2) S. 3 leaves heat-upgrade electricity out of the PUE of *new*
 * data centres only; EU 2024/1364 (Annex III, as far as public sources give it) divides by E_DC, all energy.
 */
import { DeuzError, Text } from "../errors";
import { erf, pue, ref, wue } from "../metrics";
import { completeMonths, Months, months, sum } from "../criteria/figures";
import { cellRef, Reader } from "../criteria/reader";
import { CellRef } from "../criteria/types";
import { PUE_METERS } from "../criteria/vocabulary";
import { germanDate } from "./enefgParams";
import { LAW } from "./lawNames";

export interface LawFigure {
  value: number | null;
  /** Complete months it is computed over (12 for a year). */
  months: number;
  /** Blank meter cells of incomplete months, or the cells of a single input that is blank. */
  blanks: CellRef[];
  error?: Text;
}

function attempt(compute: () => number): { value: number | null; error?: Text } {
  try {
    return { value: compute() };
  } catch (e) {
    if (e instanceof DeuzError) return { value: null, error: e.text };
    throw e;
  }
}

/** The reporting period as messages name it: "01.01.2024–31.12.2024" / "2024-01-01 to 2024-12-31". */
export function periodText(m: Months): Text {
  const { start, end } = m.period;
  if (start === null || end === null) return { de: "Berichtszeitraum ohne Datum", en: "reporting period without dates" };
  const iso = (d: number) => germanDate(d).split(".").reverse().join("-");
  return { de: `Berichtszeitraum ${germanDate(start)}–${germanDate(end)}`, en: `reporting period ${iso(start)} to ${iso(end)}` };
}

const totalElectricity = (r: Reader, rows: number[]) => sum(r, "MP_EVU", rows) + sum(r, "MP_EE", rows) + sum(r, "MP_NEA", rows);

/**
 * EnEfG's PUE (§ 3 Nr. 15, DIN EN 50600-4-2): the year's energy of the whole data centre over its IT energy, over the
 * complete months of the period. `withoutUpgrade`: § 11(2) S. 3, MP_Auskopplung left out (new data centres only).
 */
export function lawPue(r: Reader, withoutUpgrade: boolean, m: Months = months(r)): LawFigure {
  const c = completeMonths(r, m, PUE_METERS);
  if (!c.rows.length) return { value: null, months: 0, blanks: c.blanks };
  const f = attempt(() => pue(totalElectricity(r, c.rows), sum(r, "MP_IT2", c.rows), withoutUpgrade ? sum(r, "MP_Auskopplung", c.rows) : 0));
  return { ...f, months: c.rows.length, blanks: c.blanks };
}

/**
 * § 11(2) S. 1 Nr. 2 EnEfG, DIN EN 50600-4-6: reused energy (MP_An) over the data centre's energy, with and without the
 * heat-upgrade electricity in the denominator. Whether DIN EN 50600-4-6 keeps it there is UNVERIFIED (law-notes.md
 * § 5 example 5): where the two give different verdicts, the criterion flags it and does not decide.
 */
export function lawErf(r: Reader, m: Months = months(r)): { full: LawFigure; withoutUpgrade: LawFigure; upgrade: number } {
  const c = completeMonths(r, m, [...PUE_METERS, "MP_An"]);
  if (!c.rows.length) {
    const none = { value: null, months: 0, blanks: c.blanks };
    return { full: none, withoutUpgrade: none, upgrade: 0 };
  }
  const reused = sum(r, "MP_An", c.rows);
  const total = totalElectricity(r, c.rows);
  const upgrade = sum(r, "MP_Auskopplung", c.rows);
  return {
    full: { ...attempt(() => erf(reused, total)), months: c.rows.length, blanks: c.blanks },
    withoutUpgrade: { ...attempt(() => erf(reused, total - upgrade)), months: c.rows.length, blanks: c.blanks },
    upgrade,
  };
}

/** § 11(5) EnEfG: the renewable share of the electricity on balance (Strom_erneuerbar_kWh over the total). */
export function lawRenewable(r: Reader, m: Months = months(r)): LawFigure {
  const c = completeMonths(r, m, ["MP_EVU", "MP_EE", "MP_NEA", "Strom_erneuerbar_kWh"]);
  if (!c.rows.length) return { value: null, months: 0, blanks: c.blanks };
  return { ...attempt(() => ref(sum(r, "Strom_erneuerbar_kWh", c.rows), totalElectricity(r, c.rows))), months: c.rows.length, blanks: c.blanks };
}

// ---- EU 2024/1364, Annex III (law-notes.md § 2.2; secondary sources) --------------------------------------

export interface EuQuantities {
  /** E_DC: electricity (MP_EVU + MP_EE + MP_NEA) plus fuels and other energy for cooling (Energie_sonstige_kWh). */
  eDc: number | null;
  /** E_DC-BG: the backup generators' share (MP_NEA), reported separately. */
  eDcBg: number | null;
  eIt: number | null;
  /** W_IN total and potable (Wasser_m3 of Anlage 3.4, DE-UZ's drinking water). */
  wIn: number | null;
  wInPot: number | null;
  /** E_REUSE: heat delivered across the boundary (MP_An). */
  eReuse: number | null;
  /** E_RES-TOT = GOO + PPA + OS. */
  eRes: number | null;
  months: number;
  cells: Record<string, CellRef[]>;
}

export function euQuantities(r: Reader, m: Months = months(r)): EuQuantities {
  const c = completeMonths(r, m, PUE_METERS);
  const full = c.rows.length >= 12;
  const rows = c.rows;
  const other = r.number(LAW.otherEnergy, "kWh");
  const wIn = r.number(LAW.waterTotal, "m3");
  const parts = [LAW.goo, LAW.ppa, LAW.onSite].map((n) => r.number(n, "kWh"));
  const water = completeMonths(r, m, ["Wasser_m3"]);
  const reuse = completeMonths(r, m, ["MP_An"]);
  return {
    eDc: full && other !== null ? totalElectricity(r, rows) + other : null,
    eDcBg: full ? sum(r, "MP_NEA", rows) : null,
    eIt: full ? sum(r, "MP_IT2", rows) : null,
    wIn,
    wInPot: water.rows.length >= 12 ? sum(r, "Wasser_m3", water.rows) : null,
    eReuse: reuse.rows.length >= 12 ? sum(r, "MP_An", reuse.rows) : null,
    eRes: parts.every((p) => p !== null) ? parts.reduce((a, b) => a! + b!, 0)! : null,
    months: c.rows.length,
    cells: {
      eDc: [cellRef("MP_EVU"), cellRef("MP_EE"), cellRef("MP_NEA"), cellRef(LAW.otherEnergy)],
      eIt: [cellRef("MP_IT2")],
      wIn: [cellRef(LAW.waterTotal)],
      wInPot: [cellRef("Wasser_m3")],
      eReuse: [cellRef("MP_An")],
      eRes: [cellRef(LAW.goo), cellRef(LAW.ppa), cellRef(LAW.onSite)],
    },
  };
}

export interface Kpi {
  id: "PUE" | "WUE" | "ERF" | "REF";
  value: number | null;
  unit: string;
  definition: Text;
  /** Where it differs from DE-UZ 228's and EnEfG's figure of the same name. */
  differs: Text;
  cells: CellRef[];
  error?: Text;
}

/** The four KPIs of 2024/1364 Annex III with their own definitions (secondary sources: law-notes.md [FI], [RN]). */
export function euKpis(r: Reader, q: EuQuantities = euQuantities(r)): Kpi[] {
  const k = (id: Kpi["id"], f: () => number | null, unit: string, definition: Text, differs: Text, cells: CellRef[]): Kpi => {
    const a = attempt(() => f() ?? NaN);
    return { id, value: a.value !== null && Number.isFinite(a.value) ? a.value : null, unit, definition, differs, cells, ...(a.error ? { error: a.error } : {}) };
  };
  const need = (...v: (number | null)[]) => v.every((x) => x !== null);
  return [
    k("PUE", () => (need(q.eDc, q.eIt) ? pue(q.eDc!, q.eIt!) : null), "", { de: "PUE = E_DC / E_IT", en: "PUE = E_DC / E_IT" }, {
      de: "E_DC zählt auch Brennstoffe und andere Energie zur Kühlung; die Abwärmeaufwertung wird nicht abgezogen (anders als DE-UZ 228, 3.2.7 und EnEfG § 11 Abs. 2 Satz 3; UNVERIFIED).",
      en: "E_DC also counts fuels and other energy for cooling; heat-upgrade electricity is not taken off (unlike DE-UZ 228, 3.2.7 and EnEfG § 11(2) S. 3; UNVERIFIED).",
    }, [...q.cells.eDc, ...q.cells.eIt]),
    k("WUE", () => (need(q.wIn, q.eIt) ? wue(q.wIn!, q.eIt!) : null), "m³/MWh", { de: "WUE = W_IN / E_IT (E_IT in MWh)", en: "WUE = W_IN / E_IT (E_IT in MWh)" }, {
      de: "Alles zugeführte Wasser W_IN, nicht nur Trinkwasser wie DE-UZ 228 (Wasser_m3); m³/MWh ist zahlengleich mit l/kWh.",
      en: "All water input W_IN, not only drinking water as DE-UZ 228 (Wasser_m3); m³/MWh equals l/kWh in number.",
    }, [...q.cells.wIn, ...q.cells.eIt]),
    k("ERF", () => (need(q.eReuse, q.eDc) ? erf(q.eReuse!, q.eDc!) : null), "", { de: "ERF = E_REUSE / E_DC", en: "ERF = E_REUSE / E_DC" }, {
      de: "Nenner E_DC mit Brennstoffen und Abwärmeaufwertung; DE-UZ 228 teilt durch den Strom (MP_EVU + MP_EE + MP_NEA).",
      en: "Denominator E_DC with fuels and heat upgrading; DE-UZ 228 divides by the electricity (MP_EVU + MP_EE + MP_NEA).",
    }, [...q.cells.eReuse, ...q.cells.eDc]),
    k("REF", () => (need(q.eRes, q.eDc) ? ref(q.eRes!, q.eDc!) : null), "", { de: "REF = E_RES-TOT / E_DC", en: "REF = E_RES-TOT / E_DC" }, {
      de: "Anteil an aller Energie E_DC (HKN entwertet + PPA + vor Ort); EnEfG Anlage 3 Nr. 2b und § 11 Abs. 5 meinen den Anteil am Strom.",
      en: "Share of all energy E_DC (cancelled GoOs + PPA + on-site); EnEfG Anlage 3 No. 2b and § 11(5) mean the share of electricity.",
    }, [...q.cells.eRes, ...q.cells.eDc]),
  ];
}
