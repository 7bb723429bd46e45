/**
 * The sheet "Gesetz EnEfG-EU" (issue 13): what the Energieeffizienzgesetz (§§ 11-17, Anlage 3) and the EU report
 * ((EU) 2024/1364) need beyond DE-UZ 228's data (law-notes.md § 4), each input by the defined name the rule sets read
 * (src/engine/rulesets/lawNames.ts), with validation and an input message citing the paragraph; below them the
 * law's figures and statuses as of a day (Stichtag, blank: today), computed with the DEUZ.ENEFG functions. Energies
 * and water are for the reporting period of Stammdaten, like Anlage 3.4's sums; what Anlage 3.4 already holds
 * (grid purchase MP_EVU, own generation MP_EE, generators MP_NEA, IT, reused heat MP_An, heat-upgrade electricity
 * MP_Auskopplung, drinking water) is not asked again.
 */
import { dcTypes, emsKinds, erfExemptions, LAW, LAW_SHEET, wasteHeatAnswers } from "../../engine/rulesets/lawNames";
import { enefg2023 } from "../../engine/rulesets/enefgParams";
import { toIsoDate } from "../../engine/dates";
import type { ConditionalFormat } from "../book";
import { Field, Lang, SheetSpec } from "./model";
import { isNo, isUnanswered, isYes, statusWords, yesNo } from "./vocabulary";

const field = (name: string, de: string, en: string, kind: Field["kind"], extra: Partial<Field> = {}): Field => ({ name, label: { de, en }, kind, ...extra });
const prompt = (de: string, en: string) => ({ prompt: { de, en } });
const words = (kinds: Record<string, { de: string; en: string }>) => (lang: Lang) => Object.values(kinds).map((k) => k[lang]);
const computed = (name: string, de: string, en: string, formula: (lang: Lang) => string, format?: Field["format"]): Field => ({ name, label: { de, en }, kind: "formula", formula, format });

/** DATE(2026,7,1) for a serial of the parameters. */
const excelDate = (serial: number) => {
  const [y, m, d] = toIsoDate(serial).split("-").map(Number);
  return `DATE(${y},${m},${d})`;
};

/**
 * A status word of the template's language: outside § 3 Nr. 24's scope *nicht anwendbar* (blank power: *fehlt*),
 * `needs` blank *fehlt*, `notYet` (or the check's #N/A: no limit binds yet) *nicht anwendbar*, else the check.
 */
const statusOf = (lang: Lang, check: string, needs: string, notYet = "FALSE()") => {
  const w = statusWords[lang];
  return `IF(N(${LAW.connectionKw})<${enefg2023.scopeKw},IF(${LAW.connectionKw}="","${w.missing}","${w.not_applicable}"),IF(${needs},"${w.missing}",IF(${notYet},"${w.not_applicable}",IFERROR(IF(${check},"${w.pass}","${w.fail}"),"${w.not_applicable}"))))`;
};

/** Anlage 3 items the inputs of this sheet hold (EnEfG-13), and the EU report's (EU-1364). */
const ANLAGE3_INPUTS = [LAW.owner, LAW.operator, LAW.postcode, LAW.itKw, LAW.feedBack, LAW.heatToEnvironment, LAW.heatToEnvironmentC, LAW.heatDeliveredC, LAW.dataStored, LAW.waterTotal];
const EU_INPUTS = [LAW.lau, LAW.type, LAW.redundancyPower, LAW.redundancyCooling, LAW.otherEnergy, LAW.goo, LAW.ppa, LAW.onSite, LAW.trafficIn, LAW.trafficOut, LAW.intakeC];

/**
 * The statuses in place: the status cells coloured as Anlage 2's; amber on an input the register (EnEfG-13) or the EU
 * report (EU-1364) needs while it is blank and the data centre is in scope (§ 3 Nr. 24: 300 kW; 2024/1364: 500 kW IT);
 * red on "keines" as the management system (§ 12(1)) and on "Nein" to § 15 while services are offered to third
 * parties; amber on the inputs of §§ 16, 17 once the company's average is above 2.5 GWh, and on the IT power of an
 * applicant who is an IT operator only (§ 12(5)). A workbook that leaves the sheet blank (DE-UZ 228 alone) is not
 * marked: its scope is not known.
 */
