/**
 * The criteria catalogue of DE-UZ 228, section 3: one object per criterion, in section order. Anlage 2 of
 * the template, `deuz check`, the task pane and docs/criteria.md are all made from this list.
 */
import { serialToYmd } from "../dates";
import { callDeuz } from "../formulas";
import { coverageMin, iteuMin, seriesMonthsMin, wasteHeatRuleApplies } from "../rules";
import { answer, answers, cell, check, column, isBlankValue, num, raw, YES } from "./read";
import { CellRef, CellValue, Criterion, Evaluation, Inputs, isCellError, Role } from "./types";
import { Text } from "../errors";

const ALL: Role[] = ["rzBetreiber", "rzDienstleister", "itBetreiber"];
const RZ: Role[] = ["rzBetreiber", "rzDienstleister"];
const DL: Role[] = ["rzDienstleister"];
const IT: Role[] = ["itBetreiber"];

const none: Text = { de: "", en: "" };
/** A figure for a message: three decimals at most, German with a decimal comma. */
const shown = (v: number | null): Text =>
  v === null ? { de: "?", en: "?" } : { de: String(Math.round(v * 1000) / 1000).replace(".", ","), en: String(Math.round(v * 1000) / 1000) };
const pass = (value?: Evaluation["value"], limit?: Evaluation["limit"]): Evaluation => ({ status: "pass", value, limit, cells: [], message: none });
const fail = (cells: CellRef[], message: Text, value?: Evaluation["value"], limit?: Evaluation["limit"]): Evaluation => ({ status: "fail", value, limit, cells, message });
const missing = (cells: CellRef[], message: Text, value?: Evaluation["value"], limit?: Evaluation["limit"]): Evaluation => ({ status: "missing", value, limit, cells, message });

/** A criterion made of Ja/Nein declarations: every one must be Ja. */
function declarations(names: string[], where: string, section: string, what: Text): (inputs: Inputs) => Evaluation {
  return (inputs) => {
    const { no, blank } = answers(inputs, names);
    const count = names.length - no.length - blank.length;
    const value = `${count}/${names.length}`;
    if (no.length) {
      return fail(no, {
        de: `${section}: ${no.length} Angabe(n) in ${where} mit „Nein“ (${what.de}). Erst erfüllen, dann „Ja“ eintragen.`,
        en: `${section}: ${no.length} answer(s) in ${where} are "No" (${what.en}). Meet them, then answer "Yes".`,
      }, value);
    }
    if (blank.length) {
      return missing(blank, {
        de: `${section}: ${blank.length} Angabe(n) in ${where} fehlen. Ja oder Nein eintragen.`,
        en: `${section}: ${blank.length} answer(s) in ${where} are missing. Answer Yes or No.`,
      }, value);
    }
    return pass(value);
  };
}

/** Positions (0-based rows) of a table whose first column is filled. */
function filledRows(inputs: Inputs, name: string): number[] {
  return column(inputs, name).flatMap((v, i) => (isBlankValue(v) ? [] : [i]));
}

/** The inputs without which PUE (3.2.7) and CER (3.2.8) cannot be judged. */
export const PUE_NEEDS = ["Inbetriebnahme_RZ", "Berichtszeitraum_Beginn", "Berichtszeitraum_Ende", "Antragsdatum"];
export const CER_NEEDS = ["Inbetriebnahme_Kuehlsystem", "Inbetriebnahme_RZ", "Berichtszeitraum_Beginn", "Berichtszeitraum_Ende"];

const METERS = ["MP_EVU", "MP_EE", "MP_NEA", "MP_IT2", "MP_KS", "MP_So", "MP_KE", "MP_RZ", "MP_An", "Wasser_m3"];
const NON_NEGATIVE = [...METERS, "MP_Auskopplung", "Strom_erneuerbar_kWh"];

/** The calendar month of an Excel date serial, as year × 12 + month. */
function monthKey(serialDate: number): number {
  const { year, month } = serialToYmd(serialDate);
  return year * 12 + month;
}

/** The meters a key figure is computed from (3.2.2's list): PUE from the total and IT, CER from heat and cooling. */
export const PUE_METERS = ["MP_EVU", "MP_EE", "MP_NEA", "MP_IT2"];
export const CER_METERS = ["MP_RZ", "MP_KS"];

/**
 * 3.2.2: the months of the reporting period with their rows, blanks, negatives and duplicates. A month is
 * complete when every meter of `required` holds a value ≥ 0 (for 3.2.2 every meter, and no negative anywhere
 * in its row; for PUE and CER the meters they are computed from).
 */
export function monitoring(inputs: Inputs, required: string[] = METERS) {
  const judged = required === METERS ? NON_NEGATIVE : required;
  const start = num(inputs, "Zeitraum_von");
  const end = num(inputs, "Zeitraum_bis");
  const months = column(inputs, "Monat");
  const values = Object.fromEntries(NON_NEGATIVE.map((n) => [n, column(inputs, n)]));
  const blanks: CellRef[] = [];
  const negatives: CellRef[] = [];
  /** Rows repeating a calendar month of an earlier row: their values would be counted twice in the sums. */
  const duplicates: CellRef[] = [];
  const seen = new Set<number>();
  let inPeriod = 0;
  let complete = 0;
  months.forEach((_, i) => {
    for (const n of NON_NEGATIVE) {
      const v = values[n][i];
      if (typeof v === "number" && v < 0) negatives.push(cell(n, i));
    }
  });
  months.forEach((m, i) => {
    if (typeof m !== "number") return;
    const key = monthKey(m);
    const repeated = seen.has(key);
    seen.add(key);
    if (start === null || end === null || m < start || m > end) return;
    if (repeated) {
      duplicates.push(cell("Monat", i));
      return;
    }
    inPeriod++;
    let ok = true;
    for (const n of judged) {
      const v = values[n][i];
      if (typeof v === "number" && v < 0) {
        ok = false;
      } else if (required.includes(n) && typeof v !== "number") {
        blanks.push(cell(n, i));
        ok = false;
      }
    }
    if (ok) complete++;
  });
  const periodMonths = num(inputs, "Monate_Berichtszeitraum");
  return { start, end, inPeriod, complete, blanks, negatives, duplicates, periodMonths };
}

function periodInputs(inputs: Inputs): CellRef[] {
  return ["Berichtszeitraum_Beginn", "Berichtszeitraum_Ende"].filter((n) => isBlankValue(raw(inputs, n))).map((n) => cell(n));
}

/**
 * An annual key figure against its limit (3.2.7, 3.2.8), "im Jahresdurchschnitt": judged on 12 complete months
 * of the meters it is computed from. A part of the year that breaks the limit proves nothing about the year
 * (the missing months may be the winter), so until then the figure is *fehlt* (docs/interpretations.md).
 */
