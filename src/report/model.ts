/**
 * The Energieeffizienzbericht (3.1.2) as data: cover, summary, one section per criterion in the order of
 * Anlage 2 (what it requires, the figures and the cells they come from, the Nachweis, the findings with what to
 * do, its charts), and the integrity findings. Pure: made from the inputs, the findings and an address
 * function, with no file and no DOM, so the command line renders it as HTML and the task pane may draw the same
 * charts.
 *
 * Rule sets: the findings may carry a `ruleSet` (issue 13: the law's rule sets); the report groups by it, DE-UZ
 * 228 first, and shows a roadmap when one is given. Today every finding is DE-UZ 228's.
 */
import { criteria, rolesOf } from "../engine/criteria";
import { Text } from "../engine/errors";
import { CellRef, Finding, Inputs, Status } from "../engine/criteria/types";
import { Reader } from "../engine/criteria/reader";
import { EDITION } from "../engine/edition";
import { Chart, chartsOf } from "./charts";
import { amount, date, Lang, number, percent, ratio } from "./format";
import { draftRequirements, lawRequirements, requirements, Source } from "./requirements";
import { seriesOf, Series } from "./series";
import { roleWords, statusSigns, statusWords, words } from "./text";

export interface ReportFinding extends Finding {
  /** The rule set the finding belongs to (default "de-uz-228"). */
  ruleSet?: string;
}

export interface RuleSet {
  id: string;
  title: Text;
  edition: string;
  /** A draft, not law (enefg-2026-entwurf): its changed criteria take the draft's requirement texts. */
  draft?: boolean;
}

/** A dated requirement of a rule set (issue 13's roadmap). */
export interface RoadmapEntry {
  ruleSet: string;
  id: string;
  /** ISO date from which it binds. */
  from: string;
  limit: number | string | null;
  value: number | string | null;
  met: boolean | null;
  text?: Text;
}

/** A cell the template computes that holds something else (src/workbook/integrity.ts `Overwritten`). */
export interface IntegrityItem {
  name: string;
  cell: string;
  found: string | number | boolean | null;
  expected: string;
  message: Text;
}

export const DEUZ_228: RuleSet = { id: "de-uz-228", title: { de: "Blauer Engel DE-UZ 228 „Rechenzentren“", en: "Blue Angel DE-UZ 228 \"Data Centres\"" }, edition: EDITION };

export interface ReportOptions {
  lang: Lang;
  /** The date the report is made as of (an Excel serial); shown on the cover. */
  asOf: number;
  /** The workbook's file name, shown on the cover. */
  file: string;
  /** Where a cell is ("'Anlage 3.9'!B4"). */
  address(ref: CellRef): string;
  overwritten?: IntegrityItem[];
  ruleSets?: RuleSet[];
  roadmap?: RoadmapEntry[];
}

export interface SummaryRow {
  id: string;
  title: string;
  status: Status;
  statusText: string;
  value: Finding["value"] | null;
  limit: Finding["limit"] | null;
  valueText: string;
  limitText: string;
}

export interface FigureRow {
  label: string;
  value: string;
  cells: string[];
}

export interface Message {
  kind: "fail" | "missing" | "note" | "info";
  text: string;
  cells: string[];
}

export interface Section {
  id: string;
  title: string;
  anlage: string;
  status: Status;
  statusText: string;
  requirement: string;
  nachweis: string;
  figures: FigureRow[];
  sources: { name: string; cells: string }[];
  messages: Message[];
  charts: Chart[];
  /** Names of the charts the section would show, were there data ("keine Daten"). */
  missingCharts: string[];
}

export interface Group {
  ruleSet: RuleSet;
  summary: SummaryRow[];
  sections: Section[];
}

export interface ReportModel {
  lang: Lang;
  meta: {
    dataCentre: string;
    site: string;
    applicant: string;
    roles: string[];
    period: string;
    application: string;
    asOf: string;
    file: string;
    ruleSets: RuleSet[];
  };
  counts: Record<Status, number>;
  groups: Group[];
  roadmap: RoadmapEntry[];
  integrity: IntegrityItem[];
  /** True when no chart has a value (an empty template). */
  noData: boolean;
}