function lawMarks(lang: Lang, cellOf: (name: string) => string): ConditionalFormat[] {
  const w = statusWords[lang];
  const inScope = `N(${LAW.connectionKw})>=${enefg2023.scopeKw}`;
  const euScope = `N(${LAW.itKw})>=500`;
  const out: ConditionalFormat[] = [];
  for (const status of ["Status_EnEfG_11_PUE", "Status_EnEfG_11_5"]) {
    const c = cellOf(status);
    for (const style of ["fail", "missing", "pass"] as const) out.push({ range: c, formula: `AND(${c}="${w[style]}",${inScope})`, style });
  }
  for (const n of ANLAGE3_INPUTS) out.push({ range: cellOf(n), formula: `AND(${cellOf(n)}="",${inScope})`, style: "missing" });
  for (const n of EU_INPUTS) out.push({ range: cellOf(n), formula: `AND(${cellOf(n)}="",${euScope})`, style: "missing" });
  const ems = cellOf(LAW.emsKind);
  out.push({ range: ems, formula: `AND(${ems}="",${inScope})`, style: "missing" });
  out.push({ range: ems, formula: `AND(OR(${ems}="${emsKinds.none.de}",${ems}="${emsKinds.none.en}"),${inScope})`, style: "fail" });
  const informed = cellOf(LAW.customersInformed);
  out.push({ range: informed, formula: `AND(${isUnanswered(informed)},${isYes(LAW.customers)},${inScope})`, style: "missing" });
  out.push({ range: informed, formula: `AND(${isNo(informed)},${isYes(LAW.customers)},${inScope})`, style: "fail" });
  // §§ 16, 17: the company's three-year average decides (§ 16(4), § 17(4): above 2.5 GWh); then the answer to § 16 and
  // the platform's items of § 17(1), (2). "nicht umgesetzt" red, as EnEfG-16 fails it
  const finalEnergy = cellOf(LAW.finalEnergy3y);
  out.push({ range: finalEnergy, formula: `AND(${finalEnergy}="",${inScope})`, style: "missing" });
  const above = `N(${LAW.finalEnergy3y})>${enefg2023.wasteHeatExemptKwh}`;
  for (const n of [LAW.wasteHeat16, LAW.heatMaxKw, LAW.heatControl, LAW.heatPlatformSent]) {
    out.push({ range: cellOf(n), formula: `AND(${cellOf(n)}="",${inScope},${above})`, style: "missing" });
  }
  const wasteHeat = cellOf(LAW.wasteHeat16);
  out.push({ range: wasteHeat, formula: `AND(OR(${wasteHeat}="${wasteHeatAnswers.open.de}",${wasteHeat}="${wasteHeatAnswers.open.en}",${isNo(wasteHeat)}),${inScope},${above})`, style: "fail" });
  // § 12(5), § 3 Nr. 4: an applicant who operates IT in someone else's data centre (no data-centre role) gives its IT's
  // power; within the rule set's scope, as the engine judges EnEfG-12-5
  const itOperator = cellOf(LAW.itOperatorKw);
  out.push({ range: itOperator, formula: `AND(${itOperator}="",${isYes("Rolle_IT_Betreiber")},NOT(${isYes("Rolle_RZ_Betreiber")}),NOT(${isYes("Rolle_RZ_Dienstleister")}),${inScope})`, style: "missing" });
  return out;
}

