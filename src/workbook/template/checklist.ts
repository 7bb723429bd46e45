/**
 * Anlage 2 in Excel's words: for each criterion of the catalogue, the formulas of its value, limit and the
 * conditions that make it fail or miss data. The status formula is
 * IF(no role, fehlt, IF(not applicable, nicht anwendbar, IF(fail, nicht erfüllt, IF(missing, fehlt, erfüllt)))),
 * so known inputs that violate a criterion fail it even while other inputs are missing (as checkAll does).
 */
import { CER_NEEDS, IT_REQUIRED, PUE_NEEDS } from "../../engine/criteria/catalogue";
import { Role } from "../../engine/criteria/types";
import { serialToYmd } from "../../engine/dates";
import { coverageMin, seriesMonthsMin, wasteHeatRuleFrom } from "../../engine/rules";
import { IT_ONLY } from "./layout";
import { isNo, isUnanswered, isYes } from "./vocabulary";

export interface CriterionFormulas {
  value?: string;
  limit?: string;
  /** How value and limit are shown: a key figure (0.000, the default), a share (0.0 %) or a count. */
  format?: "ratio" | "percent" | "number";
  /** Extra condition under which the criterion does not apply (3.2.6.2 without monetary billing). */
  notApplicable?: string;
  fail?: string;
  missing?: string;
  /** The whole status is fixed (3.1.3 applies only at the end of the contract). */
  fixed?: Role | "not_applicable";
}

const words = (de: string, en: string) => [de, en];
const FAIL = words("nicht erfüllt", "not met");
const MISSING = words("fehlt", "missing");
const countOf = (range: string, ws: string[]) => ws.map((w) => `COUNTIF(${range},"${w}")`).join("+");
const isFalse = (name: string) => `IF(ISLOGICAL(${name}),NOT(${name}),FALSE)`;
const notLogical = (name: string) => `NOT(ISLOGICAL(${name}))`;
const anyNo = (names: string[]) => `OR(${names.map(isNo).join(",")})`;
const anyBlank = (names: string[]) => `OR(${names.map((n) => `${n}=""`).join(",")})`;
/** Yes/no answers left blank or written so that they cannot be read ("x"): the criterion misses them. */
const anyUnanswered = (names: string[]) => `OR(${names.map(isUnanswered).join(",")})`;
const declarations = (names: string[]): CriterionFormulas => ({ format: "number", value: `${names.map((n) => `IF(${isYes(n)},1,0)`).join("+")}&"/${names.length}"`, fail: anyNo(names), missing: anyUnanswered(names) });
/** One of the kinds (each a list of words, German and English) has no row in `range`. */
const kinds = (lists: string[][], range: string) => `OR(${lists.map((words) => `${words.map((w) => `COUNTIF(${range},"${w}")`).join("+")}=0`).join(",")})`;

/** 3.2.5: PUE, CER, ERF and WUE not published (or not answered), the security exception not claimed. */
const PUBLISHED_NO = `AND(${isNo("Kennzahlen_veroeffentlicht")},NOT(${isYes("Sicherheitsausnahme")}))`;
const PUBLISHED_BLANK = `AND(${isUnanswered("Kennzahlen_veroeffentlicht")},NOT(${isYes("Sicherheitsausnahme")}))`;
/** 3.2.10 binds data centres commissioned from 2023-01-01 on. */
const bound = serialToYmd(wasteHeatRuleFrom);
const WASTE_HEAT_BOUND = `AND(ISNUMBER(Inbetriebnahme_RZ),Inbetriebnahme_RZ>=DATE(${bound.year},${bound.month},${bound.day}))`;

const ENMS = ["EnMS_Strategie", "EnMS_Zustaendigkeiten", "EnMS_Messkonzept", "EnMS_Ziele", "EnMS_Bereichsuebergreifend", "EnMS_KVP", "EnMS_TCO", "EnMS_Umweltzeichen"];
const MESSKONZEPT = ["Messkonzept_Schema_Strom", "Messkonzept_Schema_Kaelte", "Messkonzept_Messpunkte", "Messkonzept_Berechnung", "Messkonzept_Zaehler_Auskopplung"];

/**
 * PUE/CER (3.2.7, 3.2.8): judged on 12 complete months of their own meters (a part of the year that breaks the
 * limit is *fehlt*, not *nicht erfüllt*); under Ausnahme 2 (less than 15 months old at the application) the
 * planned value decides while the measured year is incomplete.
 */