/** The charts each criterion shows, for the "keine Daten" line where a chart has nothing to draw. */
const CHARTS_OF: Record<string, Text> = {
  "3.2.2": { de: "Strom je Monat nach Verbrauchern", en: "Electricity by month and consumer" },
  "3.2.4": { de: "Anteil erneuerbaren Stroms je Monat", en: "Renewable share by month" },
  "3.2.7": { de: "PUE je Monat und im Jahr", en: "PUE by month and for the year" },
  "3.2.8": { de: "CER je Monat und im Jahr", en: "CER by month and for the year" },
  "3.2.10": { de: "Genutzte Abwärme je Monat", en: "Waste heat used by month" },
  "3.3.2": { de: "Erfassungsgrad des IT-Monitorings", en: "Coverage of the IT monitoring" },
  "3.3.3": { de: "Mittlere CPU-Auslastung je Monat (ITEU_SV)", en: "Mean CPU utilisation by month (ITEU_SV)" },
};

/** How a criterion's value and limit read: shares in %, key figures with their decimals, else as they are. */
const KIND: Record<string, "percent" | "ratio2" | "ratio3" | "density"> = {
  "3.2.4": "percent", "3.3.2": "percent", "3.3.3": "percent",
  "3.2.7": "ratio2", "3.2.8": "ratio2", "3.2.10": "ratio3", "3.2.12": "density",
};

/** How each limit compares (3.2.7 PUE ≤, 3.2.8 CER >, 3.2.10 ERF >, the shares ≥). */
const LIMIT_SIGN: Record<string, string> = { "3.2.7": "≤", "3.2.8": ">", "3.2.10": ">", "3.2.4": "≥", "3.3.2": "≥", "3.3.3": "≥" };

export function limitText(id: string, limit: Finding["limit"] | undefined, lang: Lang): string {
  // ERF > 0 (3.2.10): a zero is a zero, not "0,000"
  const v = limit === 0 ? "0" : valueText(id, limit, lang);
  return v && LIMIT_SIGN[id] ? `${LIMIT_SIGN[id]} ${v}` : v;
}

export function valueText(id: string, v: Finding["value"] | Finding["limit"] | undefined, lang: Lang, limit?: Finding["limit"]): string {
  if (v === null || v === undefined || v === "") return "";
  if (typeof v === "boolean") return v ? words[lang].yes : words[lang].no;
  if (typeof v !== "number") return String(v);
  const l = typeof limit === "number" ? limit : null;
  switch (KIND[id]) {
    case "percent":
      return percent(v, lang, l);
    case "ratio2":
      return ratio(v, lang, l, 2);
    case "ratio3":
      return ratio(v, lang, l, 3);
    case "density":
      return `${number(v, lang, 2, 2)} kW/m²`;
    default:
      return number(v, lang, 4);
  }
}

/** The cells of a source: a single cell, the named range, or the rows of the period / filled rows within it. */
function sourceCells(src: Source, r: Reader, s: Series, address: (ref: CellRef) => string): string {
  if (!r.has(src.name)) return "–";
  const rows = src.rows === "period" ? s.months.rows : src.rows === "filled" ? r.filledRows(src.name) : null;
  if (!rows) return address({ name: src.name });
  if (!rows.length) return address({ name: src.name });
  const lo = Math.min(...rows);
  const hi = Math.max(...rows);
  const first = address({ name: src.name, row: lo });
  if (lo === hi) return first;
  const last = address({ name: src.name, row: hi });
  return `${first}:${last.slice(last.lastIndexOf("!") + 1)}`;
}

