/**
 * The what-if calculator: annual figures in, DE-UZ 228 key figures, limits, verdicts and headroom out.
 * Pure: every figure and limit comes from the engine; nothing touches the workbook.
 */
import { atLeast, atMost, greaterThan } from "../engine/compare";
import { parseIsoDate, toIsoDate, ymdToSerial } from "../engine/dates";
import { answer, num } from "../engine/criteria/read";
import { Inputs } from "../engine/criteria/types";
import { DeuzError } from "../engine/errors";
import { cerLimit, Limit, pueLimit } from "../engine/limits";
import { cer, erf, pue } from "../engine/metrics";
import { iteuMin } from "../engine/rules";

export interface Scenario {
  itKwh: number;
  coolingKwh: number;
  otherKwh: number;
  extractionKwh: number;
  heatRemovedKwh: number;
  reusedKwh: number;
  renewablePct: number;
  iteuPct: number;
  dcCommissioning: string;
  coolingCommissioning: string;
  reportingStart: string;
}

export const exampleScenario: Scenario = {
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

export interface Verdict {
  value: number | null;
  ok: boolean | null;
  /** Why it cannot be computed (the engine's message), when value is null. */
  problem?: string;
}

export interface WhatIfResult {
  pue: Verdict & { limit: Limit | null; headroomKwh: number | null };
  cer: Verdict & { limit: Limit | null };
  erf: Verdict;
  ref: Verdict;
  iteu: Verdict & { missingPoints: number };
}

const date = (iso: string): number | undefined => {
  const ymd = parseIsoDate(iso);
  return ymd ? ymdToSerial(ymd) : undefined;
};

function attempt<T>(f: () => T, lang: "de" | "en"): { value: T | null; problem?: string } {
  try {
    return { value: f() };
  } catch (e) {
    return { value: null, problem: e instanceof DeuzError ? e.text[lang] : String(e) };
  }
}

export function computeWhatIf(s: Scenario, lang: "de" | "en" = "de"): WhatIfResult {
  const total = s.itKwh + s.coolingKwh + s.otherKwh + s.extractionKwh;
  const dc = date(s.dcCommissioning);
  const cooling = date(s.coolingCommissioning);
  const start = date(s.reportingStart);
  const pueValue = attempt(() => pue(total, s.itKwh, s.extractionKwh), lang);
  const pLimit = dc === undefined ? null : attempt(() => pueLimit(dc, start), lang).value;
  const cerValue = attempt(() => cer(s.heatRemovedKwh, s.coolingKwh), lang);
  const cLimit = cooling === undefined ? null : attempt(() => cerLimit(cooling, start, dc), lang).value;
  const erfValue = attempt(() => erf(s.reusedKwh, total), lang);
  const share = s.renewablePct / 100;
  const iteu = s.iteuPct / 100;
  return {
    pue: {
      ...pueValue,
      limit: pLimit,
      ok: pueValue.value === null || !pLimit ? null : atMost(pueValue.value, pLimit.limit),
      // 3.2.7: how much more overhead (non-IT energy in the PUE) fits under the limit
      headroomKwh: pLimit && s.itKwh > 0 ? pLimit.limit * s.itKwh - (total - s.extractionKwh) : null,
    },
    cer: { ...cerValue, limit: cLimit, ok: cerValue.value === null || !cLimit ? null : greaterThan(cerValue.value, cLimit.limit) },
    erf: { ...erfValue, ok: erfValue.value === null ? null : greaterThan(erfValue.value, 0) },
    ref: { value: share, ok: share >= 0 && share <= 1 ? atLeast(share, 1) : null },
    iteu: { value: iteu, ok: iteu >= 0 && iteu <= 1 ? atLeast(iteu, iteuMin) : null, missingPoints: Math.max(0, (iteuMin - iteu) * 100) },
  };
}

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