function keyFigure(
  section: string,
  figure: string,
  limitName: string,
  checkName: string,
  needs: string[],
  meters: string[],
  label: string,
  rule: Text,
  plan: { value: string; limit: string; check: string },
  /** An answer the figure needs under a condition, blank: it names the cell and says what to enter. */
  pending: (inputs: Inputs) => { cell: CellRef; message: Text } | null = () => null,
): (inputs: Inputs) => Evaluation {
  return (inputs) => {
    const value = num(inputs, figure);
    const limit = num(inputs, limitName);
    const ok = check(inputs, checkName);
    const m = monitoring(inputs, meters);
    const unanswered = pending(inputs);
    const blank = needs.filter((n) => isBlankValue(raw(inputs, n))).map((n) => cell(n));
    // a year measured in full that breaks the limit fails, whatever else is missing (the application date …)
    const yearIncomplete = ok === null || m.complete < 12 || unanswered !== null;
    const measuredIncomplete = yearIncomplete || blank.length > 0;
    if (ok === false && !yearIncomplete) {
      return fail([cell(figure)], {
        de: `${section}: ${label} ${shown(value).de} hält den Grenzwert ${shown(limit).de} nicht ein (${rule.de}). Werte in Anlage 3.4 prüfen oder Effizienz verbessern.`,
        en: `${section}: ${label} ${shown(value).en} does not meet the limit ${shown(limit).en} (${rule.en}). Check the values in Anlage 3.4 or improve efficiency.`,
      }, value, limit);
    }
    // Ausnahme 2: less than 15 months old at application, the planned value stands in for 12 measured months
    const planned = check(inputs, plan.check);
    if (measuredIncomplete && check(inputs, "Ausnahme2_anwendbar") === true && planned !== null) {
      const pv = num(inputs, plan.value);
      const pl = num(inputs, plan.limit);
      if (!planned) {
        return fail([cell(plan.value)], {
          de: `${section}, Ausnahme 2: der geplante ${label} ${shown(pv).de} hält den Grenzwert ${shown(pl).de} nach 12 Monaten nicht ein (${rule.de}). Planung überarbeiten.`,
          en: `${section}, exception 2: the planned ${label} ${shown(pv).en} does not meet the limit ${shown(pl).en} after 12 months (${rule.en}). Revise the plan.`,
        }, pv, pl);
      }
      return pass(pv, pl);
    }
    if (measuredIncomplete && unanswered && blank.length === 0) return missing([unanswered.cell], unanswered.message, value, limit);
    if (measuredIncomplete) {
      const cells = blank.length ? blank : m.blanks.length ? m.blanks : [cell(figure)];
      const partial = ok === false
        ? { de: ` Über die erfassten Monate liegt ${label} bei ${shown(value).de} (Grenzwert ${shown(limit).de}); es entscheidet das ganze Jahr.`, en: ` Over the months given, ${label} is ${shown(value).en} (limit ${shown(limit).en}); the whole year decides.` }
        : none;
      return missing(cells, {
        de: `${section}: ${label} ist nicht für 12 vollständige Monate berechenbar (${m.complete}/12 Monate mit ${meters.join(", ")}). Fehlende Angaben in Stammdaten und Anlage 3.4 ergänzen.${partial.de}`,
        en: `${section}: ${label} cannot be computed for 12 complete months (${m.complete}/12 months with ${meters.join(", ")}). Fill in the missing data in Stammdaten and Anlage 3.4.${partial.en}`,
      }, value, limit);
    }
    return pass(value, limit);
  };
}

/**
 * 3.2.5 (and 3.2.10's "ERF … veröffentlicht (vgl. Abschnitt 3.2.5)"): PUE, CER, ERF and WUE published yearly,
 * or the security exception claimed.
 */
function erfPublication(inputs: Inputs): "ok" | "no" | "blank" {
  if (answer(inputs, "Sicherheitsausnahme") === true) return "ok";
  const published = answer(inputs, "Kennzahlen_veroeffentlicht");
  return published === true ? "ok" : published === false ? "no" : "blank";
}

/**
 * 3.2.8 (Version 2): the energy to extract waste heat does not count in E_KS. It comes off MP_KS only where
 * MP_KS measures it, so once heat is extracted the applicant says whether it does (docs/interpretations.md).
 */
function extractionMetered(inputs: Inputs): { cell: CellRef; message: Text } | null {
  if ((num(inputs, "Jahr_Auskopplung_kWh") ?? 0) <= 0 || answer(inputs, "Auskopplung_in_MP_KS") !== null) return null;
  return {
    cell: cell("Auskopplung_in_MP_KS"),
    message: {
      de: "3.2.8: Es wird Abwärme ausgekoppelt (MP_Auskopplung > 0). In Anlage 3.9 mit Ja/Nein angeben, ob der Zähler MP_KS diese Energie enthält; nur dann wird sie von E_KS abgezogen.",
      en: "3.2.8: waste heat is extracted (MP_Auskopplung > 0). Answer Yes/No in Anlage 3.9 whether meter MP_KS includes this energy; only then is it taken off E_KS.",
    },
  };
}

/**
 * A cell value as Excel's exact MATCH compares it: text without regard to case, numbers as numbers (the
 * text "1001" does not match the number 1001).
 */
function matchKey(v: CellValue): string | null {
  if (isBlankValue(v) || isCellError(v)) return null;
  return typeof v === "string" ? `t:${v.toLowerCase()}` : `${typeof v}:${String(v)}`;
}

const sameWord = (v: CellValue, words: string[]) => typeof v === "string" && words.some((w) => w.toLowerCase() === v.toLowerCase());

/**
 * 3.3.2, 3.3.3 Ausnahme 2: the rows of Anlage 4.2 that cannot count as a monitored server. A row must name
 * (CPU_Server_ID) a server of Anlage 4.1 that is not a GPU server, each server once; a row with CPU values
 * needs its ID. `wrong` holds the rows naming something else (not in 4.1, not a server, a GPU server, a
 * server named in an earlier row), `unnamed` the rows with values and an empty ID cell (as COUNTIFS's ""
 * criterion reads it; an ID of blanks is neither); first rows first.
 */
export function serverRows(inputs: Inputs) {
  const ids = column(inputs, "CPU_Server_ID");
  const cpu = inputs.has("CPU_Auslastung") ? inputs.matrix("CPU_Auslastung") : [];
  // Anlage 4.1: the first row of each ID, as MATCH finds it
  const inventory = new Map<string, number>();
  column(inputs, "IT_ID").forEach((v, i) => {
    const key = matchKey(v);
    if (key !== null && !inventory.has(key)) inventory.set(key, i);
  });
  const types = column(inputs, "IT_Typ");
  const gpu = column(inputs, "IT_GPU");
  const firstRow = new Map<string, number>();
  ids.forEach((v, i) => {
    const key = matchKey(v);
    if (key !== null && !firstRow.has(key)) firstRow.set(key, i);
  });
  const wrong: { cell: CellRef; id: string; why: "unknown" | "gpu" | "duplicate" }[] = [];
  const unnamed: CellRef[] = [];
  ids.forEach((v, i) => {
    const key = matchKey(v);
    if (key === null) {
      if ((v === null || v === "") && (cpu[i] ?? []).some((x) => typeof x === "number")) unnamed.push(cell("CPU_Server_ID", i));
      return;
    }
    const at = inventory.get(key);
    const why = at === undefined || !sameWord(types[at], ["Server"]) ? "unknown" : sameWord(gpu[at], YES) ? "gpu" : firstRow.get(key) !== i ? "duplicate" : null;
    if (why) wrong.push({ cell: cell("CPU_Server_ID", i), id: String(v), why });
  });
  return { wrong, unnamed };
}