/** The figures a criterion rests on, with the cells they come from. */
function figuresOf(id: string, f: Finding, s: Series, r: Reader, lang: Lang, span: (name: string) => string): FigureRow[] {
  const de = lang === "de";
  const kwh = (v: number) => amount(v, "kWh", lang);
  const row = (label: string, value: string, ...names: string[]): FigureRow => ({ label, value, cells: names.map(span).filter((c) => c !== "–") });
  const p = s.months.period;
  switch (id) {
    case "3.2.2":
      return [
        row(de ? "Berichtszeitraum" : "Reporting period", `${date(p.start, lang)} – ${date(p.end, lang)} (${p.months ?? "–"} ${de ? "Monate" : "months"})`, "Berichtszeitraum_Beginn", "Berichtszeitraum_Ende"),
        row(de ? "Monate mit Zeile in Anlage 3.4" : "Months with a row in Anlage 3.4", number(s.months.rows.length, lang), "Monat"),
        row(de ? "Vollständige Monate / nötig" : "Complete months / needed", String(f.value ?? "–"), "MP_EVU", "Wasser_m3"),
        row(de ? "Strombedarf RZ gesamt (MP_EVU + MP_EE + MP_NEA)" : "Total electricity (MP_EVU + MP_EE + MP_NEA)", kwh(s.sums.total), "MP_EVU", "MP_EE", "MP_NEA"),
        row(de ? "Strombedarf IT (MP_IT2)" : "IT electricity (MP_IT2)", kwh(s.sums.MP_IT2), "MP_IT2"),
        row(de ? "Strombedarf Kühlsystem (MP_KS)" : "Cooling electricity (MP_KS)", kwh(s.sums.MP_KS), "MP_KS"),
        row(de ? "Strombedarf Sonstiges (MP_So)" : "Other electricity (MP_So)", kwh(s.sums.MP_So), "MP_So"),
        row(de ? "Trinkwasser" : "Drinking water", amount(s.sums.Wasser_m3, "m³", lang), "Wasser_m3"),
      ];
    case "3.2.4":
      return [
        row(de ? "Strom aus erneuerbaren Energien" : "Renewable electricity", kwh(s.renewable.renewable), "Strom_erneuerbar_kWh"),
        row(de ? "Strombedarf RZ gesamt" : "Total electricity", kwh(s.renewable.total), "MP_EVU", "MP_EE", "MP_NEA"),
        row(de ? "Anteil erneuerbar" : "Renewable share", percent(s.renewable.value, lang, 1)),
      ];
    case "3.2.7":
      return [
        row(de ? "Strombedarf RZ gesamt (MP_EVU + MP_EE + MP_NEA)" : "Total electricity (MP_EVU + MP_EE + MP_NEA)", kwh(s.pueSums.total), "MP_EVU", "MP_EE", "MP_NEA"),
        row(de ? "Strombedarf IT (MP_IT2)" : "IT electricity (MP_IT2)", kwh(s.pueSums.it), "MP_IT2"),
        row(de ? "Energie zur Abwärmeauskopplung (geht nicht ein)" : "Energy to extract waste heat (left out)", kwh(s.pueSums.extraction), "MP_Auskopplung"),
        row(de ? "Monate mit allen PUE-Messwerten (über sie die Summen)" : "Months with every PUE meter (the sums run over them)", number(s.pue.months, lang)),
        row(de ? "PUE = (Σ gesamt − Σ Auskopplung) ÷ Σ IT" : "PUE = (Σ total − Σ extraction) ÷ Σ IT", ratio(s.pue.value, lang, s.pue.limit)),
        row(de ? "Grenzwert (Tabelle 2/3, nach Inbetriebnahme)" : "Limit (Tabelle 2/3, by commissioning)", s.pue.limit === null ? "–" : `≤ ${ratio(s.pue.limit, lang)}`, "Inbetriebnahme_RZ"),
        row(de ? "Ende des Bilanzzeitraums / Antragsdatum (≤ 3 Monate)" : "End of the balance period / application date (≤ 3 months)", `${date(p.end, lang)} / ${date(r.date("Antragsdatum"), lang)}`, "Berichtszeitraum_Ende", "Antragsdatum"),
      ];
    case "3.2.8":
      return [
        row(de ? "Wärmeabfuhr (MP_RZ)" : "Heat removed (MP_RZ)", amount(s.cerSums.heat, "kWh_th", lang), "MP_RZ"),
        row(de ? "Strombedarf Kühlsystem (MP_KS)" : "Cooling electricity (MP_KS)", kwh(s.cerSums.cooling), "MP_KS"),
        row(de ? "Davon Abwärmeauskopplung (geht nicht ein)" : "Of which heat extraction (left out)", kwh(s.cerSums.excluded), "MP_Auskopplung", "Auskopplung_in_MP_KS"),
        row(de ? "Monate mit allen CER-Messwerten (über sie die Summen)" : "Months with every CER meter (the sums run over them)", number(s.cer.months, lang)),
        row(de ? "CER = Σ MP_RZ ÷ (Σ MP_KS − Auskopplung)" : "CER = Σ MP_RZ ÷ (Σ MP_KS − extraction)", ratio(s.cer.value, lang, s.cer.limit)),
        row(de ? "Grenzwert (Tabelle 4/5): größer als" : "Limit (Tabelle 4/5): above", s.cer.limit === null ? "–" : ratio(s.cer.limit, lang), "Inbetriebnahme_Kuehlsystem"),
      ];
    case "3.2.10":
      return [
        row(de ? "Genutzte Abwärme (MP_An)" : "Waste heat used (MP_An)", amount(s.sums.MP_An, "kWh_th", lang), "MP_An"),
        row(de ? "Strombedarf RZ gesamt" : "Total electricity", kwh(s.sums.total), "MP_EVU", "MP_EE", "MP_NEA"),
        row("ERF = Σ MP_An ÷ Σ gesamt", ratio(s.erf.value, lang, 0, 3)),
        row(de ? "Inbetriebnahme des Rechenzentrums" : "Data centre commissioned", date(r.date("Inbetriebnahme_RZ"), lang), "Inbetriebnahme_RZ"),
        row(de ? "Elektrische Anschlussleistung" : "Electrical connection power", amount(r.number("Anschlussleistung_kW", "kW"), "kW", lang), "Anschlussleistung_kW"),
      ];
    case "3.2.12": {
      const power = r.number("IT_Gesamtleistung_kW", "kW");
      const per = (name: string, label: string) => {
        const a = r.number(name, "m2");
        return row(label, power !== null && a !== null && a > 0 ? `${number(power / a, lang, 2, 2)} kW/m²` : "–", "IT_Gesamtleistung_kW", name);
      };
      const part = r.yesNo("Teilflaeche") === true;
      return [
        row(de ? "IT-Gesamtleistung" : "IT total power", amount(power, "kW", lang), "IT_Gesamtleistung_kW"),
        ...(part
          ? [per("Flaeche_NF_m2", de ? "je genutzter Fläche (NF)" : "per used area (NF)")]
          : [per("Flaeche_BGF_m2", de ? "je Bruttogrundfläche (BGF)" : "per gross floor area (BGF)"), per("Flaeche_BF_m2", de ? "je bebauter Fläche (BF)" : "per built-up area (BF)")]),
        per("Flaeche_ITF_m2", de ? "je IT-Fläche (ITF)" : "per IT floor area (ITF)"),
      ];
    }
    case "3.3.2":
      return [
        row(de ? "Server ohne GPU (Anlage 4.1)" : "Servers without GPU (Anlage 4.1)", number(s.it.servers, lang), "IT_Typ"),
        row(de ? "GPU-Server (nicht in ITEU_SV)" : "GPU servers (not in ITEU_SV)", number(s.it.gpuServers, lang), "IT_GPU"),
        row(de ? "Davon erfasst (Datenreihe ≥ 3 Monate)" : "Monitored (series ≥ 3 months)", number(s.it.monitored, lang), "CPU_Server_ID", "CPU_Auslastung"),
        row(de ? "Erfassungsgrad Server" : "Server coverage", percent(s.it.serverCoverage.value, lang, s.limits.coverage)),
        row(de ? "Erfassungsgrad Speicherkapazität" : "Storage capacity coverage", percent(s.it.storageCoverage.value, lang, s.limits.coverage), "IT_Kapazitaet_GB", "IT_Monitoring"),
        row(de ? "Monate mit CPU-Werten / mit Speicherwerten" : "Months with CPU values / storage values", `${s.it.cpuMonths} / ${s.it.storageMonths}`, "CPU_Auslastung", "Speicher_belegt_GB"),
      ];
    case "3.3.3":
      return [
        row(de ? "Server in ITEU_SV (ohne GPU)" : "Servers in ITEU_SV (without GPU)", number(s.it.rows.counted.length, lang), "CPU_Server_ID"),
        row(de ? "Monate mit Werten" : "Months with values", number(s.it.cpuMonths, lang), "CPU_Auslastung"),
        row(de ? "ITEU_SV (Mittel der Monatswerte)" : "ITEU_SV (mean of the monthly values)", percent(s.it.iteu, lang, s.limits.iteu)),
        row(de ? "Mindestwert" : "Minimum", `≥ ${percent(s.limits.iteu, lang)}`),
      ];
    default: {
      const v = valueText(id, f.value, lang, f.limit);
      return v ? [row(words[lang].value, v)] : [];
    }
  }
}