function keyFigure(figure: "PUE" | "CER", needs: string[], extraFail?: string): CriterionFormulas {
  const incomplete = `OR(${notLogical(`${figure}_Pruefung`)},${anyBlank(needs)},${figure}_Monate<12)`;
  // a year measured in full that breaks the limit fails, whatever else is missing
  const yearComplete = `AND(ISLOGICAL(${figure}_Pruefung),${figure}_Monate>=12)`;
  const planDecides = `AND(Ausnahme2_anwendbar=TRUE(),${incomplete},ISLOGICAL(${figure}_Plan_Pruefung))`;
  const planFails = `AND(${planDecides},${isFalse(`${figure}_Plan_Pruefung`)})`;
  // while the plan decides, Anlage 2 shows the planned value and its limit (as the catalogue reports them)
  return {
    value: `IF(${planDecides},${figure}_Planwert,${figure}_Jahr)`,
    limit: `IF(${planDecides},${figure}_Plan_Grenzwert,${figure}_Grenzwert)`,
    fail: `OR(${extraFail ? `${extraFail},` : ""}AND(${yearComplete},${isFalse(`${figure}_Pruefung`)}),${planFails})`,
    missing: `AND(${incomplete},NOT(${planDecides}))`,
  };
}

export const checklistFormulas: Record<string, CriterionFormulas> = {
  "3.1.1": declarations(ENMS),
  // with the other rows (by the builder): Abschnitt 2, an IT operator only needs a certified data centre
  "3.1.2": { fail: `AND(${IT_ONLY},${isNo("RZ_zertifiziert")})`, missing: `AND(${IT_ONLY},${isUnanswered("RZ_zertifiziert")})` },
  "3.1.3": { fixed: "not_applicable" },
  "3.2.1": declarations(MESSKONZEPT),
  "3.2.2": {
    format: "number",
    value: `Monate_vollstaendig&"/"&Monate_noetig`,
    limit: "Monate_noetig",
    fail: `OR(Werte_negativ>0,Monate_doppelt>0,AND(Monate_Berichtszeitraum<>"",Monate_Berichtszeitraum<>Monate_noetig))`,
    missing: `OR(Berichtszeitraum_Beginn="",Berichtszeitraum_Ende="",Monate_vollstaendig<Monate_noetig)`,
  },
  "3.2.3": {
    format: "number",
    value: `COUNTA(TGA_Art)`,
    missing: `OR(${kinds([["Kältetechnik", "Refrigeration"], ["USV", "UPS"], ["Schaltanlage", "Switchgear"], ["NEA", "Generator"]], "TGA_Art")},COUNTIFS(TGA_Art,"<>",TGA_Datum,"")>0)`,
  },
  "3.2.4": { format: "percent", value: "Anteil_erneuerbar", limit: "1", fail: isFalse("Erneuerbar_Pruefung"), missing: notLogical("Erneuerbar_Pruefung") },
  "3.2.5": {
    fail: PUBLISHED_NO,
    missing: `OR(${PUBLISHED_BLANK},AND(${isYes("Kennzahlen_veroeffentlicht")},NOT(${isYes("Sicherheitsausnahme")}),Kennzahlen_Ort=""))`,
  },
  "3.2.6.1": {
    format: "number",
    value: `COUNTA(Kunde_Name)`,
    fail: `${countOf("Kunde_Info_Pruefung", FAIL)}>0`,
    missing: `OR(${countOf("Kunde_Info_Pruefung", MISSING)}>0,COUNTA(Kunde_Name)=0)`,
  },
  "3.2.6.2": {
    notApplicable: isNo("Monetaere_Abrechnung"),
    fail: `${countOf("Kunde_Preis_Pruefung", FAIL)}>0`,
    missing: `OR(${countOf("Kunde_Preis_Pruefung", MISSING)}>0,${isUnanswered("Monetaere_Abrechnung")})`,
  },
  "3.2.6.3": declarations(["Beratungsangebot"]),
  "3.2.7": keyFigure("PUE", PUE_NEEDS, isFalse("Bilanzzeitraum_Pruefung")),
  "3.2.8": keyFigure("CER", CER_NEEDS),
  "3.2.9": {
    value: `IFERROR(INDEX(TGA_Kaeltemittel,MATCH("${FAIL[0]}",TGA_Kaeltemittel_Pruefung,0)),INDEX(TGA_Kaeltemittel,MATCH("${FAIL[1]}",TGA_Kaeltemittel_Pruefung,0)))`,
    fail: `${countOf("TGA_Kaeltemittel_Pruefung", FAIL)}>0`, missing: `${countOf("TGA_Kaeltemittel_Pruefung", MISSING)}>0` },
  // with the ERF publication of 3.2.5 for data centres from 2023-01-01 (3.2.10, fourth point)
  "3.2.10": {
    value: "ERF_Jahr", limit: "0",
    fail: `OR(${isFalse("Abwaerme_Pruefung")},AND(${WASTE_HEAT_BOUND},${PUBLISHED_NO}))`,
    missing: `OR(${notLogical("Abwaerme_Pruefung")},AND(${WASTE_HEAT_BOUND},${PUBLISHED_BLANK}))`,
  },
  "3.2.11": { fail: `${countOf("TGA_SF6_Pruefung", FAIL)}>0`, missing: `${countOf("TGA_SF6_Pruefung", MISSING)}>0` },
  "3.2.12": {
    value: "Flaecheneffizienz_ITF",
    missing: `OR(NOT(ISNUMBER(IT_Gesamtleistung_kW)),IF(${isYes("Teilflaeche")},OR(NOT(ISNUMBER(Flaeche_NF_m2)),NOT(ISNUMBER(Flaeche_ITF_m2))),OR(NOT(ISNUMBER(Flaeche_BGF_m2)),NOT(ISNUMBER(Flaeche_BF_m2)),NOT(ISNUMBER(Flaeche_ITF_m2)))))`,
  },
  "3.2.13": declarations(["Neuanschaffungen_Prozess"]),
  "3.3.1": { format: "number", value: "COUNTA(IT_Typ)", missing: kinds(IT_REQUIRED.map((k) => k.words), "IT_Typ") },
  "3.3.2": {
    format: "percent",
    // the coverage that fails: servers, else storage (as the catalogue shows it)
    value: `IF(AND(NOT(AND(ISNUMBER(Erfassung_Server),Erfassung_Server<${coverageMin})),ISNUMBER(Erfassung_Speicher),Erfassung_Speicher<${coverageMin}),Erfassung_Speicher,Erfassung_Server)`,
    limit: String(coverageMin),
    // rows of Anlage 4.2 with CPU values but no server ID miss data (the IDs themselves: see docs/interpretations.md)
    fail: `OR(AND(ISNUMBER(Erfassung_Server),Erfassung_Server<${coverageMin}),AND(ISNUMBER(Erfassung_Speicher),Erfassung_Speicher<${coverageMin}),AND(GPU_Server>0,${isNo("GPU_CPU_Monitoring")}))`,
    missing: `OR(CPU_Zeilen_ohne_Kennung>0,NOT(ISNUMBER(Erfassung_Server)),NOT(ISNUMBER(Erfassung_Speicher)),CPU_Monate<${seriesMonthsMin},Speicher_Monate<${seriesMonthsMin},AND(GPU_Server>0,${isUnanswered("GPU_CPU_Monitoring")}))`,
  },
  "3.3.3": {
    format: "percent",
    value: "ITEU_SV",
    limit: "0.2",
    fail: isFalse("ITEU_Pruefung"),
    missing: `OR(${notLogical("ITEU_Pruefung")},CPU_Monate<ITEU_Monate_noetig)`,
  },
  // the Verschlusssachen exception frees only those data carriers, not the criterion (docs/interpretations.md)
  "3.3.4": declarations(["Reuse_Loeschverfahren", "Reuse_Vertrag"]),
};

/** The defined name of a criterion's status cell in Anlage 2: Status_3_2_7. */
export const statusName = (id: string) => `Status_${id.replace(/\./g, "_")}`;

const roleCells: Record<Role, string> = {
  rzBetreiber: "Rolle_RZ_Betreiber",
  rzDienstleister: "Rolle_RZ_Dienstleister",
  itBetreiber: "Rolle_IT_Betreiber",
};

/** Excel: the applicant holds one of `roles`. */
export function appliesFormula(roles: Role[]): string {
  return `OR(${roles.map((r) => isYes(roleCells[r])).join(",")})`;
}

export const anyRoleFormula = appliesFormula(["rzBetreiber", "rzDienstleister", "itBetreiber"]);

/** Excel: a role cell holds something that is neither yes nor no ("x"): no criterion can be placed (Tabelle 1). */
export const unreadableRoleFormula = `OR(${Object.values(roleCells).map((ref) => `AND(TRIM(${ref})<>"",${isUnanswered(ref)})`).join(",")})`;
