/**
 * The report's charts, each tied to its criterion: the monthly energy split (3.2.2), the renewable share (3.2.4),
 * monthly PUE against its limit with the annual ratio of sums (3.2.7), CER by month (3.2.8), heat reused
 * (3.2.10), server and storage coverage (3.3.2), ITEU_SV by month against 20 % (3.3.3). Each is a ChartSpec
 * (svg.ts draws it) and the same numbers as a table, its text alternative. A chart without a value is left out
 * (the section says "keine Daten").
 */
import { amount, Lang, monthCategory, monthName, number, percent, ratio } from "./format";
import { Series } from "./series";
import { ChartSpec, PAINTS } from "./svg";

export interface ChartTable {
  head: string[];
  rows: string[][];
  /** Months as columns, series as rows (the monthly charts: 13 narrow columns print better than 12 tall rows). */
  transpose?: boolean;
}

export interface Chart {
  /** The criterion whose section shows it. */
  criterion: string;
  spec: ChartSpec;
  table: ChartTable;
}

const T = {
  de: {
    pueTitle: "PUE je Monat und im Jahr (3.2.7)",
    pueAxis: "PUE (kWh gesamt ÷ kWh IT)",
    pueMonth: "PUE des Monats (nur Information)",
    above: "Monat über dem Grenzwert",
    limit: "Grenzwert",
    annual: "Jahreswert",
    annualRatio: "Jahreswert: Verhältnis der Summen (Σ gesamt ÷ Σ IT)",
    cerAnnualRatio: "Jahreswert: Verhältnis der Summen (Σ Wärme ÷ Σ Kühlung)",
    notAbove: "Monat nicht über dem Grenzwert",
    energyTitle: "Strom je Monat nach Verbrauchern (3.2.2)",
    energyAxis: "Strom (MWh)",
    it: "IT (MP_IT2)",
    cooling: "Kühlsystem (MP_KS)",
    other: "Sonstiges (MP_So)",
    extraction: "Abwärmeauskopplung (MP_Auskopplung)",
    total: "Gesamt (MP_EVU + MP_EE + MP_NEA)",
    cerTitle: "CER je Monat und im Jahr (3.2.8)",
    cerAxis: "CER (kWh_th ÷ kWh Kühlung)",
    cerMonth: "CER des Monats (nur Information)",
    heatTitle: "Genutzte Abwärme je Monat (3.2.10)",
    heatAxis: "Wärme (MWh_th)",
    reused: "Genutzte Abwärme (MP_An)",
    removed: "Wärmeabfuhr (MP_RZ)",
    renewableTitle: "Anteil erneuerbaren Stroms je Monat (3.2.4)",
    renewableAxis: "Anteil erneuerbar (%)",
    renewableMonth: "Anteil des Monats",
    below: "Monat unter der Anforderung",
    required: "Anforderung",
    renewableKwh: "Erneuerbar (kWh)",
    iteuTitle: "Mittlere CPU-Auslastung der Server je Monat (3.3.3)",
    iteuAxis: "CPU-Auslastung (%)",
    iteuMonth: "Monatsmittel über die Server (ohne GPU)",
    iteuAnnual: "ITEU_SV: Mittel der Monatswerte",
    minimum: "Mindestwert",
    servers: "Server mit Wert",
    coverageTitle: "Erfassungsgrad des IT-Monitorings (3.3.2)",
    coverageAxis: "Erfasst (%)",
    serverCat: "Server (ohne GPU)",
    storageCat: "Speicherkapazität",
    coverage: "Erfassungsgrad",
    covered: "Erfasst",
    of: "von",
    month: "Monat",
    monthsOf: "Monate",
    pueDesc: (v: string, l: string, months: number) => `PUE im Berichtszeitraum ${v} (Verhältnis der Summen über ${months} Monate), Grenzwert ${l}; die Monatswerte dienen nur der Information.`,
    cerDesc: (v: string, l: string) => `CER im Berichtszeitraum ${v}, Grenzwert: größer als ${l}.`,
    energyDesc: (t: string) => `Strombedarf des Rechenzentrums je Monat nach IT, Kühlsystem, Sonstigem und Abwärmeauskopplung; gesamt im Berichtszeitraum ${t}.`,
    heatDesc: (t: string, erf: string) => `Genutzte Abwärme im Berichtszeitraum ${t}, ERF ${erf}.`,
    renewableDesc: (v: string) => `Anteil erneuerbaren Stroms im Berichtszeitraum ${v}; verlangt sind 100 %.`,
    iteuDesc: (v: string) => `ITEU_SV ${v} als Mittel der Monatswerte; verlangt sind mindestens 20 %.`,
    coverageDesc: (s: string, c: string) => `Erfassungsgrad der Server ${s}, der Speicherkapazität ${c}; verlangt sind je 90 %.`,
  },
  en: {
    pueTitle: "PUE by month and for the year (3.2.7)",
    pueAxis: "PUE (kWh total ÷ kWh IT)",
    pueMonth: "Monthly PUE (information only)",
    above: "Month above the limit",
    limit: "Limit",
    annual: "Year",
    annualRatio: "Year: ratio of the sums (Σ total ÷ Σ IT)",
    cerAnnualRatio: "Year: ratio of the sums (Σ heat ÷ Σ cooling)",
    notAbove: "Month not above the limit",
    energyTitle: "Electricity by month and consumer (3.2.2)",
    energyAxis: "Electricity (MWh)",
    it: "IT (MP_IT2)",
    cooling: "Cooling (MP_KS)",
    other: "Other (MP_So)",
    extraction: "Heat extraction (MP_Auskopplung)",
    total: "Total (MP_EVU + MP_EE + MP_NEA)",
    cerTitle: "CER by month and for the year (3.2.8)",
    cerAxis: "CER (kWh_th ÷ kWh cooling)",
    cerMonth: "Monthly CER (information only)",
    heatTitle: "Waste heat used by month (3.2.10)",
    heatAxis: "Heat (MWh_th)",
    reused: "Waste heat used (MP_An)",
    removed: "Heat removed (MP_RZ)",
    renewableTitle: "Renewable share of electricity by month (3.2.4)",
    renewableAxis: "Renewable share (%)",
    renewableMonth: "Share of the month",
    below: "Month below the requirement",
    required: "Required",
    renewableKwh: "Renewable (kWh)",
    iteuTitle: "Mean CPU utilisation of the servers by month (3.3.3)",
    iteuAxis: "CPU utilisation (%)",
    iteuMonth: "Monthly mean over the servers (without GPU)",
    iteuAnnual: "ITEU_SV: mean of the monthly values",
    minimum: "Minimum",
    servers: "Servers with a value",
    coverageTitle: "Coverage of the IT monitoring (3.3.2)",
    coverageAxis: "Covered (%)",
    serverCat: "Servers (without GPU)",
    storageCat: "Storage capacity",
    coverage: "Coverage",
    covered: "Covered",
    of: "of",
    month: "Month",
    monthsOf: "months",
    pueDesc: (v: string, l: string, months: number) => `PUE in the reporting period ${v} (ratio of the sums over ${months} months), limit ${l}; the monthly values are for information only.`,
    cerDesc: (v: string, l: string) => `CER in the reporting period ${v}, limit: above ${l}.`,
    energyDesc: (t: string) => `The data centre's electricity by month, split into IT, cooling, other and heat extraction; total in the reporting period ${t}.`,
    heatDesc: (t: string, erf: string) => `Waste heat used in the reporting period ${t}, ERF ${erf}.`,
    renewableDesc: (v: string) => `Renewable share of the electricity in the reporting period ${v}; 100 % is required.`,
    iteuDesc: (v: string) => `ITEU_SV ${v} as the mean of the monthly values; at least 20 % is required.`,
    coverageDesc: (s: string, c: string) => `Coverage of the servers ${s}, of the storage capacity ${c}; 90 % each is required.`,
  },
};

