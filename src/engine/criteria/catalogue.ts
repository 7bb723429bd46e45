/**
 * The criteria catalogue of DE-UZ 228, section 3: one object per criterion, in section order. Anlage 2 of
 * the template, `deuz check`, the task pane and docs/criteria.md are all made from this list. Every criterion
 * judges the cells the applicant fills, read through the Reader (one reading layer, ../reading.ts), with the
 * figures the engine computes from them (figures.ts): never a cell the template computes.
 */
import { atLeast, atMost, greaterThan } from "../compare";
import { edate } from "../dates";
import { DeuzError, Text } from "../errors";
import { cerLimit, pueLimit } from "../limits";
import {
  balancePeriodRecent, coverageMin, customerRuleApplies, insulationContainsSf6, iteuMin, pricingMet, refrigerantAllowed,
  refrigerantRuleApplies, renewableMet, seriesMonthsMin, sf6RuleApplies, switchgearAllowed, wasteHeatMet, wasteHeatRuleApplies,
} from "../rules";
import {
  cerFigure, completeMonths, erfFigure, exception2, inventory, itLoad, iteuMonthsNeeded, KeyFigure, kindOf, months, monthsNeeded,
  pueFigure, renewableShare,
} from "./figures";
import { finalReportNote } from "./finalReport";
import { percentText, ratioText } from "./format";
import { cellRef as cell, Reader } from "./reader";
import { CellRef, Criterion, Evaluation, Role } from "./types";
import { CER_METERS, componentKinds, METERS, offered, PUE_METERS, refrigerantKinds, requiredKinds, wordsOf } from "./vocabulary";

export { CER_METERS, PUE_METERS };

const ALL: Role[] = ["rzBetreiber", "rzDienstleister", "itBetreiber"];
const RZ: Role[] = ["rzBetreiber", "rzDienstleister"];
const DL: Role[] = ["rzDienstleister"];
const IT: Role[] = ["itBetreiber"];

const none: Text = { de: "", en: "" };
const pass = (value?: Evaluation["value"], limit?: Evaluation["limit"]): Evaluation => ({ status: "pass", value, limit, cells: [], message: none });
const fail = (cells: CellRef[], message: Text, value?: Evaluation["value"], limit?: Evaluation["limit"]): Evaluation => ({ status: "fail", value, limit, cells, message });
const missing = (cells: CellRef[], message: Text, value?: Evaluation["value"], limit?: Evaluation["limit"]): Evaluation => ({ status: "missing", value, limit, cells, message });

