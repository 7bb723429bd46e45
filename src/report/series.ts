/**
 * The monthly figures the report's charts show, computed by the engine's own functions from the cells the
 * applicant fills (Anlage 3.4 for energy, Anlage 4.2 for CPU utilisation), never from a cell the template
 * computes. The annual figures beside them are the engine's (pueFigure, cerFigure, itLoad …): the same numbers
 * `deuz check` judges, so a chart never shows an annual value of its own (nobody averages monthly ratios).
 */
import { edate } from "../engine/dates";
import { DeuzError } from "../engine/errors";
import { cer, pue, ref } from "../engine/metrics";
import {
  cerFigure, completeMonths, erfFigure, extractionInCooling, itLoad, ItLoad, KeyFigure, meter, months, Months, pueFigure, renewableShare, serverRows, sum,
} from "../engine/criteria/figures";
import { Reader } from "../engine/criteria/reader";
import { Inputs } from "../engine/criteria/types";
import { CER_METERS, Meter, PUE_METERS } from "../engine/criteria/vocabulary";
import { coverageMin, iteuMin } from "../engine/rules";

/** One calendar month of the reporting period (its first row in Anlage 3.4). */
export interface MonthPoint {
  /** The month as the row gives it (an Excel date serial). */
  month: number;
  /** The row within Anlage 3.4's table, 0-based. */
  row: number;
  /** Electricity of the data centre, MP_EVU + MP_EE + MP_NEA; null when one of them is blank. */
  total: number | null;
  it: number | null;
  cooling: number | null;
  other: number | null;
  extraction: number | null;
  heatRemoved: number | null;
  reused: number | null;
  renewable: number | null;
  /** Ratios of the month, for information only (3.2.7: the annual figure is a ratio of the sums). */
  pue: number | null;
  cer: number | null;
  renewableShare: number | null;
}

export interface CpuMonth {
  /** The month the column stands for (first month of the period + k), null without a period. */
  month: number | null;
  /** The column of CPU_Auslastung, 0-based ("M1" is 0). */
  column: number;
  /** The mean over the servers counted (3.3.3 Anhang D 1), null when none has a value that month. */
  mean: number | null;
  servers: number;
}

export interface Series {
  months: Months;
  points: MonthPoint[];
  pue: KeyFigure;
  cer: KeyFigure & { unanswered: boolean };
  renewable: ReturnType<typeof renewableShare>;
  erf: ReturnType<typeof erfFigure>;
  /** Sums over the months of the period (a month once), as the criteria take them. */
  sums: Record<Meter | "total", number>;
  /** 3.2.7's sums: over the months with every PUE meter (the months PUE is computed over). */
  pueSums: { total: number; it: number; extraction: number };
  /** 3.2.8's sums: over the months with every CER meter; `excluded` comes off MP_KS (3.2.8, Version 2). */
  cerSums: { heat: number; cooling: number; excluded: number };
  it: ItLoad;
  cpu: CpuMonth[];
  limits: { iteu: number; coverage: number };
}

/** A ratio of one month, or null where the engine refuses it (IT above the total, a division by zero). */
function attempt(f: () => number): number | null {
  try {
    const v = f();
    return Number.isFinite(v) ? v : null;
  } catch (e) {
    if (e instanceof DeuzError) return null;
    throw e;
  }
}

const METER_NAMES: Meter[] = ["MP_EVU", "MP_EE", "MP_NEA", "MP_IT2", "MP_KS", "MP_So", "MP_KE", "MP_RZ", "MP_An", "Wasser_m3", "MP_Auskopplung", "Strom_erneuerbar_kWh"];

export function seriesOf(inputs: Inputs): Series {
  const r = new Reader(inputs);
  const m = months(r);
  const inKs = extractionInCooling(r, m.rows);
  const points: MonthPoint[] = m.rows.map((i) => {
    const v = (name: Meter) => meter(r, name, i);
    const parts = [v("MP_EVU"), v("MP_EE"), v("MP_NEA")];
    const total = parts.every((p) => p !== null) ? (parts as number[]).reduce((a, b) => a + b, 0) : null;
    const it = v("MP_IT2");
    const extraction = v("MP_Auskopplung");
    const heatRemoved = v("MP_RZ");
    const cooling = v("MP_KS");
    const renewable = v("Strom_erneuerbar_kWh");
    // 3.2.8: the extraction energy comes off MP_KS only where MP_KS contains it (as cerFigure takes it)
    const excluded = inKs.excluded > 0 ? extraction ?? 0 : 0;
    return {
      month: r.date("Monat", i)!,
      row: i,
      total, it, cooling, extraction, heatRemoved, renewable,
      other: v("MP_So"),
      reused: v("MP_An"),
      pue: total !== null && it !== null ? attempt(() => pue(total, it, extraction ?? 0)) : null,
      cer: heatRemoved !== null && cooling !== null && !inKs.unanswered ? attempt(() => cer(heatRemoved, cooling, excluded)) : null,
      renewableShare: total !== null && renewable !== null ? attempt(() => ref(renewable, total)) : null,
    };
  }).sort((a, b) => a.month - b.month);
  const sums = Object.fromEntries(METER_NAMES.map((n) => [n, sum(r, n, m.rows)])) as Record<Meter | "total", number>;
  sums.total = sums.MP_EVU + sums.MP_EE + sums.MP_NEA;
  const it = itLoad(r);
  const pueRows = completeMonths(r, m, PUE_METERS).rows;
  const cerRows = completeMonths(r, m, CER_METERS).rows;
  const pueSums = {
    total: sum(r, "MP_EVU", pueRows) + sum(r, "MP_EE", pueRows) + sum(r, "MP_NEA", pueRows),
    it: sum(r, "MP_IT2", pueRows),
    extraction: sum(r, "MP_Auskopplung", pueRows),
  };
  const cerSums = { heat: sum(r, "MP_RZ", cerRows), cooling: sum(r, "MP_KS", cerRows), excluded: extractionInCooling(r, cerRows).excluded };
  return {
    months: m, points, sums, it, pueSums, cerSums,
    pue: pueFigure(r, m),
    cer: cerFigure(r, m),
    renewable: renewableShare(r, m),
    erf: erfFigure(r, m),
    cpu: cpuMonths(r, m),
    limits: { iteu: iteuMin, coverage: coverageMin },
  };
}

/**
 * 3.3.3, Anhang D 1: per month of Anlage 4.2 the mean CPU utilisation over the servers counted (servers of
 * Anlage 4.1 without GPU, each once); ITEU_SV is the mean of these (itLoad computes it the same way).
 */
function cpuMonths(r: Reader, m: Months): CpuMonth[] {
  const rows = serverRows(r).counted;
  const width = r.matrix("CPU_Auslastung")[0]?.length ?? 0;
  const out: CpuMonth[] = [];
  for (let c = 0; c < width; c++) {
    let total = 0;
    let n = 0;
    for (const i of rows) {
      const v = r.share("CPU_Auslastung", i, c);
      if (v !== null) {
        total += v;
        n++;
      }
    }
    out.push({ month: m.period.from === null ? null : edate(m.period.from, c), column: c, mean: n ? total / n : null, servers: n });
  }
  return out;
}