const has = (values: (number | null)[]) => values.some((v) => v !== null);
const MWh = (v: number | null) => (v === null ? null : v / 1000);

/** Every chart of the workbook that has a value to show, in the order of the criteria. */
export function chartsOf(s: Series, lang: Lang): Chart[] {
  const t = T[lang];
  const out: Chart[] = [];
  const pts = s.points;
  const categories = pts.map((p, i) => monthCategory(p.month, lang, i === 0));
  const monthCol = (p: { month: number }) => monthName(p.month, lang, true);
  const kwh = (v: number | null) => (v === null ? "–" : number(v, lang));
  const mwhTick = (v: number) => number(v, lang, 0);
  const pctTick = (v: number) => `${number(v * 100, lang, 0)} %`;

  // 3.2.2: the energy split, stacked, with the total beside it
  const split = [
    { name: t.it, values: pts.map((p) => MWh(p.it)), paint: PAINTS.blue },
    { name: t.cooling, values: pts.map((p) => MWh(p.cooling)), paint: PAINTS.sky },
    { name: t.other, values: pts.map((p) => MWh(p.other)), paint: PAINTS.orange },
    { name: t.extraction, values: pts.map((p) => MWh(p.extraction)), paint: PAINTS.vermillion },
  ];
  if (split.some((x) => has(x.values))) {
    const withExtraction = has(split[3].values) && split[3].values.some((v) => v !== 0);
    out.push({
      criterion: "3.2.2",
      spec: {
        id: "chart-energy", title: t.energyTitle, description: t.energyDesc(amount(s.sums.total, "kWh", lang)), yLabel: t.energyAxis, categories, stacked: true, tick: mwhTick,
        series: [
          ...split.filter((x, k) => k < 3 || withExtraction).map((x) => ({ kind: "bar" as const, ...x })),
          { kind: "line", name: t.total, values: pts.map((p) => MWh(p.total)), colour: "#1a1a1a" },
        ],
      },
      table: {
        head: [t.month, `${t.it}, kWh`, `${t.cooling}, kWh`, `${t.other}, kWh`, `${t.extraction}, kWh`, `${t.total}, kWh`],
        rows: pts.map((p) => [monthCol(p), kwh(p.it), kwh(p.cooling), kwh(p.other), kwh(p.extraction), kwh(p.total)]),
        transpose: true,
      },
    });
  }

  // 3.2.4: the renewable share by month against 100 %
  const shares = pts.map((p) => p.renewableShare);
  if (has(shares)) {
    const annual = s.renewable.value;
    out.push({
      criterion: "3.2.4",
      spec: {
        id: "chart-renewable", title: t.renewableTitle, description: t.renewableDesc(percent(annual, lang, 1)), yLabel: t.renewableAxis, categories, tick: pctTick, yMax: 1,
        series: [{ kind: "line", name: t.renewableMonth, values: shares, colour: PAINTS.green.colour, flagged: { test: (v) => v < 1 - 1e-9, name: t.below } }],
        references: [
          { name: `${t.required} 100 %`, value: 1, style: "limit", label: `${t.required} 100 %` },
          ...(annual !== null ? [{ name: t.annual, value: annual, style: "annual" as const, label: `${t.annual} ${percent(annual, lang, 1)}` }] : []),
        ],
      },
      table: {
        head: [t.month, t.renewableKwh, `${t.total}, kWh`, t.renewableMonth],
        rows: pts.map((p) => [monthCol(p), kwh(p.renewable), kwh(p.total), percent(p.renewableShare, lang, 1)]),
        transpose: true,
      },
    });
  }

  // 3.2.7: monthly PUE, its limit, and the annual ratio of sums as a line (never a mean of the months)
  const pues = pts.map((p) => p.pue);
  if (has(pues)) {
    const limit = s.pue.limit;
    const annual = s.pue.value;
    out.push({
      criterion: "3.2.7",
      spec: {
        id: "chart-pue", title: t.pueTitle, description: t.pueDesc(ratio(annual, lang, limit), limit === null ? "–" : `≤ ${ratio(limit, lang)}`, s.pue.months),
        yLabel: t.pueAxis, categories, tick: (v) => number(v, lang, 2, 2), yMin: 1,
        series: [{ kind: "line", name: t.pueMonth, values: pues, colour: PAINTS.blue.colour, ...(limit !== null ? { flagged: { test: (v: number) => v > limit + 1e-9, name: t.above } } : {}) }],
        references: [
          ...(limit !== null ? [{ name: `${t.limit} ≤ ${ratio(limit, lang)}`, value: limit, style: "limit" as const, label: `${t.limit} ${ratio(limit, lang)}` }] : []),
          ...(annual !== null ? [{ name: t.annualRatio, value: annual, style: "annual" as const, label: `${t.annual} ${ratio(annual, lang, limit)}` }] : []),
        ],
      },
      table: {
        head: [t.month, `${t.total}, kWh`, `${t.it}, kWh`, `${t.extraction}, kWh`, t.pueMonth],
        rows: pts.map((p) => [monthCol(p), kwh(p.total), kwh(p.it), kwh(p.extraction), ratio(p.pue, lang, limit, 3)]),
        transpose: true,
      },
    });
  }

  // 3.2.8: CER by month, its limit (strictly above), the annual ratio of sums
  const cers = pts.map((p) => p.cer);
  if (has(cers)) {
    const limit = s.cer.limit;
    const annual = s.cer.value;
    out.push({
      criterion: "3.2.8",
      spec: {
        id: "chart-cer", title: t.cerTitle, description: t.cerDesc(ratio(annual, lang, limit), limit === null ? "–" : ratio(limit, lang)), yLabel: t.cerAxis, categories, tick: (v) => number(v, lang, 1),
        series: [{ kind: "line", name: t.cerMonth, values: cers, colour: PAINTS.vermillion.colour, ...(limit !== null ? { flagged: { test: (v: number) => v <= limit + 1e-9, name: t.notAbove } } : {}) }],
        references: [
          ...(limit !== null ? [{ name: `${t.limit} > ${ratio(limit, lang)}`, value: limit, style: "limit" as const, label: `${t.limit} ${ratio(limit, lang)}` }] : []),
          ...(annual !== null ? [{ name: t.cerAnnualRatio, value: annual, style: "annual" as const, label: `${t.annual} ${ratio(annual, lang, limit)}` }] : []),
        ],
      },
      table: {
        head: [t.month, `${t.removed}, kWh_th`, `${t.cooling}, kWh`, t.cerMonth],
        rows: pts.map((p) => [monthCol(p), kwh(p.heatRemoved), kwh(p.cooling), ratio(p.cer, lang, limit, 2)]),
        transpose: true,
      },
    });
  }

  // 3.2.10: heat reused by month
  const reused = pts.map((p) => p.reused);
  if (has(reused)) {
    out.push({
      criterion: "3.2.10",
      spec: {
        id: "chart-heat", title: t.heatTitle, description: t.heatDesc(amount(s.sums.MP_An, "kWh_th", lang), ratio(s.erf.value, lang, 0, 3)), yLabel: t.heatAxis, categories, tick: mwhTick,
        series: [{ kind: "bar", name: t.reused, values: reused.map(MWh), paint: PAINTS.orange }],
      },
      table: {
        head: [t.month, `${t.reused}, kWh_th`, `${t.removed}, kWh_th`],
        rows: pts.map((p) => [monthCol(p), kwh(p.reused), kwh(p.heatRemoved)]),
        transpose: true,
      },
    });
  }

  // 3.3.2: server and storage coverage against 90 %
  const server = s.it.serverCoverage.value;
  const storage = s.it.storageCoverage.value;
  if (server !== null || storage !== null) {
    const min = s.limits.coverage;
    out.push({
      criterion: "3.3.2",
      spec: {
        id: "chart-coverage", title: t.coverageTitle, description: t.coverageDesc(percent(server, lang, min), percent(storage, lang, min)), yLabel: t.coverageAxis,
        categories: [{ label: t.serverCat }, { label: t.storageCat }], tick: pctTick, yMax: 1,
        series: [{ kind: "bar", name: t.coverage, values: [server, storage], paint: PAINTS.sky }],
        references: [{ name: `${t.minimum} ≥ ${percent(min, lang)}`, value: min, style: "limit", label: `${t.minimum} ${percent(min, lang)}` }],
      },
      table: {
        head: ["", t.coverage],
        rows: [[t.serverCat, `${percent(server, lang, min)} (${number(s.it.monitored, lang)} ${t.of} ${number(s.it.servers, lang)})`], [t.storageCat, percent(storage, lang, min)]],
      },
    });
  }

  // 3.3.3: ITEU_SV by month against 20 %, the annual value as the mean of the monthly values (Anhang D)
  const used = s.cpu.filter((c) => c.mean !== null);
  if (used.length) {
    const cpu = s.cpu.slice(0, Math.max(...used.map((c) => c.column)) + 1);
    const min = s.limits.iteu;
    const annual = s.it.iteu;
    out.push({
      criterion: "3.3.3",
      spec: {
        id: "chart-iteu", title: t.iteuTitle, description: t.iteuDesc(percent(annual, lang, min)), yLabel: t.iteuAxis, tick: pctTick,
        categories: cpu.map((c, i) => (c.month === null ? { label: `M${c.column + 1}` } : monthCategory(c.month, lang, i === 0))),
        series: [{ kind: "line", name: t.iteuMonth, values: cpu.map((c) => c.mean), colour: PAINTS.purple.colour, flagged: { test: (v) => v < min - 1e-9, name: t.below } }],
        references: [
          { name: `${t.minimum} ≥ ${percent(min, lang)}`, value: min, style: "limit", label: `${t.minimum} ${percent(min, lang)}` },
          ...(annual !== null ? [{ name: t.iteuAnnual, value: annual, style: "annual" as const, label: `ITEU_SV ${percent(annual, lang, min)}` }] : []),
        ],
      },
      table: {
        head: [t.month, t.iteuMonth, t.servers],
        rows: cpu.map((c) => [c.month === null ? `M${c.column + 1}` : monthName(c.month, lang, true), percent(c.mean, lang, min), number(c.servers, lang)]),
        transpose: true,
      },
    });
  }
  return out;
}