/** A criterion made of Ja/Nein declarations: every one must be Ja. */
function declarations(names: string[], where: string, section: string, what: Text): (r: Reader) => Evaluation {
  return (r) => {
    const no: CellRef[] = [];
    const blank: CellRef[] = [];
    for (const n of names) {
      const a = r.yesNo(n);
      if (a === false) no.push(cell(n));
      else if (a === null && r.blank(n)) blank.push(cell(n));
    }
    const count = names.filter((n) => r.yesNo(n) === true).length;
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

/** The inputs without which PUE (3.2.7) and CER (3.2.8) cannot be judged. */
export const PUE_NEEDS = ["Inbetriebnahme_RZ", "Berichtszeitraum_Beginn", "Berichtszeitraum_Ende", "Antragsdatum"];
export const CER_NEEDS = ["Inbetriebnahme_Kuehlsystem", "Inbetriebnahme_RZ", "Berichtszeitraum_Beginn", "Berichtszeitraum_Ende"];

/** Date inputs left blank (an unreadable one is remembered by the reader and named in the message). */
const blankDates = (r: Reader, names: string[]) => names.filter((n) => r.date(n) === null && r.blank(n)).map((n) => cell(n));

/** A DEUZ rule that may ask for a fact it lacks (#N/A) or meet impossible figures (#NUM!): its Text instead. */
function attempt<T>(f: () => T): { value: T } | { error: Text } {
  try {
    return { value: f() };
  } catch (e) {
    if (e instanceof DeuzError) return { error: e.text };
    throw e;
  }
}

interface Plan {
  value: string;
  /** The limit after 12 months and whether the planned value meets it. */
  limit(r: Reader, planned: number): { limit: number; met: boolean } | null;
}

/**
 * The cells that show a figure (PUE_Jahr, CER_Jahr, ERF_Jahr, Erfassung_*, ITEU_SV) are where a verdict on the
 * figure is marked: the user reads it there. They are never read: the figure is the engine's.
 *
 * An annual key figure against its limit (3.2.7, 3.2.8), "im Jahresdurchschnitt": judged on 12 complete months
 * of the meters it is computed from. A part of the year that breaks the limit proves nothing about the year
 * (the missing months may be the winter), so until then the figure is *fehlt* (docs/interpretations.md); the
 * message gives the figure over the complete months only.
 */
function keyFigure(
  r: Reader,
  section: string,
  label: string,
  /** The cell that shows the figure (Anlage 3.9): where a fail or an error is marked. */
  figureCell: string,
  f: KeyFigure,
  needs: string[],
  meters: string[],
  rule: Text,
  plan: Plan,
  /** An answer the figure needs under a condition, blank: it names the cell and says what to enter. */
  unanswered: { cell: CellRef; message: Text } | null = null,
): Evaluation {
  const blank = blankDates(r, needs);
  const yearIncomplete = f.met === null || f.months < 12 || unanswered !== null;
  const measuredIncomplete = yearIncomplete || blank.length > 0;
  if (f.met === false && !yearIncomplete) {
    return fail([cell(figureCell)], {
      de: `${section}: ${label} ${ratioText(f.value, f.limit).de} hält den Grenzwert ${ratioText(f.limit).de} nicht ein (${rule.de}). Werte in Anlage 3.4 prüfen oder Effizienz verbessern.`,
      en: `${section}: ${label} ${ratioText(f.value, f.limit).en} does not meet the limit ${ratioText(f.limit).en} (${rule.en}). Check the values in Anlage 3.4 or improve efficiency.`,
    }, f.value, f.limit);
  }
  // Ausnahme 2: less than 15 months old at application, the planned value stands in for 12 measured months
  if (measuredIncomplete && exception2(r)) {
    const pv = r.number(plan.value);
    const judged = pv === null ? null : plan.limit(r, pv);
    if (pv !== null && judged) {
      if (!judged.met) {
        return fail([cell(plan.value)], {
          de: `${section}, Ausnahme 2: der geplante ${label} ${ratioText(pv, judged.limit).de} hält den Grenzwert ${ratioText(judged.limit).de} nach 12 Monaten nicht ein (${rule.de}). Planung überarbeiten.`,
          en: `${section}, exception 2: the planned ${label} ${ratioText(pv, judged.limit).en} does not meet the limit ${ratioText(judged.limit).en} after 12 months (${rule.en}). Revise the plan.`,
        }, pv, judged.limit);
      }
      return pass(pv, judged.limit);
    }
  }
  if (measuredIncomplete && unanswered && blank.length === 0) return missing([unanswered.cell], unanswered.message, f.value, f.limit);
  if (f.error && blank.length === 0) {
    return missing([cell(figureCell)], {
      de: `${section}: ${label} ist nicht berechenbar: ${f.error.de} Werte in Anlage 3.4 prüfen.`,
      en: `${section}: ${label} cannot be computed: ${f.error.en} Check the values in Anlage 3.4.`,
    }, null, f.limit);
  }
  if (measuredIncomplete && f.months >= 12 && f.value !== null) {
    // twelve months measured: what is missing are dates in Stammdaten (blank ones named here, unreadable ones
    // quoted before this message), needed for the limit or the balance period
    return missing(blank.length ? blank : [cell(figureCell)], {
      de: `${section}: ${label} ist über 12 Monate berechnet (${ratioText(f.value, f.limit).de}); zur Beurteilung (${rule.de}) fehlen Daten in Stammdaten: Inbetriebnahme, Berichtszeitraum und Antragsdatum als Datum eintragen.`,
      en: `${section}: ${label} is computed over 12 months (${ratioText(f.value, f.limit).en}); to judge it (${rule.en}) dates in Stammdaten are missing: enter commissioning, reporting period and application date as dates.`,
    }, f.value, f.limit);
  }
  if (measuredIncomplete) {
    const cells = blank.length ? blank : f.blanks.length ? f.blanks : [cell(figureCell)];
    const partial = f.met === false
      ? {
        de: ` Über die ${f.months} vollständigen Monate liegt ${label} bei ${ratioText(f.value, f.limit).de} (Grenzwert ${ratioText(f.limit).de}); es entscheidet das ganze Jahr.`,
        en: ` Over the ${f.months} complete months, ${label} is ${ratioText(f.value, f.limit).en} (limit ${ratioText(f.limit).en}); the whole year decides.`,
      }
      : none;
    return missing(cells, {
      de: `${section}: ${label} ist nicht für 12 vollständige Monate berechenbar (${f.months}/12 Monate mit ${meters.join(", ")}). Fehlende Angaben in Stammdaten und Anlage 3.4 ergänzen.${partial.de}`,
      en: `${section}: ${label} cannot be computed for 12 complete months (${f.months}/12 months with ${meters.join(", ")}). Fill in the missing data in Stammdaten and Anlage 3.4.${partial.en}`,
    }, f.value, f.limit);
  }
  return pass(f.value, f.limit);
}

/**
 * 3.2.5 (and 3.2.10's "ERF … veröffentlicht (vgl. Abschnitt 3.2.5)"): PUE, CER, ERF and WUE published yearly,
 * or the security exception claimed.
 */
function erfPublication(r: Reader): "ok" | "no" | "blank" {
  const security = r.yesNo("Sicherheitsausnahme");
  if (security === true) return "ok";
  const published = r.yesNo("Kennzahlen_veroeffentlicht");
  return published === true ? "ok" : published === false ? "no" : "blank";
}

/**
 * 3.2.8 (Version 2): the energy to extract waste heat does not count in E_KS. It comes off MP_KS only where
 * MP_KS measures it, so once heat is extracted the applicant says whether it does (docs/interpretations.md).
 */
const extractionUnanswered = {
  cell: cell("Auskopplung_in_MP_KS"),
  message: {
    de: "3.2.8: Es wird Abwärme ausgekoppelt (MP_Auskopplung > 0). In Anlage 3.9 mit Ja/Nein angeben, ob der Zähler MP_KS diese Energie enthält; nur dann wird sie von E_KS abgezogen.",
    en: "3.2.8: waste heat is extracted (MP_Auskopplung > 0). Answer Yes/No in Anlage 3.9 whether meter MP_KS includes this energy; only then is it taken off E_KS.",
  },
};

/**
 * 3.3.1: the kinds the IT inventory must list, with the kinds of Anlage 4.1 that name them; storage systems
 * are disks (Speicher) or tape (Bandspeicher, 1.3 "Band-Speicher").
 */
export const IT_REQUIRED: { de: string; en: string; words: string[]; kinds: ("server" | "storage" | "tape" | "network")[] }[] = [
  { de: "Server", en: "Server", words: ["Server"], kinds: ["server"] },
  { de: "Speicher", en: "Storage", words: ["Speicher", "Storage", "Bandspeicher", "Tape storage"], kinds: ["storage", "tape"] },
  { de: "Netzwerk", en: "Network", words: ["Netzwerk", "Network"], kinds: ["network"] },
];

const componentWords = wordsOf(componentKinds);
const componentOffered = offered(componentKinds);

/** Table rows (by their filled first column) that fail a per-row rule, and the blank cells of incomplete rows. */
function rows(r: Reader, first: string, rule: (i: number) => "ok" | "fail" | "missing" | "skip", failCell: string, missingCells: (i: number) => string[]) {
  const failing: CellRef[] = [];
  const incomplete: CellRef[] = [];
  for (const i of r.filledRows(first)) {
    const verdict = rule(i);
    if (verdict === "fail") failing.push(cell(failCell, i));
    if (verdict === "missing") for (const n of missingCells(i)) if (r.blank(n, i)) incomplete.push(cell(n, i));
  }
  return { failing, incomplete };
}

/** The kind of plant in a row of Anlage 3.5, read as people type it (unreadable: remembered, then null). */
const plantKind = (r: Reader, i: number) => r.word("TGA_Art", componentWords, componentOffered, i);

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
    evaluate(r) {
      const itOnly = r.yesNo("Rolle_IT_Betreiber") === true && r.yesNo("Rolle_RZ_Betreiber") !== true && r.yesNo("Rolle_RZ_Dienstleister") !== true;
      if (!itOnly) return pass();
      const certified = r.yesNo("RZ_zertifiziert");
      if (certified === true) return pass();
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
    // nicht anwendbar in an application; with Vertragsende, its message says when the report is due (finalReport.ts)
    evaluate: (r) => ({ status: "not_applicable", ...finalReportNote(r) }),
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
    evaluate(r) {
      const m = months(r);
      // 12 months; under Ausnahme 2 (3.2.7/3.2.8) the months since commissioning (docs/interpretations.md)
      const needed = monthsNeeded(r, m.period);
      const complete = completeMonths(r, m, METERS);
      const value = `${complete.rows.length}/${needed}`;
      if (m.negatives.length) {
        return fail(m.negatives, {
          de: `3.2.2: ${m.negatives.length} negative Messwerte in Anlage 3.4. Zählerstände in Verbräuche umrechnen; Energien sind ≥ 0.`,
          en: `3.2.2: ${m.negatives.length} negative meter values in Anlage 3.4. Convert meter readings into consumption; energies are ≥ 0.`,
        }, value, needed);
      }
      if (m.duplicates.length) {
        return fail(m.duplicates, {
          de: `3.2.2: ${m.duplicates.length} Monat(e) stehen mehrfach in Anlage 3.4; gezählt wird je Monat nur die erste Zeile. Je Monat genau eine Zeile: die doppelte löschen oder ihren Monat berichtigen.`,
          en: `3.2.2: ${m.duplicates.length} month(s) appear more than once in Anlage 3.4; only each month's first row counts. One row per month: delete the repeated row or correct its month.`,
        }, value, needed);
      }
      if (m.period.months !== null && m.period.months !== needed) {
        return fail([cell("Berichtszeitraum_Beginn"), cell("Berichtszeitraum_Ende")], {
          de: `3.2.2: Der Berichtszeitraum umfasst ${m.period.months} Monate; nötig sind 12 (unter Ausnahme 2 von 3.2.7/3.2.8 weniger, wenn er spätestens im Monat nach der Inbetriebnahme beginnt). Beginn und Ende in Stammdaten korrigieren.`,
          en: `3.2.2: the reporting period spans ${m.period.months} months; 12 are required (under exception 2 of 3.2.7/3.2.8 fewer, if it starts at the latest in the month after commissioning). Correct start and end in Stammdaten.`,
        }, value, needed);
      }
      const period = blankDates(r, ["Berichtszeitraum_Beginn", "Berichtszeitraum_Ende"]);
      if (period.length) {
        return missing(period, { de: "3.2.2: Berichtszeitraum in Stammdaten eintragen.", en: "3.2.2: enter the reporting period in Stammdaten." }, value, needed);
      }
      if (complete.rows.length < needed) {
        const absent = needed - m.rows.length;
        const cells = complete.blanks.length ? complete.blanks : [cell("Monat")];
        return missing(cells, {
          de: `3.2.2: ${needed - complete.rows.length} Monat(e) des Berichtszeitraums unvollständig${absent > 0 ? `, ${absent} ohne Zeile in Anlage 3.4` : ""}. Alle Messwerte MP_EVU … MP_An und Wasser eintragen (0 ist ein Wert).`,
          en: `3.2.2: ${needed - complete.rows.length} month(s) of the reporting period incomplete${absent > 0 ? `, ${absent} without a row in Anlage 3.4` : ""}. Fill in every value MP_EVU … MP_An and water (0 is a value).`,
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
    evaluate(r) {
      const filled = r.filledRows("TGA_Art");
      const kinds = new Set(filled.map((i) => plantKind(r, i)));
      const absent = requiredKinds.filter((k) => !kinds.has(k));
      const undated = filled.filter((i) => r.date("TGA_Datum", i) === null && r.blank("TGA_Datum", i)).map((i) => cell("TGA_Datum", i));
      const value = filled.length;
      if (absent.length || undated.length) {
        return missing(absent.length ? [cell("TGA_Art")] : undated, {
          de: `3.2.3: ${absent.length ? `In Anlage 3.5 fehlen: ${absent.map((k) => componentKinds[k].de).join(", ")}. ` : ""}${undated.length ? `${undated.length} Anlage(n) ohne Datum der Inbetriebnahme. ` : ""}Inventarliste vervollständigen.`,
          en: `3.2.3: ${absent.length ? `Anlage 3.5 lacks: ${absent.map((k) => componentKinds[k].en).join(", ")}. ` : ""}${undated.length ? `${undated.length} plant(s) without a commissioning date. ` : ""}Complete the inventory.`,
        }, value);
      }
      return pass(value);
    },
  },
  {
    id: "3.2.4",
    aggregate: true,
    title: { de: "Erneuerbare Energien", en: "Renewable energy" },
    roles: RZ,
    anlage: "Anlage 3.6",
    nachweis: { de: "Anlage 3.6: Stromliefervertrag, PPA, Herkunftsnachweise; bei Ausnahme Liefermenge und Kompensationszertifikate", en: "Anlage 3.6: supply contract, PPA, guarantees of origin; with the exception the delivery and compensation certificates" },
    evaluate(r) {
      const s = renewableShare(r);
      if (!s.given || s.value === null) {
        return missing([cell("Strom_erneuerbar_kWh")], {
          de: `3.2.4: Erneuerbaren Strom je Monat in Anlage 3.4 eintragen (und ggf. die Angaben zur Ausnahme in Anlage 3.6).${s.error ? ` ${s.error.de}` : ""}`,
          en: `3.2.4: enter the renewable electricity per month in Anlage 3.4 (and the exception's data in Anlage 3.6 if used).${s.error ? ` ${s.error.en}` : ""}`,
        }, s.value, 1);
      }
      if (atLeast(s.renewable, s.total)) return pass(s.value, 1);
      // the exception (Bezug über Dritte): the delivery and, within 20 %, the certificates' answer
      const thirdParty = r.yesNo("Bezug_ueber_Dritte");
      const failed = fail([cell("Anteil_erneuerbar"), cell("Bezug_ueber_Dritte")], {
        de: `3.2.4: Der Strom ist nur zu ${percentText(s.value, 1).de} erneuerbar und die Ausnahme (Bezug über Dritte, ≤ 20 %, Kompensation) greift nicht. 100 % erneuerbaren Strom beziehen.`,
        en: `3.2.4: only ${percentText(s.value, 1).en} of the electricity is renewable and the exception (third party, ≤ 20 %, compensation) does not hold. Buy 100 % renewable electricity.`,
      }, s.value, 1);
      if (thirdParty !== true) return failed;
      const supplier = r.number("EVU_Liefermenge_Dritter_kWh", "kWh");
      const compensated = r.yesNo("Kompensationszertifikate");
      if (supplier === null) {
        return missing([cell("EVU_Liefermenge_Dritter_kWh"), ...(compensated === null ? [cell("Kompensationszertifikate")] : [])], {
          de: "3.2.4, Ausnahme: Strombezug über einen Dritten. In Anlage 3.6 die Liefermenge des EVU an den Dritten und Ja/Nein zu den Kompensationszertifikaten (Anhang B) eintragen.",
          en: "3.2.4, exception: electricity through a third party. Enter in Anlage 3.6 what the utility delivered to the third party and Yes/No for the compensation certificates (Anhang B).",
        }, s.value, 1);
      }
      const met = attempt(() => renewableMet({ renewable: s.renewable, total: s.total, supplierTotal: supplier, compensated: compensated ?? undefined }));
      if ("error" in met) {
        return missing([cell(compensated === null ? "Kompensationszertifikate" : "EVU_Liefermenge_Dritter_kWh")], {
          de: `3.2.4, Ausnahme: ${met.error.de}`, en: `3.2.4, exception: ${met.error.en}`,
        }, s.value, 1);
      }
      return met.value ? pass(s.value, 1) : failed;
    },
  },
  {
    id: "3.2.5",
    aggregate: true,
    title: { de: "Öffentlich zugängliche Informationen", en: "Publicly available information" },
    roles: RZ,
    anlage: "Anlage 3.10",
    nachweis: { de: "Anlage 2: Ort der Veröffentlichung von PUE, CER, ERF, WUE (z. B. Internet-Adresse), in der Vorlage im Blatt Anlage 3.10", en: "Anlage 2: where PUE, CER, ERF, WUE are published (e.g. web address), in the template on sheet Anlage 3.10" },
    evaluate(r) {
      const state = erfPublication(r);
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
      if (r.yesNo("Kennzahlen_veroeffentlicht") === true && r.yesNo("Sicherheitsausnahme") !== true && r.blank("Kennzahlen_Ort")) {
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
    evaluate(r) {
      const { failing, incomplete } = rows(r, "Kunde_Name", (i) => {
        const peak = r.number("Kunde_Spitzenlast_kW", "kW", i);
        if (peak === null) return "missing";
        if (!customerRuleApplies(peak)) return "ok";
        const informed = r.yesNo("Kunde_Monatsinfo", i);
        return informed === null ? "missing" : informed ? "ok" : "fail";
      }, "Kunde_Monatsinfo", () => ["Kunde_Spitzenlast_kW", "Kunde_Monatsinfo"]);
      const customers = r.filledRows("Kunde_Name").length;
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
    evaluate(r) {
      const billing = r.yesNo("Monetaere_Abrechnung");
      if (billing === false) {
        return { status: "not_applicable", cells: [], message: { de: "3.2.6.2 entfällt: keine monetäre Abrechnung.", en: "3.2.6.2 does not apply: no monetary billing." } };
      }
      const { failing, incomplete } = rows(r, "Kunde_Name", (i) => {
        const peak = r.number("Kunde_Spitzenlast_kW", "kW", i);
        if (peak === null) return "missing";
        if (!customerRuleApplies(peak)) return "skip";
        const price = r.number("Kunde_Preis_kWh", "EUR_kWh", i);
        const purchase = r.number("Kunde_Einkaufspreis_kWh", "EUR_kWh", i);
        const minimum = r.number("Kunde_Mindestabnahme_kWh", "kWh", i);
        const free = r.number("Kunde_Freimenge_kWh", "kWh", i);
        if (price === null || purchase === null) return "missing";
        if ((minimum === null && !r.blank("Kunde_Mindestabnahme_kWh", i)) || (free === null && !r.blank("Kunde_Freimenge_kWh", i))) return "missing";
        return pricingMet({ priceKwh: price, purchasePriceKwh: purchase, minimumKwh: minimum ?? 0, freeKwh: free ?? 0 }) ? "ok" : "fail";
      }, "Kunde_Preis_kWh", () => ["Kunde_Spitzenlast_kW", "Kunde_Preis_kWh", "Kunde_Einkaufspreis_kWh"]);
      if (billing === null && r.blank("Monetaere_Abrechnung")) incomplete.push(cell("Monetaere_Abrechnung"));
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
    aggregate: true,
    title: { de: "Power Usage Effectiveness (PUE)", en: "Power Usage Effectiveness (PUE)" },
    roles: RZ,
    anlage: "Anlage 3.9",
    nachweis: { de: "Anlage 3.9: Berechnung des PUE; bei Ausnahmen Planungsdaten", en: "Anlage 3.9: PUE calculation; with exceptions the planning data" },
    evaluate(r) {
      const f = pueFigure(r);
      const end = r.date("Berichtszeitraum_Ende");
      const application = r.date("Antragsdatum");
      if (end !== null && application !== null && end <= application && !balancePeriodRecent(end, application)) {
        return fail([cell("Berichtszeitraum_Ende"), cell("Antragsdatum")], {
          de: "3.2.7: Das Ende des Bilanzzeitraums liegt mehr als drei Monate vor dem Antragsdatum. Einen aktuelleren Zeitraum wählen.",
          en: "3.2.7: the balance period ended more than three months before the application date. Choose a more recent period.",
        }, f.value, f.limit);
      }
      return keyFigure(r, "3.2.7", "PUE", "PUE_Jahr", f, PUE_NEEDS, PUE_METERS, { de: "PUE ≤ Grenzwert, Tabelle 2/3", en: "PUE ≤ limit, Tabelle 2/3" }, {
        value: "PUE_Planwert",
        limit(reader, planned) {
          const dc = reader.date("Inbetriebnahme_RZ");
          if (dc === null) return null;
          const limit = pueLimit(dc, edate(dc, 12)).limit;
          return { limit, met: atMost(planned, limit) };
        },
      });
    },
  },
  {
    id: "3.2.8",
    aggregate: true,
    title: { de: "Energieeffizienz des Kühlsystems (CER)", en: "Cooling efficiency ratio (CER)" },
    roles: RZ,
    anlage: "Anlage 3.9",
    nachweis: { de: "Anlage 3.9: Q_th,RZ,a, E_KS,a und CER", en: "Anlage 3.9: Q_th,RZ,a, E_KS,a and CER" },
    evaluate(r) {
      const f = cerFigure(r);
      return keyFigure(r, "3.2.8", "CER", "CER_Jahr", f, CER_NEEDS, CER_METERS, { de: "CER > Grenzwert, Tabelle 4/5", en: "CER > limit, Tabelle 4/5" }, {
        value: "CER_Planwert",
        limit(reader, planned) {
          const dc = reader.date("Inbetriebnahme_RZ");
          const cooling = reader.date("Inbetriebnahme_Kuehlsystem");
          if (dc === null || cooling === null) return null;
          const limit = cerLimit(cooling, edate(dc, 12), dc).limit;
          return { limit, met: greaterThan(planned, limit) };
        },
      }, f.unanswered ? extractionUnanswered : null);
    },
  },
  {
    id: "3.2.9",
    title: { de: "Kältemittel", en: "Refrigerants" },
    roles: RZ,
    anlage: "Anlage 3.5",
    nachweis: { de: "Anlage 2: verwendete Kältemittel (aus Anlage 3.5)", en: "Anlage 2: refrigerants used (from Anlage 3.5)" },
    evaluate(r) {
      const used: string[] = [];
      const { failing, incomplete } = rows(r, "TGA_Art", (i) => {
        const kind = plantKind(r, i);
        if (kind === null || !refrigerantKinds.includes(kind)) return "skip";
        const commissioning = r.date("TGA_Datum", i);
        const power = r.number("TGA_Leistung_kW", "kW", i);
        if (commissioning === null || power === null) return "missing";
        // an exempt system (before 2013, ≤ 10 kW_th) needs no refrigerant named
        if (!refrigerantRuleApplies(commissioning, power)) return "ok";
        const refrigerant = r.refrigerant("TGA_Kaeltemittel", i);
        if (refrigerant === null) return "missing";
        const ok = refrigerantAllowed(refrigerant.halogenFree, commissioning, power);
        if (!ok) used.push(refrigerant.designation);
        return ok ? "ok" : "fail";
      }, "TGA_Kaeltemittel", () => ["TGA_Datum", "TGA_Leistung_kW", "TGA_Kaeltemittel"]);
      if (failing.length) {
        const names = used.join(", ");
        // the value: the refrigerant of the first failing system (Anlage 2 shows the same); the message names all
        return fail(failing, {
          de: `3.2.9: ${failing.length} Anlage(n) ab 01.01.2013 über 10 kW_th mit halogeniertem Kältemittel (${names}). Auf ein halogenfreies Kältemittel (z. B. R744, R290, R717) umstellen.`,
          en: `3.2.9: ${failing.length} system(s) from 2013-01-01 above 10 kW_th use a halogenated refrigerant (${names}). Change to a halogen-free one (e.g. R744, R290, R717).`,
        }, used[0]);
      }
      if (incomplete.length) {
        return missing(incomplete, { de: "3.2.9: Datum, Leistung oder Kältemittel (nach ASHRAE 34) in Anlage 3.5 ergänzen.", en: "3.2.9: complete date, power or refrigerant (ASHRAE 34) in Anlage 3.5." });
      }
      return pass();
    },
  },
  {
    id: "3.2.10",
    aggregate: true,
    title: { de: "Abwärmenutzung", en: "Waste heat use" },
    roles: RZ,
    anlage: "Anlage 3.10",
    nachweis: { de: "Anlage 3.10: Abwärmenutzung und ERF; Ort der Veröffentlichung", en: "Anlage 3.10: waste heat use and ERF; where published" },
    evaluate(r) {
      const erf = erfFigure(r).value;
      const commissioning = r.date("Inbetriebnahme_RZ");
      if (commissioning !== null && !wasteHeatRuleApplies(commissioning)) return pass(erf, 0);
      const connection = r.number("Anschlussleistung_kW", "kW");
      const connections = r.yesNo("Abwaerme_Anschluesse");
      const heatPublished = r.yesNo("Abwaerme_veroeffentlicht");
      let ok: boolean | null = null;
      if (commissioning !== null && erf !== null) {
        if (!greaterThan(erf, 0)) ok = false;
        else if (connection !== null) {
          const met = attempt(() => wasteHeatMet({ dcCommissioning: commissioning, erf, connectionKw: connection, connectionsReady: connections ?? undefined, heatPublished: heatPublished ?? undefined }));
          ok = "error" in met ? null : met.value;
        }
      }
      // the fourth point: ERF published at least yearly "(vgl. Abschnitt 3.2.5)", the publication of 3.2.5
      const published = commissioning !== null ? erfPublication(r) : "ok";
      if (ok === false) {
        const cells = erf !== null && erf <= 0 ? [cell("ERF_Jahr")] : [connections === false ? cell("Abwaerme_Anschluesse") : null, heatPublished === false ? cell("Abwaerme_veroeffentlicht") : null].filter((c): c is CellRef => c !== null);
        return fail(cells, {
          de: "3.2.10: Für Rechenzentren ab 01.01.2023 muss Abwärme genutzt werden (ERF > 0); ab 100 kW Anschlussleistung auch Anschlüsse und veröffentlichte Temperatur und Menge.",
          en: "3.2.10: data centres from 2023-01-01 must use waste heat (ERF > 0); from 100 kW connection power also connections and published temperature and amount.",
        }, erf, 0);
      }
      if (published === "no") {
        return fail([cell("Kennzahlen_veroeffentlicht")], {
          de: "3.2.10: Für Rechenzentren ab 01.01.2023 muss der ERF mindestens jährlich veröffentlicht werden (vgl. 3.2.5). Veröffentlichen, „Ja“ in Anlage 3.10 eintragen und den Ort nennen.",
          en: "3.2.10: data centres from 2023-01-01 must publish their ERF at least yearly (cf. 3.2.5). Publish it, answer \"Yes\" in Anlage 3.10 and name the place.",
        }, erf, 0);
      }
      if (ok === true && published === "blank") {
        return missing([cell("Kennzahlen_veroeffentlicht")], {
          de: "3.2.10: Für Rechenzentren ab 01.01.2023 muss der ERF jährlich veröffentlicht werden (vgl. 3.2.5). In Anlage 3.10 angeben, ob PUE, CER, ERF und WUE veröffentlicht sind.",
          en: "3.2.10: data centres from 2023-01-01 must publish their ERF yearly (cf. 3.2.5). Answer in Anlage 3.10 whether PUE, CER, ERF and WUE are published.",
        }, erf, 0);
      }
      if (ok === null) {
        const blank = ["Inbetriebnahme_RZ", "Anschlussleistung_kW", "Abwaerme_Anschluesse", "Abwaerme_veroeffentlicht"].filter((n) => r.blank(n)).map((n) => cell(n));
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
    evaluate(r) {
      const { failing, incomplete } = rows(r, "TGA_Art", (i) => {
        if (plantKind(r, i) !== "switchgear") return "skip";
        const installed = r.date("TGA_Datum", i);
        if (installed === null) return "missing";
        // switchgear installed before 2023 needs no medium named
        if (!sf6RuleApplies(installed)) return "ok";
        const medium = r.raw("TGA_Isoliermedium", i);
        if (r.blank("TGA_Isoliermedium", i)) return "missing";
        const sf6 = typeof medium === "string" ? insulationContainsSf6(medium) : typeof medium === "boolean" ? medium : null;
        if (sf6 === null) {
          r.problems.push({ cell: cell("TGA_Isoliermedium", i), found: String(typeof medium === "object" && medium ? (medium as { error: string }).error : medium), expected: "word", wanted: "SF6, Luft, Vakuum, Feststoff, Clean Air, Stickstoff" });
          return "missing";
        }
        return switchgearAllowed(sf6, installed) ? "ok" : "fail";
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
    evaluate(r) {
      const partOfBuilding = r.yesNo("Teilflaeche") === true;
      const power = r.number("IT_Gesamtleistung_kW", "kW");
      const areas = partOfBuilding ? ["Flaeche_NF_m2", "Flaeche_ITF_m2"] : ["Flaeche_BGF_m2", "Flaeche_BF_m2", "Flaeche_ITF_m2"];
      const blank = [...(power === null ? ["IT_Gesamtleistung_kW"] : []), ...areas.filter((n) => r.number(n, "m2") === null)].map((n) => cell(n));
      const itf = r.number("Flaeche_ITF_m2", "m2");
      const value = power !== null && itf !== null && itf > 0 ? power / itf : null;
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
    evaluate(r) {
      const filled = r.filledRows("IT_Typ");
      const kinds = new Set(filled.map((i) => kindOf(r, i)));
      const absent = IT_REQUIRED.filter((k) => !k.kinds.some((kind) => kinds.has(kind)));
      const value = filled.length;
      // an ID in two rows is a wrong inventory, not an incomplete one (as a month twice in 3.2.2)
      const twice = inventory(r).duplicates;
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
    aggregate: true,
    title: { de: "Monitoring der IT-Last", en: "IT load monitoring" },
    roles: IT,
    anlage: "Anlage 4.2",
    nachweis: { de: "Anlage 4.2: Datenreihen über mindestens 3 Monate", en: "Anlage 4.2: data series of at least 3 months" },
    evaluate(r) {
      const it = r.shared("itLoad", itLoad);
      const servers = it.serverCoverage.value;
      const storage = it.storageCoverage.value;
      const serversLow = servers !== null && !atLeast(servers, coverageMin);
      const storageLow = storage !== null && !atLeast(storage, coverageMin);
      // the coverage Anlage 2 shows: the one that fails, servers first
      const shownCoverage = !serversLow && storageLow ? storage : servers;
      const note = gpuNote(it.rows.gpu);
      const judged = (e: Evaluation): Evaluation => (note ? { ...e, note } : e);
      if (it.rows.wrong.length) {
        const first = it.rows.wrong[0];
        const why = {
          unknown: { de: "ist kein Server in Anlage 4.1", en: "is not a server in Anlage 4.1" },
          duplicate: { de: "steht schon in einer früheren Zeile", en: "is already listed in an earlier row" },
        }[first.why];
        return judged(fail(it.rows.wrong.map((w) => w.cell), {
          de: `3.3.2: ${it.rows.wrong.length} Zeile(n) in Anlage 4.2 nennen keinen eigenen Server aus Anlage 4.1 (die erste: „${first.id}“ ${why.de}); Erfassungsgrad und ITEU_SV stimmen so nicht. Je Server genau eine Zeile mit der Kennung aus Anlage 4.1.`,
          en: `3.3.2: ${it.rows.wrong.length} row(s) in Anlage 4.2 do not name a server of their own from Anlage 4.1 (the first: "${first.id}" ${why.en}); coverage and ITEU_SV are wrong with them. One row per server, with its ID from Anlage 4.1.`,
        }, shownCoverage, coverageMin));
      }
      if (serversLow || storageLow) {
        const parts = [
          serversLow ? {
            de: `nur ${percentText(servers, coverageMin).de} der Server ohne GPU haben in Anlage 4.2 eine Datenreihe über mindestens 3 Monate${it.short ? ` (${it.short} Zeile(n) mit weniger Monaten zählen nicht)` : ""}`,
            en: `only ${percentText(servers, coverageMin).en} of the servers without GPU have a data series of at least 3 months in Anlage 4.2${it.short ? ` (${it.short} row(s) with fewer months do not count)` : ""}`,
          } : null,
          storageLow ? {
            de: `nur ${percentText(storage, coverageMin).de} der Speicherkapazität (Anlage 4.1) sind im Monitoring erfasst`,
            en: `only ${percentText(storage, coverageMin).en} of the storage capacity (Anlage 4.1) is monitored`,
          } : null,
        ].filter((p): p is Text => p !== null);
        return judged(fail([serversLow ? cell("Erfassung_Server") : null, storageLow ? cell("Erfassung_Speicher") : null].filter((c): c is CellRef => c !== null), {
          de: `3.3.2, Anhang D: ${parts.map((p) => p.de).join("; ")}; nötig sind 90 %. Monitoring ausweiten.`,
          en: `3.3.2, Anhang D: ${parts.map((p) => p.en).join("; ")}; 90 % are required. Extend the monitoring.`,
        }, shownCoverage, coverageMin));
      }
      // "Für alle Server": the GPU servers' CPU utilisation is monitored too, outside ITEU_SV (3.3.3 Ausnahme 2)
      const gpu = it.gpuServers > 0 ? r.yesNo("GPU_CPU_Monitoring") : true;
      if (gpu === false) {
        return judged(fail([cell("GPU_CPU_Monitoring")], {
          de: "3.3.2: „Für alle Server“ ist die mittlere CPU-Auslastung je Monat zu erheben, auch für die GPU-Server; nur ITEU_SV lässt sie aus (3.3.3, Ausnahme 2). Ihre CPU-Auslastung ins Monitoring aufnehmen.",
          en: "3.3.2: the monthly mean CPU utilisation is collected \"für alle Server\", GPU servers too; only ITEU_SV leaves them out (3.3.3, exception 2). Add their CPU utilisation to the monitoring.",
        }, shownCoverage, coverageMin));
      }
      if (it.rows.unnamed.length) {
        return judged(missing(it.rows.unnamed, {
          de: `3.3.2: ${it.rows.unnamed.length} Zeile(n) in Anlage 4.2 haben CPU-Werte, aber keine Server-Kennung, und zählen nicht als erfasst. Kennung aus Anlage 4.1 eintragen.`,
          en: `3.3.2: ${it.rows.unnamed.length} row(s) in Anlage 4.2 have CPU values but no server ID and do not count as monitored. Enter the ID from Anlage 4.1.`,
        }, shownCoverage, coverageMin));
      }
      if (gpu === null) {
        return judged(missing([cell("GPU_CPU_Monitoring")], {
          de: "3.3.2: Anlage 4.1 nennt GPU-Server. In Anlage 4.2 mit Ja/Nein angeben, ob auch ihre CPU-Auslastung monatlich erfasst wird („Für alle Server“).",
          en: "3.3.2: Anlage 4.1 lists GPU servers. Answer Yes/No in Anlage 4.2 whether their CPU utilisation is monitored monthly too (\"für alle Server\").",
        }, shownCoverage, coverageMin));
      }
      if (servers === null || storage === null || it.cpuMonths < seriesMonthsMin || it.storageMonths < seriesMonthsMin) {
        return judged(missing([servers === null || it.cpuMonths < seriesMonthsMin ? cell("CPU_Auslastung") : cell("Speicher_belegt_GB")], {
          de: "3.3.2: CPU-Auslastung je Server und Speicherbelegung je Speichersystem für mindestens 3 Monate eintragen (Anlage 4.2, Anlage 4.2 Speicher).",
          en: "3.3.2: enter CPU utilisation per server and storage occupancy per storage system for at least 3 months (Anlage 4.2, Anlage 4.2 Speicher).",
        }, shownCoverage, coverageMin));
      }
      return judged(pass(shownCoverage, coverageMin));
    },
  },
  {
    id: "3.3.3",
    aggregate: true,
    title: { de: "Mindestauslastung von Servern (ITEU_SV)", en: "Minimum server utilisation (ITEU_SV)" },
    roles: IT,
    anlage: "Anlage 4.3",
    nachweis: { de: "Anlage 4.3: Monatswerte der mittleren CPU-Auslastung", en: "Anlage 4.3: monthly mean CPU utilisation" },
    evaluate(r) {
      const it = r.shared("itLoad", itLoad);
      const needed = iteuMonthsNeeded(r);
      const note = gpuNote(it.rows.gpu);
      const judged = (e: Evaluation): Evaluation => (note ? { ...e, note } : e);
      if (it.iteuMet === false) {
        return judged(fail([cell("ITEU_SV")], {
          de: `3.3.3: ITEU_SV ${percentText(it.iteu, iteuMin).de} liegt unter ${percentText(iteuMin).de} (Server ohne GPU, Anlage 4.2). Last konsolidieren und ungenutzte Server abschalten.`,
          en: `3.3.3: ITEU_SV ${percentText(it.iteu, iteuMin).en} is below ${percentText(iteuMin).en} (servers without GPU, Anlage 4.2). Consolidate load and switch off idle servers.`,
        }, it.iteu, iteuMin));
      }
      if (it.iteuMet === null || it.cpuMonths < needed) {
        return judged(missing([cell("CPU_Auslastung")], {
          de: `3.3.3: CPU-Auslastung der Server ohne GPU für ${needed} Monat(e) in Anlage 4.2 eintragen (vorhanden: ${it.cpuMonths}).`,
          en: `3.3.3: enter the CPU utilisation of the servers without GPU for ${needed} month(s) in Anlage 4.2 (present: ${it.cpuMonths}).`,
        }, it.iteu, iteuMin));
      }
      return judged(pass(it.iteu, iteuMin));
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

/** 3.3.3 Ausnahme 2: GPU servers listed in Anlage 4.2 are left out of ITEU_SV and the coverage, and flagged. */
function gpuNote(gpu: CellRef[]): Evaluation["note"] {
  if (!gpu.length) return undefined;
  return {
    cells: gpu,
    message: {
      de: `3.3.3, Ausnahme 2: ${gpu.length} Zeile(n) in Anlage 4.2 nennen GPU-Server; sie zählen weder zu ITEU_SV noch zum Erfassungsgrad. Aus Anlage 4.2 entfernen.`,
      en: `3.3.3, exception 2: ${gpu.length} row(s) in Anlage 4.2 name GPU servers; they count neither in ITEU_SV nor in the coverage. Remove them from Anlage 4.2.`,
    },
  };
}