export function lawSheet(): SheetSpec {
  const cutoff = excelDate(enefg2023.cutoff);
  return {
    marks: lawMarks,
    name: LAW_SHEET,
    title: { de: "Gesetz: Energieeffizienzgesetz (EnEfG) und EU-Rechenzentrumsbericht", en: "Law: Energy Efficiency Act (EnEfG) and EU data-centre report" },
    intro: {
      de: "Angaben für §§ 11-17 EnEfG mit Anlage 3 (Register) und die Delegierte Verordnung (EU) 2024/1364, soweit DE-UZ 228 sie nicht schon erfasst. Jahreswerte für den Berichtszeitraum. `deuz check --rules enefg-2023,eu-2024-1364`, `deuz register`. Keine Rechtsberatung.",
      en: "Data for EnEfG §§ 11-17 with Anlage 3 (register) and Delegated Regulation (EU) 2024/1364 that DE-UZ 228 does not already hold. Annual values for the reporting period. `deuz check --rules enefg-2023,eu-2024-1364`, `deuz register`. Not legal advice.",
    },
    fields: [
      field(LAW.owner, "Name des Eigentümers (Anlage 3 Nr. 1b)", "Name of the owner (Anlage 3 No. 1b)", "text"),
      field(LAW.operator, "Name des Betreibers (Anlage 3 Nr. 1b; § 3 Nr. 3)", "Name of the operator (Anlage 3 No. 1b; § 3 No. 3)", "text"),
      field(LAW.postcode, "Postleitzahl des Standorts (Anlage 3 Nr. 1d)", "Postcode of the site (Anlage 3 No. 1d)", "text"),
      field(LAW.lau, "Gemeinde als Eurostat-LAU-Code (EU 2024/1364)", "Municipality as Eurostat LAU code (EU 2024/1364)", "text"),
      field(LAW.type, "Art des Rechenzentrums (EU 2024/1364)", "Type of data centre (EU 2024/1364)", "list", { list: words(dcTypes) }),
      field(LAW.connectionKw, "Nicht redundante elektrische Nennanschlussleistung des RZ (§ 3 Nr. 24: ab 300 kW gilt das Gesetz)", "Non-redundant electrical rated connection power of the data centre (§ 3 No. 24: the law applies from 300 kW)", "number", {
        unit: "kW", ...prompt("§ 3 Nr. 24 EnEfG: ab 300 kW ist es ein Rechenzentrum im Sinne des Gesetzes; § 12 Abs. 3: ab 1 MW Zertifizierung.", "EnEfG § 3 No. 24: from 300 kW it is a data centre under the law; § 12(3): certification from 1 MW."),
      }),
      field(LAW.itKw, "Nennanschlussleistung der IT / installierte IT-Leistung PD_IT (Anlage 3 Nr. 1c, 1f; EU: ab 500 kW)", "Rated connection power of the IT / installed IT power PD_IT (Anlage 3 No. 1c, 1f; EU: from 500 kW)", "number", {
        unit: "kW", ...prompt("Anlage 3 Nr. 1c/1f EnEfG; (EU) 2024/1364: berichtspflichtig ab 500 kW installierter IT-Leistung.", "EnEfG Anlage 3 No. 1c/1f; (EU) 2024/1364: reporting from 500 kW installed IT power."),
      }),
      field(LAW.redundancyPower, "Redundanz Stromversorgung, z. B. N+1, 2N (EU)", "Power redundancy, e.g. N+1, 2N (EU)", "text"),
      field(LAW.redundancyCooling, "Redundanz Kühlung, z. B. N+1 (EU)", "Cooling redundancy, e.g. N+1 (EU)", "text"),
      field(LAW.publicBody, "Im Eigentum öffentlicher Träger oder für sie betrieben (§ 12 Abs. 3)", "Owned by or run for public bodies (§ 12(3))", "yesno", { list: (lang) => yesNo[lang] }),
      field(LAW.decommission, "Geplante Außerbetriebnahme (§ 12 Abs. 6: vor dem 01.07.2027 entfällt § 12)", "Planned decommissioning (§ 12(6): before 2027-07-01 § 12 does not apply)", "date"),
      field(LAW.emsKind, "Energie- oder Umweltmanagementsystem (§ 12 Abs. 1)", "Energy or environmental management system (§ 12(1))", "list", {
        list: words(emsKinds), ...prompt("§ 12 Abs. 1 EnEfG: bis 01.07.2025 einrichten (DIN EN ISO 50001 oder EMAS).", "EnEfG § 12(1): in place by 2025-07-01 (ISO 50001 or EMAS)."),
      }),
      field(LAW.emsSince, "Eingerichtet seit (§ 12 Abs. 1)", "In place since (§ 12(1))", "date"),
      field(LAW.emsCertified, "Validiert oder zertifiziert am (§ 12 Abs. 3: ab 01.01.2026, ab 1 MW oder öffentlich ab 300 kW)", "Validated or certified on (§ 12(3): from 2026-01-01, from 1 MW or public from 300 kW)", "date"),
      field(LAW.emsExempt, "Befreiung § 12 Abs. 4: ≥ 50 % der Abwärme ins Wärmenetz und ≤ 7,5 GWh/a (3 Jahre)", "Exemption § 12(4): ≥ 50 % of the heat into a heat network and ≤ 7.5 GWh/a (3 years)", "yesno", { list: (lang) => yesNo[lang] }),
      field(LAW.erfExemption, "Ausnahme vom Anteil wiederverwendeter Energie (§ 11 Abs. 3; nur RZ ab 01.07.2026)", "Exemption from the energy reuse share (§ 11(3); data centres from 2026-07-01 only)", "list", {
        list: words(erfExemptions), neededIf: `Inbetriebnahme_RZ>=${cutoff}`,
        ...prompt("§ 11 Abs. 3 EnEfG: Nr. 1 nachträgliche Ereignisse, Nr. 2 Vereinbarung zum Wärmenetz (10 Jahre), Nr. 3 Angebot zu Gestehungskosten 6 Monate nicht angenommen. Der Betreiber muss sie nachweisen.",
          "EnEfG § 11(3): No. 1 later events, No. 2 heat-network agreement (10 years), No. 3 offer at production cost not accepted within 6 months. The operator must prove it."),
      }),
      field(LAW.customers, "Dienstleistungen für Dritte (Kunden) (§ 15)", "Services to third parties (customers) (§ 15)", "yesno", { list: (lang) => yesNo[lang] }),
      field(LAW.customersInformed, "Jedem Kunden seine direkt zuzuordnenden Energieverbräuche pro Jahr dargestellt (§ 15)", "Each customer shown the energy directly attributable to them per year (§ 15)", "yesno", { list: (lang) => yesNo[lang], neededIf: isYes(LAW.customers) }),
      field(LAW.feedBack, "Stromrückspeisung in das Versorgungsnetz (Anlage 3 Nr. 2a)", "Electricity fed back into the grid (Anlage 3 No. 2a)", "kwh", { unit: "kWh", format: "number" }),
      field(LAW.otherEnergy, "Brennstoffe und andere Energie zur Kühlung, nicht Strom (EU: Teil von E_DC; 0 wenn keine)", "Fuels and other energy for cooling, not electricity (EU: part of E_DC; 0 if none)", "kwh", { unit: "kWh", format: "number" }),
      field(LAW.heatToEnvironment, "Abwärme an Luft, Gewässer oder Boden (Anlage 3 Nr. 2c)", "Waste heat to air, water or ground (Anlage 3 No. 2c)", "kwh", { unit: "kWh", format: "number" }),
      field(LAW.heatToEnvironmentC, "… ihre durchschnittliche Temperatur (Anlage 3 Nr. 2c)", "… its average temperature (Anlage 3 No. 2c)", "number", { unit: "°C" }),
      field(LAW.heatDeliveredC, "Durchschnittliche Temperatur der an Wärmeabnehmer gelieferten Abwärme (Menge: MP_An; Anlage 3 Nr. 2d)", "Average temperature of the heat delivered to offtakers (amount: MP_An; Anlage 3 No. 2d)", "number", { unit: "°C" }),
      field(LAW.waterTotal, "Wasser gesamt W_IN (Trinkwasser: Anlage 3.4; EU WUE)", "Total water input W_IN (drinking water: Anlage 3.4; EU WUE)", "number", { unit: "m³", format: "number" }),
      field(LAW.goo, "Erneuerbarer Strom: entwertete Herkunftsnachweise E_RES-GOO (EU)", "Renewable electricity: cancelled guarantees of origin E_RES-GOO (EU)", "kwh", { unit: "kWh", format: "number" }),
      field(LAW.ppa, "Erneuerbarer Strom: Strombezugsverträge E_RES-PPA (EU)", "Renewable electricity: power purchase agreements E_RES-PPA (EU)", "kwh", { unit: "kWh", format: "number" }),
      field(LAW.onSite, "Erneuerbarer Strom: Erzeugung vor Ort E_RES-OS (EU)", "Renewable electricity: on-site generation E_RES-OS (EU)", "kwh", { unit: "kWh", format: "number" }),
      field(LAW.dataStored, "Gespeicherte und verarbeitete Daten (Anlage 3 Nr. 2e; Einheit nicht vorgegeben)", "Data stored and processed (Anlage 3 No. 2e; no unit given)", "number", { unit: "TB" }),
      field(LAW.trafficIn, "Eingehender Datenverkehr (EU)", "Incoming data traffic (EU)", "number", { unit: "TB" }),
      field(LAW.trafficOut, "Ausgehender Datenverkehr (EU)", "Outgoing data traffic (EU)", "number", { unit: "TB" }),
      field(LAW.intakeC, "Sollwert der Zulufttemperatur der IT (EU)", "IT intake air temperature set point (EU)", "number", { unit: "°C" }),
      field(LAW.registerSent, "An das Register übermittelt am (§ 13 Abs. 1: bis 31. März für das Vorjahr)", "Sent to the register on (§ 13(1): by 31 March for the year before)", "date"),
      // § 12(5): the applicant an IT operator only (Stammdaten roles; layout.ts IT_ONLY, spelt out: no import cycle)
      field(LAW.itOperatorKw, "Nur IT-Betreiber in einem fremden RZ: nicht redundante Nennanschlussleistung der eigenen IT (§ 3 Nr. 4 ab 50 kW; § 12 Abs. 5)", "IT operator only, in someone else's data centre: non-redundant rated connection power of the own IT (§ 3 No. 4 from 50 kW; § 12(5))", "number", {
        unit: "kW", neededIf: `AND(${isYes("Rolle_IT_Betreiber")},NOT(${isYes("Rolle_RZ_Betreiber")}),NOT(${isYes("Rolle_RZ_Dienstleister")}))`,
        ...prompt("§ 12 Abs. 5 EnEfG: Managementsystem wie § 12 Abs. 1, 2; validiert oder zertifiziert ab 01.01.2026 ab 500 kW (für öffentliche Träger ab 300 kW).", "EnEfG § 12(5): management system as § 12(1), (2); validated or certified from 2026-01-01 from 500 kW (for public bodies from 300 kW)."),
      }),
      field(LAW.finalEnergy3y, "Gesamtendenergieverbrauch des Unternehmens im Jahresmittel der letzten drei abgeschlossenen Kalenderjahre (§ 16 Abs. 4, § 17 Abs. 4: bis 2,5 GWh ausgenommen)", "The company's total final energy a year, average of the last three closed calendar years (§ 16(4), § 17(4): up to 2.5 GWh exempt)", "kwh", { unit: "kWh", format: "number" }),
      field(LAW.wasteHeat16, "Abwärme nach dem Stand der Technik vermieden und, soweit möglich und zumutbar, wiederverwendet (§ 11 Abs. 4, § 16 Abs. 1, 2)", "Waste heat avoided per the state of the art and reused as far as possible and reasonable (§ 11(4), § 16(1), (2))", "list", {
        list: words(wasteHeatAnswers), ...prompt("§ 16 EnEfG: technische, wirtschaftliche und betriebliche Belange abwägen, auch Nutzung auf dem Gelände und bei Dritten; die Prüfung dokumentieren.", "EnEfG § 16: weigh technical, economic and operational matters, including use on site and by third parties; document the assessment."),
      }),
      field(LAW.heatMaxKw, "Maximale thermische Leistung der Abwärme (§ 17 Abs. 1 Nr. 3; Jahresmenge: MP_RZ)", "Maximum thermal power of the waste heat (§ 17(1) No. 3; annual amount: MP_RZ)", "number", { unit: "kW" }),
      field(LAW.heatControl, "Möglichkeiten zur Regelung von Temperatur, Druck und Einspeisung (§ 17 Abs. 1 Nr. 5)", "Options to control temperature, pressure and feed-in (§ 17(1) No. 5)", "text"),
      field(LAW.heatPlatformSent, "An die Plattform für Abwärme übermittelt am (§ 17 Abs. 2: bis 31. März)", "Sent to the waste-heat platform on (§ 17(2): by 31 March)", "date"),
      field("Gesetz_Stichtag", "Stichtag der Beurteilung (leer: heute)", "Day judged (blank: today)", "date"),
      computed("Gesetz_Stichtag_wirksam", "Beurteilt am", "Judged on", () => `IF(Gesetz_Stichtag="",TODAY(),Gesetz_Stichtag)`, "date"),
      // § 11(2) S. 3: the heat-upgrade electricity comes off the PUE of data centres operating from 1.7.2026 only
      computed("EnEfG_PUE_Jahr", "PUE nach EnEfG im Berichtszeitraum (§ 11; ab 01.07.2026 ohne Abwärmeaufwertung)", "PUE under EnEfG in the reporting period (§ 11; from 2026-07-01 without heat upgrading)",
        () => `IF(Inbetriebnahme_RZ="","",IFERROR(DEUZ.PUE(Jahr_Gesamt_kWh,Jahr_IT_kWh,IF(Inbetriebnahme_RZ>=${cutoff},Jahr_Auskopplung_kWh,0)),""))`, "ratio"),
      computed("EnEfG_PUE_Grenzwert", "PUE-Grenzwert am Stichtag (§ 11 Abs. 1/2; leer: noch keiner)", "PUE limit on the day (§ 11(1)/(2); blank: none yet)",
        () => `IFERROR(DEUZ.ENEFG.PUE.LIMIT(Inbetriebnahme_RZ,Gesetz_Stichtag_wirksam),"")`, "ratio"),
      computed("Status_EnEfG_11_PUE", "Status PUE (EnEfG-11-1 / EnEfG-11-2-PUE)", "Status PUE (EnEfG-11-1 / EnEfG-11-2-PUE)",
        (lang) => statusOf(lang, "DEUZ.ENEFG.PUE.CHECK(EnEfG_PUE_Jahr,Inbetriebnahme_RZ,Gesetz_Stichtag_wirksam)", `OR(Inbetriebnahme_RZ="",EnEfG_PUE_Jahr="")`)),
      computed("EnEfG_ERF_Mindestanteil", "Mindestanteil wiederverwendeter Energie am Stichtag (§ 11 Abs. 2; leer: keiner)", "Minimum energy reuse on the day (§ 11(2); blank: none)",
        () => `IFERROR(DEUZ.ENEFG.ERF.MIN(Inbetriebnahme_RZ,Gesetz_Stichtag_wirksam),"")`, "percent"),
      computed("EnEfG_EE_Mindestanteil", "Mindestanteil erneuerbaren Stroms am Stichtag (§ 11 Abs. 5)", "Minimum renewable share on the day (§ 11(5))",
        () => `IFERROR(DEUZ.ENEFG.RENEWABLE.MIN(Gesetz_Stichtag_wirksam),"")`, "percent"),
      // ROUND for floating-point noise, not a 1E-9 literal: LibreOffice respells that (integrity would flag the cell)
      computed("Status_EnEfG_11_5", "Status erneuerbarer Strom (EnEfG-11-5)", "Status renewable electricity (EnEfG-11-5)",
        (lang) => statusOf(lang, "ROUND(Anteil_erneuerbar,9)>=EnEfG_EE_Mindestanteil", `Anteil_erneuerbar=""`, `EnEfG_EE_Mindestanteil=""`)),
    ],
  };
}
