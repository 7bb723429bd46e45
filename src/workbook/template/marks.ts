/**
 * The template's conditional formats: red on the input cells that make a criterion fail, amber where data a
 * criterion needs are missing. Every rule reads the criterion's status in Anlage 2 (Status_3_2_7 …) besides
 * its own check, so the marks update as the user types and stay off for criteria of other roles.
 */
import { a1, ConditionalFormat } from "../book";
import { coverageMin, seriesMonthsMin } from "../../engine/rules";
import { anyRoleFormula, statusName } from "./checklist";
import { SERIES_MONTHS } from "./layout";
import { Field, Lang, NameAddress } from "./model";
import { isNo, isUnanswered, isYes, monthStatus, rowStatus, statusWords } from "./vocabulary";

export const ROLE_FIELDS = ["Rolle_RZ_Betreiber", "Rolle_RZ_Dienstleister", "Rolle_IT_Betreiber"];

type Style = "fail" | "missing";

/**
 * `condition` and one of the criteria `ids` has the status the style stands for. Missing data are marked
 * only once a role is chosen: before, every criterion is "fehlt" for want of a role, and only the roles are.
 */
function when(lang: Lang, style: Style, ids: string[], condition: string): string {
  const word = statusWords[lang][style];
  const status = ids.map((id) => `${statusName(id)}="${word}"`);
  return `AND(${condition},${style === "missing" ? `${anyRoleFormula},` : ""}${status.length === 1 ? status[0] : `OR(${status.join(",")})`})`;
}

/**
 * `condition` while one of the criteria `ids` applies (a role chosen, the status not "nicht anwendbar"), whatever
 * the status says: for the wrong IDs of Anlage 4.1 and 4.2 (3.3.1, 3.3.2), which the catalogue judges and
 * Anlage 2 does not (a lookup per row, docs/interpretations.md), so the status may read "erfüllt".
 */
function whileApplies(lang: Lang, ids: string[], condition: string): string {
  const applies = ids.map((id) => `${statusName(id)}<>"${statusWords[lang].not_applicable}"`);
  return `AND(${condition},${anyRoleFormula},${applies.length === 1 ? applies[0] : `OR(${applies.join(",")})`})`;
}

/**
 * An input field's marks: amber while it is blank and a criterion it decides misses data, red while it
 * says "Nein" and such a criterion fails; the roles are amber while none is chosen.
 */
export function fieldMarks(f: Field, cell: string, lang: Lang): ConditionalFormat[] {
  if (ROLE_FIELDS.includes(f.name)) return [{ range: cell, formula: `AND(${cell}="",NOT(${anyRoleFormula}))`, style: "missing" }];
  if (!f.feeds?.length || f.kind === "formula") return [];
  // a yes/no the engine cannot read ("x") misses data as a blank does
  const blank = f.kind === "yesno" ? isUnanswered(cell) : `${cell}=""`;
  const marks: ConditionalFormat[] = [
    { range: cell, formula: when(lang, "missing", f.feeds, f.neededIf ? `${blank},${f.neededIf}` : blank), style: "missing" },
  ];
  if (f.kind === "yesno" && !f.noIsAnswer) marks.push({ range: cell, formula: when(lang, "fail", f.feeds, isNo(cell)), style: "fail" });
  return marks;
}