/**
 * 3.3.1: the rows of Anlage 4.1 whose ID (IT_ID) an earlier row already has, compared as Excel's exact MATCH
 * compares (matchKey), first rows first. One device, one row: an ID twice is a device counted twice in
 * Server_gesamt and the storage capacity (3.3.2), or two devices no one can tell apart in Anlage 4.2.
 */
export function inventoryDuplicates(inputs: Inputs): { cell: CellRef; id: string }[] {
  const seen = new Set<string>();
  const out: { cell: CellRef; id: string }[] = [];
  column(inputs, "IT_ID").forEach((v, i) => {
    const key = matchKey(v);
    if (key === null) return;
    if (seen.has(key)) out.push({ cell: cell("IT_ID", i), id: String(v) });
    else seen.add(key);
  });
  return out;
}

/** Table rows that fail a per-row rule, and rows whose data are incomplete. */
function rows(inputs: Inputs, first: string, rule: (i: number) => "ok" | "fail" | "missing" | "skip", failCell: string, missingCells: (i: number) => string[]) {
  const failing: CellRef[] = [];
  const incomplete: CellRef[] = [];
  for (const i of filledRows(inputs, first)) {
    const r = rule(i);
    if (r === "fail") failing.push(cell(failCell, i));
    if (r === "missing") for (const n of missingCells(i)) if (isBlankValue(column(inputs, n)[i])) incomplete.push(cell(n, i));
  }
  return { failing, incomplete };
}

/**
 * 3.3.1: the kinds the IT inventory must list, with the words of Anlage 4.1 that name them; storage systems
 * are disks (Speicher) or tape (Bandspeicher, 1.3 "Band-Speicher").
 */
export const IT_REQUIRED: { de: string; en: string; words: string[] }[] = [
  { de: "Server", en: "Server", words: ["Server"] },
  { de: "Speicher", en: "Storage", words: ["Speicher", "Storage", "Bandspeicher", "Tape storage"] },
  { de: "Netzwerk", en: "Network", words: ["Netzwerk", "Network"] },
];

const refrigerantKindWords = ["Kältetechnik", "Refrigeration", "Wärmepumpe", "Heat pump", "Entfeuchter", "Dehumidifier"];
const switchgearWords = ["Schaltanlage", "Switchgear"];