export function buildReport(inputs: Inputs, findings: ReportFinding[], options: ReportOptions): ReportModel {
  const { lang, address } = options;
  const w = words[lang];
  const r = new Reader(inputs);
  const s = seriesOf(inputs);
  const charts = chartsOf(s, lang);
  const text = (name: string) => {
    const v = r.raw(name);
    return v === null || v === undefined || typeof v === "object" || String(v).trim() === "" ? w.unknown : String(v).trim();
  };
  const p = s.months.period;
  const ruleSets = options.ruleSets ?? [DEUZ_228];
  const counts: Record<Status, number> = { pass: 0, fail: 0, missing: 0, not_applicable: 0 };
  for (const f of findings) counts[f.status]++;
  const catalogue = new Map(criteria.map((c) => [c.id, c]));
  const span = (name: string) => {
    const src = Object.values(requirements).flatMap((q) => q.sources).find((x) => x.name === name) ?? { name };
    return sourceCells(src, r, s, address);
  };

  const groups: Group[] = ruleSets.map((ruleSet) => {
    const own = findings.filter((f) => (f.ruleSet ?? DEUZ_228.id) === ruleSet.id);
    const summary: SummaryRow[] = own.map((f) => ({
      id: f.id, title: f.title[lang], status: f.status, statusText: `${statusSigns[f.status]} ${statusWords[lang][f.status]}`,
      value: f.value ?? null, limit: f.limit ?? null,
      valueText: valueText(f.id, f.value, lang, f.limit), limitText: limitText(f.id, f.limit, lang),
    }));
    const sections: Section[] = own.map((f) => {
      const c = catalogue.get(f.id);
      // the law's criteria (EnEfG, EU report; the draft reuses the EnEfG ids) have their own table
      const req = (ruleSet.draft ? draftRequirements[f.id] : undefined) ?? requirements[f.id] ?? lawRequirements[f.id];
      const cells = (refs: CellRef[]) => refs.map((ref) => address(ref));
      const messages: Message[] = [];
      if ((f.status === "fail" || f.status === "missing") && f.message[lang]) messages.push({ kind: f.status, text: f.message[lang], cells: cells(f.cells) });
      if (f.status === "not_applicable") messages.push({ kind: "info", text: f.message[lang] || w.notApplicable, cells: [] });
      if (f.note) messages.push({ kind: "note", text: f.note.message[lang], cells: cells(f.note.cells) });
      const own = f.status === "not_applicable" ? [] : charts.filter((ch) => ch.criterion === f.id);
      const wanted = CHARTS_OF[f.id];
      return {
        id: f.id, title: f.title[lang], anlage: f.anlage, status: f.status, statusText: `${statusSigns[f.status]} ${statusWords[lang][f.status]}`,
        requirement: req?.text[lang] ?? "",
        nachweis: c?.nachweis[lang] ?? "",
        figures: f.status === "not_applicable" ? [] : figuresOf(f.id, f, s, r, lang, span),
        sources: (req?.sources ?? []).filter((src) => r.has(src.name)).map((src) => ({ name: src.name, cells: sourceCells(src, r, s, address) })),
        messages,
        charts: own,
        missingCharts: wanted && !own.length && f.status !== "not_applicable" ? [wanted[lang]] : [],
      };
    });
    return { ruleSet, summary, sections };
  });

  return {
    lang,
    meta: {
      dataCentre: text("RZ_Name"),
      site: text("RZ_Standort"),
      applicant: text("Antragsteller"),
      roles: rolesOf(inputs).map((role) => roleWords[lang][role]),
      period: p.start === null && p.end === null ? w.unknown : `${date(p.start, lang)} – ${date(p.end, lang)}`,
      application: r.date("Antragsdatum") === null ? w.unknown : date(r.date("Antragsdatum"), lang),
      asOf: date(options.asOf, lang),
      file: options.file,
      ruleSets,
    },
    counts,
    groups,
    roadmap: options.roadmap ?? [],
    integrity: options.overwritten ?? [],
    noData: charts.length === 0,
  };
}