/** The marks on tables and computed figures, by sheet. */
export function tableMarks(lang: Lang, find: (name: string) => NameAddress): Record<string, ConditionalFormat[]> {
  const first = (name: string) => a1(find(name).row, find(name).col);
  const last = (name: string) => a1(find(name).row + find(name).rows - 1, find(name).col + find(name).cols - 1);
  const range = (from: string, to = from) => `${first(from)}:${last(to)}`;
  /** The cell of column `name` in the rule's own row ($H7 for a rule whose range starts in row 7). */
  const rowOf = (name: string) => `$${first(name).replace(/\d+$/, "")}${find(name).row}`;
  const rs = rowStatus[lang];
  const m = monthStatus[lang];
  const out: Record<string, ConditionalFormat[]> = {};
  const add = (name: string, rng: string, style: Style, ids: string[], condition: string) =>
    (out[find(name).sheet] ??= []).push({ range: rng, formula: when(lang, style, ids, condition), style });

  // Anlage 3.4 (3.2.2): negative values, a month listed twice, blanks in months of the period, a period of
  // other than 12 months, months without a row
  add("Messwerte", range("Messwerte"), "fail", ["3.2.2"], `ISNUMBER(${first("Messwerte")}),${first("Messwerte")}<0`);
  add("Monat", range("Monat"), "fail", ["3.2.2"], `${rowOf("Monat_Status")}="${m.duplicate}"`);
  add("MP_EVU", range("MP_EVU", "Wasser_m3"), "missing", ["3.2.2", "3.2.7", "3.2.8"], `${first("MP_EVU")}="",${rowOf("Monat_Status")}="${m.incomplete}"`);
  add("Monate_Berichtszeitraum", first("Monate_Berichtszeitraum"), "fail", ["3.2.2"], `ISNUMBER(${first("Monate_Berichtszeitraum")}),${first("Monate_Berichtszeitraum")}<>Monate_noetig`);
  for (const name of ["Werte_negativ", "Monate_doppelt"]) add(name, first(name), "fail", ["3.2.2"], `${first(name)}>0`);
  for (const name of ["Monate_erfasst", "Monate_vollstaendig"]) add(name, first(name), "missing", ["3.2.2"], `${first(name)}<Monate_noetig`);
  // Anlage 3.9: the months with every meter of PUE (3.2.7) and CER (3.2.8)
  add("PUE_Monate", first("PUE_Monate"), "missing", ["3.2.7"], `${first("PUE_Monate")}<12`);
  add("CER_Monate", first("CER_Monate"), "missing", ["3.2.8"], `${first("CER_Monate")}<12`);

  // Anlage 3.5: every plant with its date (3.2.3); the refrigerant (3.2.9) or insulation medium (3.2.11) of a row
  add("TGA_Datum", range("TGA_Datum"), "missing", ["3.2.3", "3.2.9", "3.2.11"], `${first("TGA_Datum")}="",${rowOf("TGA_Art")}<>""`);
  add("TGA_Kaeltemittel", range("TGA_Kaeltemittel"), "fail", ["3.2.9"], `${rowOf("TGA_Kaeltemittel_Pruefung")}="${rs.fail}"`);
  for (const c of ["TGA_Leistung_kW", "TGA_Kaeltemittel"]) add(c, range(c), "missing", ["3.2.9"], `${first(c)}="",${rowOf("TGA_Kaeltemittel_Pruefung")}="${rs.missing}"`);
  add("TGA_Isoliermedium", range("TGA_Isoliermedium"), "fail", ["3.2.11"], `${rowOf("TGA_SF6_Pruefung")}="${rs.fail}"`);
  add("TGA_Isoliermedium", range("TGA_Isoliermedium"), "missing", ["3.2.11"], `${first("TGA_Isoliermedium")}="",${rowOf("TGA_SF6_Pruefung")}="${rs.missing}"`);

  // Anlage 3.7-3.8: customers from 5 kW without monthly information (3.2.6.1), price models (3.2.6.2)
  add("Kunde_Monatsinfo", range("Kunde_Monatsinfo"), "fail", ["3.2.6.1"], `${rowOf("Kunde_Info_Pruefung")}="${rs.fail}"`);
  add("Kunde_Preis_kWh", range("Kunde_Preis_kWh", "Kunde_Freimenge_kWh"), "fail", ["3.2.6.2"], `${rowOf("Kunde_Preis_Pruefung")}="${rs.fail}"`);
  for (const c of ["Kunde_Spitzenlast_kW", "Kunde_Monatsinfo"]) add(c, range(c), "missing", ["3.2.6.1"], `${first(c)}="",${rowOf("Kunde_Info_Pruefung")}="${rs.missing}"`);
  for (const c of ["Kunde_Spitzenlast_kW", "Kunde_Preis_kWh", "Kunde_Einkaufspreis_kWh"]) add(c, range(c), "missing", ["3.2.6.2"], `${first(c)}="",${rowOf("Kunde_Preis_Pruefung")}="${rs.missing}"`);

  // key figures that break their limit: the figure's own check is FALSE
  const figure = (value: string, check: string, id: string) => add(value, first(value), "fail", [id], `IF(ISLOGICAL(${check}),NOT(${check}),FALSE)`);
  figure("Anteil_erneuerbar", "Erneuerbar_Pruefung", "3.2.4");
  figure("PUE_Jahr", "PUE_Pruefung", "3.2.7");
  figure("Berichtszeitraum_Ende", "Bilanzzeitraum_Pruefung", "3.2.7");
  figure("PUE_Planwert", "PUE_Plan_Pruefung", "3.2.7");
  figure("CER_Jahr", "CER_Pruefung", "3.2.8");
  figure("CER_Planwert", "CER_Plan_Pruefung", "3.2.8");
  figure("ERF_Jahr", "Abwaerme_Pruefung", "3.2.10");
  figure("ITEU_SV", "ITEU_Pruefung", "3.3.3");

  // IT load (3.3.2, Anhang D): coverage below 90 %, series shorter than 3 months (3.3.3: 12, or 1 by Ausnahme 1)
  for (const name of ["Erfassung_Server", "Erfassung_Speicher"]) add(name, first(name), "fail", ["3.3.2"], `ISNUMBER(${first(name)}),${first(name)}<${coverageMin}`);
  // Anlage 4.2 (3.3.2): CPU values without a server ID do not count as a monitored server
  add("CPU_Server_ID", range("CPU_Server_ID"), "missing", ["3.3.2"], `${first("CPU_Server_ID")}="",ISNUMBER(${rowOf("CPU_Werte")}),${rowOf("CPU_Werte")}>0`);
  add("CPU_Zeilen_ohne_Kennung", first("CPU_Zeilen_ohne_Kennung"), "missing", ["3.3.2"], `${first("CPU_Zeilen_ohne_Kennung")}>0`);
  // an ID an earlier row already has (3.3.1 in Anlage 4.1; 3.3.2 in Anlage 4.2), as MATCH compares: its position
  // in the column is not the row's own
  const repeated = (name: string) => `MATCH(${first(name)},${name},0)<ROW(${first(name)})-${find(name).row - 1}`;
  const addWhileApplies = (name: string, ids: string[], condition: string, style: Style = "fail") =>
    (out[find(name).sheet] ??= []).push({ range: range(name), formula: whileApplies(lang, ids, `TRIM(${first(name)})<>"",${condition}`), style });
  addWhileApplies("IT_ID", ["3.3.1"], repeated("IT_ID"));
  // Anlage 4.2 (3.3.2): an ID that is no server of 4.1 (or not there), or named before, is red
  const at = (column: string) => `INDEX(${column},MATCH(${first("CPU_Server_ID")},IT_ID,0))`;
  addWhileApplies("CPU_Server_ID", ["3.3.2"], `OR(IFERROR(${at("IT_Typ")}<>"Server",TRUE),${repeated("CPU_Server_ID")})`);
  // a GPU server (3.3.3 Ausnahme 2) is amber: ITEU_SV and the coverage leave it out, it fails nothing; remove the row
  // (the ID cell's input message says so)
  addWhileApplies("CPU_Server_ID", ["3.3.2", "3.3.3"], `IFERROR(${isYes(at("IT_GPU"))},FALSE)`, "missing");
  // rows with an ID but a series shorter than 3 months do not count as monitored: red while the server coverage fails
  add("CPU_Werte", range("CPU_Werte"), "fail", ["3.3.2"],
    `${rowOf("CPU_Server_ID")}<>"",ISNUMBER(${first("CPU_Werte")}),${first("CPU_Werte")}>0,${first("CPU_Werte")}<${SERIES_MONTHS},ISNUMBER(Erfassung_Server),Erfassung_Server<${coverageMin}`);
  add("CPU_Zeilen_kurz", first("CPU_Zeilen_kurz"), "fail", ["3.3.2"], `${first("CPU_Zeilen_kurz")}>0,ISNUMBER(Erfassung_Server),Erfassung_Server<${coverageMin}`);
  add("CPU_Monate", first("CPU_Monate"), "missing", ["3.3.2", "3.3.3"], `${first("CPU_Monate")}<ITEU_Monate_noetig`);
  add("Speicher_Monate", first("Speicher_Monate"), "missing", ["3.3.2"], `${first("Speicher_Monate")}<${seriesMonthsMin}`);
  return out;
}