export const criteria: Criterion[] = [
  {
    id: "3.1.1",
    title: { de: "Energiemanagementsystem", en: "Energy management system" },
    roles: ALL,
    anlage: "Anlage 3.1",
    nachweis: { de: "Anlage 3.1: Beschreibung des Energiemanagementsystems zu den acht Punkten", en: "Anlage 3.1: description of the energy management system on the eight points" },
    evaluate: declarations(
      ["EnMS_Strategie", "EnMS_Zustaendigkeiten", "EnMS_Messkonzept", "EnMS_Ziele", "EnMS_Bereichsuebergreifend", "EnMS_KVP", "EnMS_TCO", "EnMS_Umweltzeichen"],
      "Anlage 3.1", "3.1.1", { de: "Punkte des Energiemanagementsystems", en: "points of the energy management system" },
    ),
  },
  {
    id: "3.1.2",
    title: { de: "Energieeffizienzbericht bei Antragstellung", en: "Energy efficiency report at application" },
    roles: ALL,
    anlage: "Anlage 2",
    nachweis: { de: "Gutachten eines in Anlage B (Liste der Auditoren) benannten Auditors", en: "Report of an auditor named in Anlage B (list of auditors)" },
    // checkAll adds the other criteria: the report must show every requirement met. Here, Abschnitt 2: an
    // applicant that operates IT only is labelled only within a data centre that holds DE-UZ 228
    evaluate(inputs) {
      const itOnly = answer(inputs, "Rolle_IT_Betreiber") === true && answer(inputs, "Rolle_RZ_Betreiber") !== true && answer(inputs, "Rolle_RZ_Dienstleister") !== true;
      const certified = answer(inputs, "RZ_zertifiziert");
      if (!itOnly || certified === true) return pass();
      const scope = {
        de: "Abschnitt 2: Ein IT-Betreiber ohne RZ-Betrieb kann das Umweltzeichen nur für IT in einem mit DE-UZ 228 zertifizierten Rechenzentrum erhalten",
        en: "Section 2: an IT operator that does not run the data centre can hold the label only for IT in a data centre certified to DE-UZ 228",
      };
      if (certified === false) {
        return fail([cell("RZ_zertifiziert")], {
          de: `3.1.2, ${scope.de}. Das Rechenzentrum ist laut Stammdaten nicht zertifiziert: erst dessen Zertifizierung, oder den RZ-Betrieb mit beantragen (Rollen).`,
          en: `3.1.2, ${scope.en}. Stammdaten says it is not: the data centre is certified first, or its operation is applied for as well (roles).`,
        });
      }
      return missing([cell("RZ_zertifiziert")], {
        de: `3.1.2, ${scope.de}. In Stammdaten mit Ja/Nein angeben, ob es zertifiziert ist.`,
        en: `3.1.2, ${scope.en}. Answer Yes/No in Stammdaten whether it is.`,
      });
    },
  },
  {
    id: "3.1.3",
    title: { de: "Energieeffizienzbericht zur Abschlussevaluation", en: "Energy efficiency report for the final evaluation" },
    roles: ALL,
    anlage: "Anlage 2",
    nachweis: { de: "Aktualisierte Anlage 2, spätestens 6 Monate vor Vertragsende", en: "Updated Anlage 2, at the latest 6 months before the contract ends" },
    evaluate: () => ({
      status: "not_applicable",
      cells: [],
      message: { de: "3.1.3 gilt erst 6 Monate vor Ende der Vertragslaufzeit.", en: "3.1.3 applies only 6 months before the contract ends." },
    }),
  },
  {
    id: "3.2.1",
    title: { de: "Messkonzept technische Gebäudeausrüstung (TGA)", en: "Metering concept for building services" },
    roles: RZ,
    anlage: "Anlage 3.2, 3.3",
    nachweis: { de: "Anlagen 3.2 und 3.3: Anlagenschemata Strom und Kälte mit Messpunkten", en: "Anlagen 3.2 and 3.3: electricity and cooling schematics with meter points" },
    evaluate: declarations(
      ["Messkonzept_Schema_Strom", "Messkonzept_Schema_Kaelte", "Messkonzept_Messpunkte", "Messkonzept_Berechnung", "Messkonzept_Zaehler_Auskopplung"],
      "Anlage 3.2-3.3", "3.2.1", { de: "Messkonzept", en: "metering concept" },
    ),
  },
  {
    id: "3.2.2",
    title: { de: "Monitoring Energie, Klima und Wasser", en: "Monitoring of energy, cooling and water" },
    roles: RZ,
    anlage: "Anlage 3.4",
    nachweis: { de: "Anlage 3.4: Monatswerte mindestens der 12 Monate vor Antragstellung", en: "Anlage 3.4: monthly values of at least the 12 months before the application" },
    evaluate(inputs) {
      const m = monitoring(inputs);
      // 12 months; under Ausnahme 2 (3.2.7/3.2.8) the months since commissioning (Monate_noetig, docs/interpretations.md)
      const needed = num(inputs, "Monate_noetig") ?? 12;
      const value = `${m.complete}/${needed}`;
      if (m.negatives.length) {
        return fail(m.negatives, {
          de: `3.2.2: ${m.negatives.length} negative Messwerte in Anlage 3.4. Zählerstände in Verbräuche umrechnen; Energien sind ≥ 0.`,
          en: `3.2.2: ${m.negatives.length} negative meter values in Anlage 3.4. Convert meter readings into consumption; energies are ≥ 0.`,
        }, value, needed);
      }
      if (m.duplicates.length) {
        return fail(m.duplicates, {
          de: `3.2.2: ${m.duplicates.length} Monat(e) stehen mehrfach in Anlage 3.4; ihre Werte zählten doppelt. Je Monat genau eine Zeile.`,
          en: `3.2.2: ${m.duplicates.length} month(s) appear more than once in Anlage 3.4; their values would count twice. One row per month.`,
        }, value, needed);
      }
      if (m.periodMonths !== null && m.periodMonths !== needed) {
        return fail([cell("Berichtszeitraum_Beginn"), cell("Berichtszeitraum_Ende")], {
          de: `3.2.2: Der Berichtszeitraum umfasst ${m.periodMonths} Monate; nötig sind 12 (unter Ausnahme 2 von 3.2.7/3.2.8 weniger, wenn er spätestens im Monat nach der Inbetriebnahme beginnt). Beginn und Ende in Stammdaten korrigieren.`,
          en: `3.2.2: the reporting period spans ${m.periodMonths} months; 12 are required (under exception 2 of 3.2.7/3.2.8 fewer, if it starts at the latest in the month after commissioning). Correct start and end in Stammdaten.`,
        }, value, needed);
      }
      const period = periodInputs(inputs);
      if (period.length) {
        return missing(period, { de: "3.2.2: Berichtszeitraum in Stammdaten eintragen.", en: "3.2.2: enter the reporting period in Stammdaten." }, value, needed);
      }
      if (m.complete < needed) {
        const absent = needed - m.inPeriod;
        const cells = m.blanks.length ? m.blanks : [cell("Monat")];
        return missing(cells, {
          de: `3.2.2: ${needed - m.complete} Monat(e) des Berichtszeitraums unvollständig${absent > 0 ? `, ${absent} ohne Zeile in Anlage 3.4` : ""}. Alle Messwerte MP_EVU … MP_An und Wasser eintragen (0 ist ein Wert).`,
          en: `3.2.2: ${needed - m.complete} month(s) of the reporting period incomplete${absent > 0 ? `, ${absent} without a row in Anlage 3.4` : ""}. Fill in every value MP_EVU … MP_An and water (0 is a value).`,
        }, value, needed);
      }
      return pass(value, needed);
    },
  },
  {
    id: "3.2.3",
    title: { de: "Inventarliste Kältetechnik und Energieversorgung", en: "Inventory of cooling and power supply" },
    roles: RZ,
    anlage: "Anlage 3.5",
    nachweis: { de: "Anlage 3.5: Inventarliste der TGA", en: "Anlage 3.5: building-services inventory" },
    evaluate(inputs) {
      const kinds = column(inputs, "TGA_Art");
      const required: [string, string][] = [["Kältetechnik", "Refrigeration"], ["USV", "UPS"], ["Schaltanlage", "Switchgear"], ["NEA", "Generator"]];
      const absent = required.filter((words) => !kinds.some((k) => typeof k === "string" && words.includes(k)));
      const undated = filledRows(inputs, "TGA_Art").filter((i) => isBlankValue(column(inputs, "TGA_Datum")[i])).map((i) => cell("TGA_Datum", i));
      const value = filledRows(inputs, "TGA_Art").length;
      if (absent.length || undated.length) {
        return missing(absent.length ? [cell("TGA_Art")] : undated, {
          de: `3.2.3: ${absent.length ? `In Anlage 3.5 fehlen: ${absent.map((w) => w[0]).join(", ")}. ` : ""}${undated.length ? `${undated.length} Anlage(n) ohne Datum der Inbetriebnahme. ` : ""}Inventarliste vervollständigen.`,
          en: `3.2.3: ${absent.length ? `Anlage 3.5 lacks: ${absent.map((w) => w[1]).join(", ")}. ` : ""}${undated.length ? `${undated.length} plant(s) without a commissioning date. ` : ""}Complete the inventory.`,
        }, value);
      }
      return pass(value);
    },
  },
  {
    id: "3.2.4",
    title: { de: "Erneuerbare Energien", en: "Renewable energy" },
    roles: RZ,
    anlage: "Anlage 3.6",
    nachweis: { de: "Anlage 3.6: Stromliefervertrag, PPA, Herkunftsnachweise; bei Ausnahme Liefermenge und Kompensationszertifikate", en: "Anlage 3.6: supply contract, PPA, guarantees of origin; with the exception the delivery and compensation certificates" },
    evaluate(inputs) {
      const share = num(inputs, "Anteil_erneuerbar");
      const ok = check(inputs, "Erneuerbar_Pruefung");
      if (ok === false) {
        return fail([cell("Anteil_erneuerbar"), cell("Bezug_ueber_Dritte")], {
          de: `3.2.4: Der Strom ist nur zu ${share === null ? "?" : Math.round(share * 1000) / 10} % erneuerbar und die Ausnahme (Bezug über Dritte, ≤ 20 %, Kompensation) greift nicht. 100 % erneuerbaren Strom beziehen.`,
          en: `3.2.4: only ${share === null ? "?" : Math.round(share * 1000) / 10} % of the electricity is renewable and the exception (third party, ≤ 20 %, compensation) does not hold. Buy 100 % renewable electricity.`,
        }, share, 1);
      }
      if (ok === null) {
        // the exception claimed (Bezug über Dritte): its delivery and the certificates' answer, when blank
        const claimed = answer(inputs, "Bezug_ueber_Dritte") === true;
        const exceptionBlank = claimed ? ["EVU_Liefermenge_Dritter_kWh", "Kompensationszertifikate"].filter((n) => isBlankValue(raw(inputs, n))).map((n) => cell(n)) : [];
        if (exceptionBlank.length && num(inputs, "Jahr_Gesamt_kWh") !== null) {
          return missing(exceptionBlank, {
            de: "3.2.4, Ausnahme: Strombezug über einen Dritten. In Anlage 3.6 die Liefermenge des EVU an den Dritten und Ja/Nein zu den Kompensationszertifikaten (Anhang B) eintragen.",
            en: "3.2.4, exception: electricity through a third party. Enter in Anlage 3.6 what the utility delivered to the third party and Yes/No for the compensation certificates (Anhang B).",
          }, share, 1);
        }
        return missing([cell("Strom_erneuerbar_kWh")], {
          de: "3.2.4: Erneuerbaren Strom je Monat in Anlage 3.4 eintragen (und ggf. die Angaben zur Ausnahme in Anlage 3.6).",
          en: "3.2.4: enter the renewable electricity per month in Anlage 3.4 (and the exception's data in Anlage 3.6 if used).",
        }, share, 1);
      }
      return pass(share, 1);
    },
  },
  {
    id: "3.2.5",
    title: { de: "Öffentlich zugängliche Informationen", en: "Publicly available information" },
    roles: RZ,
    anlage: "Anlage 3.10",
    nachweis: { de: "Anlage 2: Ort der Veröffentlichung von PUE, CER, ERF, WUE (z. B. Internet-Adresse), in der Vorlage im Blatt Anlage 3.10", en: "Anlage 2: where PUE, CER, ERF, WUE are published (e.g. web address), in the template on sheet Anlage 3.10" },
    evaluate(inputs) {
      const state = erfPublication(inputs);
      if (state === "no") {
        return fail([cell("Kennzahlen_veroeffentlicht")], {
          de: "3.2.5: PUE, CER, ERF und WUE müssen jährlich veröffentlicht werden (Ausnahme nur bei Gefährdung der Sicherheit). Veröffentlichen, „Ja“ eintragen und den Ort nennen (Blatt Anlage 3.10).",
          en: "3.2.5: PUE, CER, ERF and WUE must be published yearly (exception only for security risks). Publish them, answer \"Yes\" and name the place (sheet Anlage 3.10).",
        });
      }
      if (state === "blank") {
        return missing([cell("Kennzahlen_veroeffentlicht")], {
          de: "3.2.5: Angabe zur Veröffentlichung fehlt (Blatt Anlage 3.10). Ja/Nein eintragen.",
          en: "3.2.5: the publication answer is missing (sheet Anlage 3.10). Answer Yes/No.",
        });
      }
      if (state === "ok" && answer(inputs, "Kennzahlen_veroeffentlicht") === true && isBlankValue(raw(inputs, "Kennzahlen_Ort"))) {
        return missing([cell("Kennzahlen_Ort")], {
          de: "3.2.5: Den Ort der Veröffentlichung (z. B. Internet-Adresse) für Anlage 2 nennen (Blatt Anlage 3.10).",
          en: "3.2.5: name the place of publication (e.g. web address) for Anlage 2 (sheet Anlage 3.10).",
        });
      }
      return pass();
    },
  },
  {
    id: "3.2.6.1",
    title: { de: "Informationspflichten gegenüber IT-Kunden", en: "Information duties towards IT customers" },
    roles: DL,
    anlage: "Anlage 3.7",
    nachweis: { de: "Anlage 3.7: beispielhafte Kundeninformation", en: "Anlage 3.7: a sample customer report" },
    evaluate(inputs) {
      const peak = column(inputs, "Kunde_Spitzenlast_kW");
      const info = column(inputs, "Kunde_Monatsinfo");
      const yes = (v: unknown) => (v === "Ja" || v === "Yes" ? true : v === "Nein" || v === "No" ? false : null);
      const { failing, incomplete } = rows(inputs, "Kunde_Name", (i) => {
        const p = peak[i];
        if (typeof p !== "number") return "missing";
        if (p < 5) return "ok";
        const y = yes(info[i]);
        return y === null ? "missing" : y ? "ok" : "fail";
      }, "Kunde_Monatsinfo", () => ["Kunde_Spitzenlast_kW", "Kunde_Monatsinfo"]);
      const customers = filledRows(inputs, "Kunde_Name").length;
      if (failing.length) {
        return fail(failing, {
          de: `3.2.6.1: ${failing.length} IT-Kunde(n) ab 5 kW ohne monatliche Information zu Verbrauch und Spitzenlast (Anlage 3.7-3.8). Monatlich informieren.`,
          en: `3.2.6.1: ${failing.length} IT customer(s) from 5 kW without monthly information on consumption and peak (Anlage 3.7-3.8). Inform them monthly.`,
        }, customers);
      }
      if (incomplete.length || customers === 0) {
        return missing(incomplete.length ? incomplete : [cell("Kunde_Name")], {
          de: "3.2.6.1: IT-Kunden mit Spitzenlast und Information in Anlage 3.7-3.8 eintragen.",
          en: "3.2.6.1: list the IT customers with peak load and information in Anlage 3.7-3.8.",
        }, customers);
      }
      return pass(customers);
    },
  },
  {
    id: "3.2.6.2",
    title: { de: "Finanzielle Anreize zum Einsatz energieeffizienter IT", en: "Financial incentives for energy-efficient IT" },
    roles: DL,
    anlage: "Anlage 2",
    nachweis: { de: "Vertragliche Konditionen der IT-Kunden ab 5 kW (gegenüber dem Auditor)", en: "Contract terms of IT customers from 5 kW (shown to the auditor)" },
    evaluate(inputs) {
      if (answer(inputs, "Monetaere_Abrechnung") === false) {
        return { status: "not_applicable", cells: [], message: { de: "3.2.6.2 entfällt: keine monetäre Abrechnung.", en: "3.2.6.2 does not apply: no monetary billing." } };
      }
      const peak = column(inputs, "Kunde_Spitzenlast_kW");
      const cols = ["Kunde_Preis_kWh", "Kunde_Einkaufspreis_kWh", "Kunde_Mindestabnahme_kWh", "Kunde_Freimenge_kWh"].map((n) => column(inputs, n));
      const { failing, incomplete } = rows(inputs, "Kunde_Name", (i) => {
        const p = peak[i];
        if (typeof p !== "number") return "missing";
        if (p < 5) return "skip";
        const out = callDeuz("PRICING.CHECK", cols.map((c) => c[i] as never));
        return out.ok ? (out.value ? "ok" : "fail") : "missing";
      }, "Kunde_Preis_kWh", () => ["Kunde_Spitzenlast_kW", "Kunde_Preis_kWh", "Kunde_Einkaufspreis_kWh"]);
      if (answer(inputs, "Monetaere_Abrechnung") === null) incomplete.push(cell("Monetaere_Abrechnung"));
      if (failing.length) {
        return fail(failing, {
          de: `3.2.6.2: ${failing.length} Preismodell(e) erfüllen Anhang C nicht (Preis unter Einkaufspreis, Mindestabnahme oder Freimenge). Verträge anpassen.`,
          en: `3.2.6.2: ${failing.length} price model(s) do not meet Anhang C (price below purchase price, minimum purchase or free allowance). Amend the contracts.`,
        });
      }
      if (incomplete.length) {
        return missing(incomplete, { de: "3.2.6.2: Preisangaben der IT-Kunden ab 5 kW in Anlage 3.7-3.8 ergänzen.", en: "3.2.6.2: complete the prices of IT customers from 5 kW in Anlage 3.7-3.8." });
      }
      return pass();
    },
  },
  {
    id: "3.2.6.3",
    title: { de: "Beratungsangebot zur Steigerung der Energieeffizienz", en: "Advice on energy efficiency" },
    roles: DL,
    anlage: "Anlage 3.8",
    nachweis: { de: "Anlage 3.8: Informationsangebote (Broschüren, Workshops …)", en: "Anlage 3.8: information offered (brochures, workshops …)" },
    evaluate: declarations(["Beratungsangebot"], "Anlage 3.7-3.8", "3.2.6.3", { de: "Beratungsangebot", en: "advice offered" }),
  },
  {
    id: "3.2.7",
    title: { de: "Power Usage Effectiveness (PUE)", en: "Power Usage Effectiveness (PUE)" },
    roles: RZ,
    anlage: "Anlage 3.9",
    nachweis: { de: "Anlage 3.9: Berechnung des PUE; bei Ausnahmen Planungsdaten", en: "Anlage 3.9: PUE calculation; with exceptions the planning data" },
    evaluate(inputs) {
      const period = check(inputs, "Bilanzzeitraum_Pruefung");
      if (period === false) {
        return fail([cell("Berichtszeitraum_Ende"), cell("Antragsdatum")], {
          de: "3.2.7: Das Ende des Bilanzzeitraums liegt mehr als drei Monate vor dem Antragsdatum. Einen aktuelleren Zeitraum wählen.",
          en: "3.2.7: the balance period ended more than three months before the application date. Choose a more recent period.",
        }, num(inputs, "PUE_Jahr"), num(inputs, "PUE_Grenzwert"));
      }
      const figure = keyFigure("3.2.7", "PUE_Jahr", "PUE_Grenzwert", "PUE_Pruefung", PUE_NEEDS, PUE_METERS, "PUE",
        { de: "PUE ≤ Grenzwert, Tabelle 2/3", en: "PUE ≤ limit, Tabelle 2/3" },
        { value: "PUE_Planwert", limit: "PUE_Plan_Grenzwert", check: "PUE_Plan_Pruefung" })(inputs);
      return figure;
    },
  },
  {
    id: "3.2.8",
    title: { de: "Energieeffizienz des Kühlsystems (CER)", en: "Cooling efficiency ratio (CER)" },
    roles: RZ,
    anlage: "Anlage 3.9",
    nachweis: { de: "Anlage 3.9: Q_th,RZ,a, E_KS,a und CER", en: "Anlage 3.9: Q_th,RZ,a, E_KS,a and CER" },
    evaluate: keyFigure("3.2.8", "CER_Jahr", "CER_Grenzwert", "CER_Pruefung", CER_NEEDS, CER_METERS, "CER",
      { de: "CER > Grenzwert, Tabelle 4/5", en: "CER > limit, Tabelle 4/5" },
      { value: "CER_Planwert", limit: "CER_Plan_Grenzwert", check: "CER_Plan_Pruefung" },
      extractionMetered),
  },
  {
    id: "3.2.9",
    title: { de: "Kältemittel", en: "Refrigerants" },
    roles: RZ,
    anlage: "Anlage 3.5",
    nachweis: { de: "Anlage 2: verwendete Kältemittel (aus Anlage 3.5)", en: "Anlage 2: refrigerants used (from Anlage 3.5)" },
    evaluate(inputs) {
      const kind = column(inputs, "TGA_Art");
      const date = column(inputs, "TGA_Datum");
      const power = column(inputs, "TGA_Leistung_kW");
      const refrigerant = column(inputs, "TGA_Kaeltemittel");
      const { failing, incomplete } = rows(inputs, "TGA_Art", (i) => {
        if (!refrigerantKindWords.includes(String(kind[i]))) return "skip";
        const d = date[i];
        const p = power[i];
        const r = refrigerant[i];
        if (typeof d !== "number" || typeof p !== "number") return "missing";
        // the DEUZ check itself: an exempt system (before 2013, ≤ 10 kW_th) needs no refrigerant named
        const out = callDeuz("REFRIGERANT.CHECK", [r as never, d, p]);
        return out.ok ? (out.value ? "ok" : "fail") : "missing";
      }, "TGA_Kaeltemittel", () => ["TGA_Datum", "TGA_Leistung_kW", "TGA_Kaeltemittel"]);
      if (failing.length) {
        const names = failing.map((c) => String(refrigerant[c.row!])).join(", ");
        // the value: the refrigerant of the first failing system (Anlage 2 shows the same); the message names all
        return fail(failing, {
          de: `3.2.9: ${failing.length} Anlage(n) ab 01.01.2013 über 10 kW_th mit halogeniertem Kältemittel (${names}). Auf ein halogenfreies Kältemittel (z. B. R744, R290, R717) umstellen.`,
          en: `3.2.9: ${failing.length} system(s) from 2013-01-01 above 10 kW_th use a halogenated refrigerant (${names}). Change to a halogen-free one (e.g. R744, R290, R717).`,
        }, String(refrigerant[failing[0].row!]));
      }
      if (incomplete.length) {
        return missing(incomplete, { de: "3.2.9: Datum, Leistung oder Kältemittel (nach ASHRAE 34) in Anlage 3.5 ergänzen.", en: "3.2.9: complete date, power or refrigerant (ASHRAE 34) in Anlage 3.5." });
      }
      return pass();
    },
  },
  {
    id: "3.2.10",
    title: { de: "Abwärmenutzung", en: "Waste heat use" },
    roles: RZ,
    anlage: "Anlage 3.10",
    nachweis: { de: "Anlage 3.10: Abwärmenutzung und ERF; Ort der Veröffentlichung", en: "Anlage 3.10: waste heat use and ERF; where published" },
    evaluate(inputs) {
      const erf = num(inputs, "ERF_Jahr");
      const ok = check(inputs, "Abwaerme_Pruefung");
      // the fourth point: ERF published at least yearly "(vgl. Abschnitt 3.2.5)", the publication of 3.2.5
      const commissioning = num(inputs, "Inbetriebnahme_RZ");
      const published = commissioning !== null && wasteHeatRuleApplies(commissioning) ? erfPublication(inputs) : "ok";
      if (ok === false || published === "no") {
        if (ok !== false) {
          return fail([cell("Kennzahlen_veroeffentlicht")], {
            de: "3.2.10: Für Rechenzentren ab 01.01.2023 muss der ERF mindestens jährlich veröffentlicht werden (vgl. 3.2.5). Veröffentlichen, „Ja“ in Anlage 3.10 eintragen und den Ort nennen.",
            en: "3.2.10: data centres from 2023-01-01 must publish their ERF at least yearly (cf. 3.2.5). Publish it, answer \"Yes\" in Anlage 3.10 and name the place.",
          }, erf, 0);
        }
        const cells = erf !== null && erf <= 0 ? [cell("ERF_Jahr")] : answers(inputs, ["Abwaerme_Anschluesse", "Abwaerme_veroeffentlicht"]).no;
        return fail(cells, {
          de: "3.2.10: Für Rechenzentren ab 01.01.2023 muss Abwärme genutzt werden (ERF > 0); ab 100 kW Anschlussleistung auch Anschlüsse und veröffentlichte Temperatur und Menge.",
          en: "3.2.10: data centres from 2023-01-01 must use waste heat (ERF > 0); from 100 kW connection power also connections and published temperature and amount.",
        }, erf, 0);
      }
      if (ok === true && published === "blank") {
        return missing([cell("Kennzahlen_veroeffentlicht")], {
          de: "3.2.10: Für Rechenzentren ab 01.01.2023 muss der ERF jährlich veröffentlicht werden (vgl. 3.2.5). In Anlage 3.10 angeben, ob PUE, CER, ERF und WUE veröffentlicht sind.",
          en: "3.2.10: data centres from 2023-01-01 must publish their ERF yearly (cf. 3.2.5). Answer in Anlage 3.10 whether PUE, CER, ERF and WUE are published.",
        }, erf, 0);
      }
      if (ok === null) {
        const blank = ["Inbetriebnahme_RZ", "Anschlussleistung_kW", "Abwaerme_Anschluesse", "Abwaerme_veroeffentlicht"].filter((n) => isBlankValue(raw(inputs, n))).map((n) => cell(n));
        return missing(blank.length ? blank : [cell("ERF_Jahr")], {
          de: "3.2.10: Inbetriebnahme, Anschlussleistung, genutzte Abwärme (MP_An) und die Angaben in Anlage 3.10 ergänzen.",
          en: "3.2.10: complete commissioning, connection power, waste heat used (MP_An) and the answers in Anlage 3.10.",
        }, erf, 0);
      }
      return pass(erf, 0);
    },
  },
  {
    id: "3.2.11",
    title: { de: "Elektrische Schaltanlagen", en: "Electrical switchgear" },
    roles: RZ,
    anlage: "Anlage 3.5",
    nachweis: { de: "Bestätigung in Anlage 2", en: "Confirmation in Anlage 2" },
    evaluate(inputs) {
      const kind = column(inputs, "TGA_Art");
      const date = column(inputs, "TGA_Datum");
      const medium = column(inputs, "TGA_Isoliermedium");
      const { failing, incomplete } = rows(inputs, "TGA_Art", (i) => {
        if (!switchgearWords.includes(String(kind[i]))) return "skip";
        const d = date[i];
        const m = medium[i];
        if (typeof d !== "number") return "missing";
        // the DEUZ check itself: switchgear installed before 2023 needs no medium named
        const out = callDeuz("SF6.CHECK", [m as never, d]);
        return out.ok ? (out.value ? "ok" : "fail") : "missing";
      }, "TGA_Isoliermedium", () => ["TGA_Datum", "TGA_Isoliermedium"]);
      if (failing.length) {
        return fail(failing, {
          de: `3.2.11: ${failing.length} Schaltanlage(n) ab 01.01.2023 installiert enthalten SF6. Durch SF6-freie Schaltanlagen (Vakuum, Clean Air) ersetzen.`,
          en: `3.2.11: ${failing.length} switchgear installed from 2023-01-01 contain SF6. Replace them with SF6-free switchgear (vacuum, clean air).`,
        });
      }
      if (incomplete.length) {
        return missing(incomplete, { de: "3.2.11: Installationsdatum und Isoliermedium der Schaltanlagen in Anlage 3.5 ergänzen.", en: "3.2.11: complete installation date and insulation medium of the switchgear in Anlage 3.5." });
      }
      return pass();
    },
  },
  {
    id: "3.2.12",
    title: { de: "Flächeneffizienz", en: "Area efficiency" },
    roles: RZ,
    anlage: "Flächeneffizienz",
    nachweis: { de: "Kennzahlen und Eingangsgrößen in Anlage 2", en: "Figures and their inputs in Anlage 2" },
    evaluate(inputs) {
      const partOfBuilding = answer(inputs, "Teilflaeche") === true;
      const needed = ["IT_Gesamtleistung_kW", ...(partOfBuilding ? ["Flaeche_NF_m2", "Flaeche_ITF_m2"] : ["Flaeche_BGF_m2", "Flaeche_BF_m2", "Flaeche_ITF_m2"])];
      const blank = needed.filter((n) => num(inputs, n) === null).map((n) => cell(n));
      const value = num(inputs, "Flaecheneffizienz_ITF");
      if (blank.length) {
        return missing(blank, {
          de: "3.2.12: IT-Gesamtleistung und Flächen (BGF, BF, ITF; als Mieter NF und ITF) in Stammdaten eintragen.",
          en: "3.2.12: enter IT total power and the areas (BGF, BF, ITF; tenants NF and ITF) in Stammdaten.",
        }, value);
      }
      return pass(value);
    },
  },
  {
    id: "3.2.13",
    title: { de: "Neuanschaffungen während der Vertragslaufzeit", en: "New purchases during the contract" },
    roles: RZ,
    anlage: "Anlage 3.5",
    nachweis: { de: "Fortgeschriebene Anlage 3.5", en: "Updated Anlage 3.5" },
    evaluate: declarations(["Neuanschaffungen_Prozess"], "Anlage 3.5", "3.2.13", { de: "Prüfung von Neuanschaffungen", en: "checking new purchases" }),
  },
  {
    id: "3.3.1",
    title: { de: "IT-Inventarliste", en: "IT inventory" },
    roles: IT,
    anlage: "Anlage 4.1",
    nachweis: { de: "Anlage 4.1: IT-Inventarliste", en: "Anlage 4.1: IT inventory" },
    evaluate(inputs) {
      const types = column(inputs, "IT_Typ");
      const absent = IT_REQUIRED.filter((k) => !types.some((t) => typeof t === "string" && k.words.includes(t)));
      const value = filledRows(inputs, "IT_Typ").length;
      // an ID in two rows is a wrong inventory, not an incomplete one (as a month twice in 3.2.2)
      const twice = inventoryDuplicates(inputs);
      if (twice.length) {
        return fail(twice.map((d) => d.cell), {
          de: `3.3.1: ${twice.length} Zeile(n) in Anlage 4.1 wiederholen eine Kennung einer früheren Zeile (die erste: „${twice[0].id}“); das Gerät zählte doppelt (3.3.2: Server gesamt, Speicherkapazität). Je Gerät genau eine Zeile mit eigener Kennung.`,
          en: `3.3.1: ${twice.length} row(s) in Anlage 4.1 repeat the ID of an earlier row (the first: "${twice[0].id}"); the device would count twice (3.3.2: servers in total, storage capacity). One row per device, each with its own ID.`,
        }, value);
      }
      if (absent.length) {
        return missing([cell("IT_Typ")], {
          de: `3.3.1: In Anlage 4.1 fehlen: ${absent.map((k) => k.de).join(", ")}. Server, Speichersysteme und Netzwerkgeräte auflisten.`,
          en: `3.3.1: Anlage 4.1 lacks: ${absent.map((k) => k.en).join(", ")}. List servers, storage systems and network devices.`,
        }, value);
      }
      return pass(value);
    },
  },
  {
    id: "3.3.2",
    title: { de: "Monitoring der IT-Last", en: "IT load monitoring" },
    roles: IT,
    anlage: "Anlage 4.2",
    nachweis: { de: "Anlage 4.2: Datenreihen über mindestens 3 Monate", en: "Anlage 4.2: data series of at least 3 months" },
    evaluate(inputs) {
      const servers = num(inputs, "Erfassung_Server");
      const storage = num(inputs, "Erfassung_Speicher");
      const serversLow = servers !== null && servers < coverageMin;
      const storageLow = storage !== null && storage < coverageMin;
      // the coverage Anlage 2 shows: the one that fails, servers first
      const shownCoverage = !serversLow && storageLow ? storage : servers;
      const months = num(inputs, "CPU_Monate") ?? 0;
      const storageMonths = num(inputs, "Speicher_Monate") ?? 0;
      const rowsOf = serverRows(inputs);
      if (rowsOf.wrong.length) {
        const first = rowsOf.wrong[0];
        const why = {
          unknown: { de: "ist kein Server in Anlage 4.1", en: "is not a server in Anlage 4.1" },
          gpu: { de: "ist in Anlage 4.1 als GPU-Server markiert (3.3.3, Ausnahme 2)", en: "is marked as a GPU server in Anlage 4.1 (3.3.3, exception 2)" },
          duplicate: { de: "steht schon in einer früheren Zeile", en: "is already listed in an earlier row" },
        }[first.why];
        return fail(rowsOf.wrong.map((w) => w.cell), {
          de: `3.3.2: ${rowsOf.wrong.length} Zeile(n) in Anlage 4.2 nennen keinen eigenen Server ohne GPU aus Anlage 4.1 (die erste: „${first.id}“ ${why.de}); Erfassungsgrad und ITEU_SV stimmen so nicht. Je Server ohne GPU genau eine Zeile mit der Kennung aus Anlage 4.1.`,
          en: `3.3.2: ${rowsOf.wrong.length} row(s) in Anlage 4.2 do not name a server of their own without GPU from Anlage 4.1 (the first: "${first.id}" ${why.en}); coverage and ITEU_SV are wrong with them. One row per server without GPU, with its ID from Anlage 4.1.`,
        }, shownCoverage, coverageMin);
      }
      if (serversLow || storageLow) {
        const short = num(inputs, "CPU_Zeilen_kurz") ?? 0;
        const parts = [
          serversLow ? {
            de: `nur ${shown(Math.round(servers! * 1000) / 10).de} % der Server ohne GPU haben in Anlage 4.2 eine Datenreihe über mindestens 3 Monate${short ? ` (${short} Zeile(n) mit weniger Monaten zählen nicht)` : ""}`,
            en: `only ${shown(Math.round(servers! * 1000) / 10).en} % of the servers without GPU have a data series of at least 3 months in Anlage 4.2${short ? ` (${short} row(s) with fewer months do not count)` : ""}`,
          } : null,
          storageLow ? {
            de: `nur ${shown(Math.round(storage! * 1000) / 10).de} % der Speicherkapazität (Anlage 4.1) sind im Monitoring erfasst`,
            en: `only ${shown(Math.round(storage! * 1000) / 10).en} % of the storage capacity (Anlage 4.1) is monitored`,
          } : null,
        ].filter((p): p is Text => p !== null);
        return fail([serversLow ? cell("Erfassung_Server") : null, storageLow ? cell("Erfassung_Speicher") : null].filter((c): c is CellRef => c !== null), {
          de: `3.3.2, Anhang D: ${parts.map((p) => p.de).join("; ")}; nötig sind 90 %. Monitoring ausweiten.`,
          en: `3.3.2, Anhang D: ${parts.map((p) => p.en).join("; ")}; 90 % are required. Extend the monitoring.`,
        }, shownCoverage, coverageMin);
      }
      // "Für alle Server": the GPU servers' CPU utilisation is monitored too, outside ITEU_SV (3.3.3 Ausnahme 2)
      const gpu = (num(inputs, "GPU_Server") ?? 0) > 0 ? answer(inputs, "GPU_CPU_Monitoring") : true;
      if (gpu === false) {
        return fail([cell("GPU_CPU_Monitoring")], {
          de: "3.3.2: „Für alle Server“ ist die mittlere CPU-Auslastung je Monat zu erheben, auch für die GPU-Server; nur ITEU_SV lässt sie aus (3.3.3, Ausnahme 2). Ihre CPU-Auslastung ins Monitoring aufnehmen.",
          en: "3.3.2: the monthly mean CPU utilisation is collected \"für alle Server\", GPU servers too; only ITEU_SV leaves them out (3.3.3, exception 2). Add their CPU utilisation to the monitoring.",
        }, shownCoverage, coverageMin);
      }
      if (rowsOf.unnamed.length) {
        return missing(rowsOf.unnamed, {
          de: `3.3.2: ${rowsOf.unnamed.length} Zeile(n) in Anlage 4.2 haben CPU-Werte, aber keine Server-Kennung, und zählen nicht als erfasst. Kennung aus Anlage 4.1 eintragen.`,
          en: `3.3.2: ${rowsOf.unnamed.length} row(s) in Anlage 4.2 have CPU values but no server ID and do not count as monitored. Enter the ID from Anlage 4.1.`,
        }, shownCoverage, coverageMin);
      }
      if (gpu === null) {
        return missing([cell("GPU_CPU_Monitoring")], {
          de: "3.3.2: Anlage 4.1 nennt GPU-Server. In Anlage 4.2 mit Ja/Nein angeben, ob auch ihre CPU-Auslastung monatlich erfasst wird („Für alle Server“).",
          en: "3.3.2: Anlage 4.1 lists GPU servers. Answer Yes/No in Anlage 4.2 whether their CPU utilisation is monitored monthly too (\"für alle Server\").",
        }, shownCoverage, coverageMin);
      }
      if (servers === null || storage === null || months < seriesMonthsMin || storageMonths < seriesMonthsMin) {
        return missing([servers === null || months < seriesMonthsMin ? cell("CPU_Auslastung") : cell("Speicher_belegt_GB")], {
          de: "3.3.2: CPU-Auslastung je Server und Speicherbelegung je Speichersystem für mindestens 3 Monate eintragen (Anlage 4.2, Anlage 4.2 Speicher).",
          en: "3.3.2: enter CPU utilisation per server and storage occupancy per storage system for at least 3 months (Anlage 4.2, Anlage 4.2 Speicher).",
        }, shownCoverage, coverageMin);
      }
      return pass(shownCoverage, coverageMin);
    },
  },
  {
    id: "3.3.3",
    title: { de: "Mindestauslastung von Servern (ITEU_SV)", en: "Minimum server utilisation (ITEU_SV)" },
    roles: IT,
    anlage: "Anlage 4.3",
    nachweis: { de: "Anlage 4.3: Monatswerte der mittleren CPU-Auslastung", en: "Anlage 4.3: monthly mean CPU utilisation" },
    evaluate(inputs) {
      const iteu = num(inputs, "ITEU_SV");
      const ok = check(inputs, "ITEU_Pruefung");
      const months = num(inputs, "CPU_Monate") ?? 0;
      const needed = num(inputs, "ITEU_Monate_noetig") ?? 12;
      if (ok === false) {
        return fail([cell("ITEU_SV")], {
          de: `3.3.3: ITEU_SV ${iteu === null ? "?" : Math.round(iteu * 1000) / 10} % liegt unter 20 %. Last konsolidieren und ungenutzte Server abschalten.`,
          en: `3.3.3: ITEU_SV ${iteu === null ? "?" : Math.round(iteu * 1000) / 10} % is below 20 %. Consolidate load and switch off idle servers.`,
        }, iteu, iteuMin);
      }
      if (ok === null || months < needed) {
        return missing([cell("CPU_Auslastung")], {
          de: `3.3.3: CPU-Auslastung für ${needed} Monat(e) in Anlage 4.2 eintragen (vorhanden: ${months}).`,
          en: `3.3.3: enter CPU utilisation for ${needed} month(s) in Anlage 4.2 (present: ${months}).`,
        }, iteu, iteuMin);
      }
      return pass(iteu, iteuMin);
    },
  },
  {
    id: "3.3.4",
    title: { de: "Reuse-Management", en: "Reuse management" },
    roles: IT,
    anlage: "Anlage 4.4",
    nachweis: { de: "Anlage 4.4: Vereinbarung mit Abnehmern zum Refurbishment", en: "Anlage 4.4: agreement with refurbishers" },
    // the Verschlusssachen exception frees only those data carriers from reuse (they may be destroyed), not
    // the rest of the IT leaving the data centre: erasure procedure and refurbishment contract stay required
    evaluate: declarations(["Reuse_Loeschverfahren", "Reuse_Vertrag"], "Anlage 4.4", "3.3.4", { de: "Löschverfahren, Refurbishment-Vertrag", en: "erasure procedure, refurbishment contract" }),
  },
];
