/**
 * The register data from the workbook: EnEfG Anlage 3 (zu § 13 Abs. 1), numbered as in the Anlage, and the items of
 * the EU report (EED Art. 12, Delegated Regulation (EU) 2024/1364, Annex I/II as far as public sources give them:
 * law-notes.md § 2.2), each with its value, unit and the cells it comes from, or *fehlt*. What `deuz register`
 * prints and what EnEfG-13 and EU-1364 judge complete.
 */
import { Text } from "../errors";
import { cerFigure, months, sum, completeMonths } from "../criteria/figures";
import { cellRef, Reader } from "../criteria/reader";
import { CellRef } from "../criteria/types";
import { PUE_METERS } from "../criteria/vocabulary";
import { toIsoDate } from "../dates";
import { dcTypes, LAW } from "./lawNames";
import { euKpis, euQuantities, lawErf, lawPue, lawRenewable, periodText } from "./lawFigures";

export interface RegisterItem {
  ruleSet: "enefg-2023" | "eu-2024-1364";
  /** "1a" … "2i" for Anlage 3; "I.1" … for the EU items (our numbering: the Annex's own was not verifiable). */
  no: string;
  label: Text;
  value: number | string | null;
  unit: string;
  cells: CellRef[];
  /** Blank or unreadable: *fehlt*. */
  missing: boolean;
  /** A reading or a doubt the user should know (UNVERIFIED unit, a definition that differs). */
  note?: Text;
}

/** Anlage 3 Nr. 1c: "Größenklasse nach Informationstechnik-Anschlussleistung". */
export function sizeClass(itKw: number): string {
  const bounds: [number, string][] = [[500, "< 500 kW"], [1000, "< 1 MW"], [5000, "< 5 MW"], [10000, "< 10 MW"], [50000, "< 50 MW"], [100000, "< 100 MW"]];
  for (const [b, label] of bounds) if (itKw < b) return label;
  return ">= 100 MW";
}

const t = (de: string, en: string): Text => ({ de, en });

export function registerItems(r: Reader): RegisterItem[] {
  const m = months(r);
  const period = periodText(m);
  const full = completeMonths(r, m, PUE_METERS).rows;
  const year = full.length >= 12;
  const text = (name: string) => {
    const v = r.raw(name);
    return typeof v === "string" && v.trim() !== "" ? v.trim() : typeof v === "number" ? String(v) : null;
  };
  const num = (name: string, unit?: "kW" | "kWh" | "m3" | "m2") => r.number(name, unit);
  const items: RegisterItem[] = [];
  const add = (ruleSet: RegisterItem["ruleSet"], no: string, label: Text, value: number | string | null, unit: string, cells: CellRef[], note?: Text) =>
    // shares as percent, as the register's form asks them ("%"): 0.6 → 60
    items.push({ ruleSet, no, label, value: unit === "%" && typeof value === "number" ? Math.round(value * 100 * 1e9) / 1e9 : value, unit, cells, missing: value === null, ...(note ? { note } : {}) });
  const E = "enefg-2023" as const;
  const U = "eu-2024-1364" as const;
  const periodNote = period;

  // ---- EnEfG Anlage 3, Nr. 1: Allgemeine Angaben ----
  add(E, "1a", t("Bezeichnung des Rechenzentrums", "Name of the data centre"), text("RZ_Name"), "", [cellRef("RZ_Name")]);
  add(E, "1b", t("Name des Eigentümers", "Name of the owner"), text(LAW.owner), "", [cellRef(LAW.owner)]);
  add(E, "1b", t("Name des Betreibers", "Name of the operator"), text(LAW.operator), "", [cellRef(LAW.operator)]);
  const itKw = num(LAW.itKw, "kW");
  add(E, "1c", t("Größenklasse nach IT-Anschlussleistung", "Size class by IT connection power"), itKw === null ? null : sizeClass(itKw), "", [cellRef(LAW.itKw)]);
  add(E, "1d", t("Postleitzahl", "Postcode"), text(LAW.postcode), "", [cellRef(LAW.postcode)]);
  add(E, "1e", t("Gesamtgröße der Gebäudefläche (BGF)", "Total building floor area (gross)"), num("Flaeche_BGF_m2", "m2"), "m²", [cellRef("Flaeche_BGF_m2")],
    t("Als Bruttogrundfläche (BGF) aus Stammdaten gelesen; die Anlage nennt keine Einheit.", "Read as the gross floor area (BGF) of Stammdaten; the Anlage names no unit."));
  add(E, "1f", t("Nennanschlussleistung der Informationstechnik", "Rated connection power of the IT"), itKw, "kW", [cellRef(LAW.itKw)]);
  add(E, "1f", t("Nicht redundante Nennanschlussleistung des Rechenzentrums", "Non-redundant rated connection power of the data centre"), num(LAW.connectionKw, "kW"), "kW", [cellRef(LAW.connectionKw)]);

  // ---- Nr. 2: Betrieb im letzten vollen Kalenderjahr (here: the reporting period) ----
  const total = year ? sum(r, "MP_EVU", full) + sum(r, "MP_EE", full) + sum(r, "MP_NEA", full) : null;
  add(E, "2a", t("Gesamtstromverbrauch inklusive Eigenerzeugung", "Total electricity consumption including own generation"), total, "kWh", [cellRef("MP_EVU"), cellRef("MP_EE"), cellRef("MP_NEA")], periodNote);
  add(E, "2a", t("Gesamtstrombezug", "Total electricity purchased"), year ? sum(r, "MP_EVU", full) : null, "kWh", [cellRef("MP_EVU")], periodNote);
  add(E, "2a", t("Stromrückspeisung in das Versorgungsnetz", "Electricity fed back into the grid"), num(LAW.feedBack, "kWh"), "kWh", [cellRef(LAW.feedBack)]);
  const ren = lawRenewable(r, m);
  add(E, "2b", t("Anteil erneuerbarer Energien am Gesamtstromverbrauch (DIN EN 50600-4-3)", "Renewable share of total electricity (DIN EN 50600-4-3)"), ren.months >= 12 ? ren.value : null, "%", [cellRef("Strom_erneuerbar_kWh")], periodNote);
  add(E, "2c", t("Abwärme an Luft, Gewässer oder Boden: Menge", "Waste heat to air, water or ground: amount"), num(LAW.heatToEnvironment, "kWh"), "kWh", [cellRef(LAW.heatToEnvironment)]);
  add(E, "2c", t("Abwärme an Luft, Gewässer oder Boden: durchschnittliche Temperatur", "Waste heat to air, water or ground: average temperature"), num(LAW.heatToEnvironmentC), "°C", [cellRef(LAW.heatToEnvironmentC)]);
  const reuse = completeMonths(r, m, ["MP_An"]);
  add(E, "2d", t("An Wärmeabnehmer gelieferte Abwärme", "Waste heat delivered to offtakers"), reuse.rows.length >= 12 ? sum(r, "MP_An", reuse.rows) : null, "kWh/a", [cellRef("MP_An")], periodNote);
  add(E, "2d", t("Durchschnittliche Temperatur der gelieferten Abwärme", "Average temperature of the heat delivered"), num(LAW.heatDeliveredC), "°C", [cellRef(LAW.heatDeliveredC)]);
  add(E, "2e", t("Menge der gespeicherten und verarbeiteten Daten", "Amount of data stored and processed"), num(LAW.dataStored), "TB", [cellRef(LAW.dataStored)],
    t("Die Anlage nennt keine Einheit; TB ist unsere Wahl (UNVERIFIED).", "The Anlage names no unit; TB is our choice (UNVERIFIED)."));
  const p = lawPue(r, false, m);
  add(E, "2f", t("Energieverbrauchseffektivität (PUE, DIN EN 50600-4-2) des gesamten RZ", "Power usage effectiveness (PUE, DIN EN 50600-4-2) of the whole data centre"), p.months >= 12 ? p.value : null, "", [cellRef("MP_EVU"), cellRef("MP_IT2")],
    t(`${period.de}; ohne Abzug der Abwärmeaufwertung.`, `${period.en}; heat upgrading not taken off.`));
  const e = lawErf(r, m);
  add(E, "2g", t("Anteil wiederverwendeter Energie (ERF, DIN EN 50600-4-6)", "Energy reuse factor (ERF, DIN EN 50600-4-6)"), e.full.months >= 12 ? e.full.value : null, "%", [cellRef("MP_An")], periodNote);
  const cer = cerFigure(r, m);
  add(E, "2h", t("Effizienz des Kühlsystems (CER, DIN EN 50600-4-7)", "Cooling efficiency ratio (CER, DIN EN 50600-4-7)"), cer.months >= 12 ? cer.value : null, "", [cellRef("MP_RZ"), cellRef("MP_KS")], periodNote);
  const q = euQuantities(r, m);
  const kpis = euKpis(r, q);
  const wueKpi = kpis.find((k) => k.id === "WUE")!;
  add(E, "2i", t("Effizienzkennzahl der Wassernutzung (WUE, DIN EN 50600-4-9)", "Water usage effectiveness (WUE, DIN EN 50600-4-9)"), wueKpi.value, "l/kWh", wueKpi.cells,
    t("Alles zugeführte Wasser (Wasser_gesamt_m3) je kWh IT-Energie; die Anlage nennt „DIN EN 50600-9“, gemeint ist wohl 50600-4-9 (UNVERIFIED).",
      "All water input (Wasser_gesamt_m3) per kWh of IT energy; the Anlage says \"DIN EN 50600-9\", probably meaning 50600-4-9 (UNVERIFIED)."));

  // ---- EU 2024/1364 Annex I/II (numbering ours) ----
  const dc = r.date("Inbetriebnahme_RZ");
  const type = r.word(LAW.type, Object.fromEntries(Object.entries(dcTypes).map(([k, w]) => [k, [w.de, w.en, ...w.also]])) as Record<keyof typeof dcTypes, string[]>, "Unternehmens-RZ, Kolokation, Co-Hosting");
  add(U, "I.1", t("Name des Rechenzentrums", "Name of the data centre"), text("RZ_Name"), "", [cellRef("RZ_Name")]);
  add(U, "I.2", t("Eigentümer", "Owner"), text(LAW.owner), "", [cellRef(LAW.owner)]);
  add(U, "I.3", t("Betreiber", "Operator"), text(LAW.operator), "", [cellRef(LAW.operator)]);
  add(U, "I.4", t("Ort: Eurostat-LAU-Code", "Location: Eurostat LAU code"), text(LAW.lau), "", [cellRef(LAW.lau)]);
  add(U, "I.5", t("Art des Rechenzentrums", "Type of data centre"), type === null ? null : dcTypes[type].en, "", [cellRef(LAW.type)]);
  add(U, "I.6", t("Betriebsaufnahme (Jahr und Monat)", "Entry into operation (year and month)"), dc === null ? null : toIsoDate(dc).slice(0, 7), "", [cellRef("Inbetriebnahme_RZ")]);
  add(U, "I.7", t("Redundanz Strom", "Electrical redundancy"), text(LAW.redundancyPower), "", [cellRef(LAW.redundancyPower)], t("Skala nicht verifiziert (UNVERIFIED).", "Scale not verified (UNVERIFIED)."));
  add(U, "I.8", t("Redundanz Kühlung", "Cooling redundancy"), text(LAW.redundancyCooling), "", [cellRef(LAW.redundancyCooling)], t("Skala nicht verifiziert (UNVERIFIED).", "Scale not verified (UNVERIFIED)."));
  add(U, "I.9", t("Installierte IT-Leistung PD_IT", "Installed IT power demand PD_IT"), itKw, "kW", [cellRef(LAW.itKw)]);
  add(U, "I.10", t("Gesamtfläche", "Total floor area"), num("Flaeche_BGF_m2", "m2"), "m²", [cellRef("Flaeche_BGF_m2")]);
  add(U, "I.11", t("Fläche der Rechnerräume", "Computer room floor area"), num("Flaeche_ITF_m2", "m2"), "m²", [cellRef("Flaeche_ITF_m2")]);
  add(U, "II.1", t("E_DC: Energie des Rechenzentrums (Strom + Brennstoffe und andere Energie zur Kühlung)", "E_DC: data centre energy (electricity + fuels and other energy for cooling)"), q.eDc, "kWh", q.cells.eDc, periodNote);
  add(U, "II.2", t("E_DC-BG: davon Netzersatzanlagen", "E_DC-BG: of which backup generators"), q.eDcBg, "kWh", [cellRef("MP_NEA")], periodNote);
  add(U, "II.3", t("E_IT: IT-Energie", "E_IT: IT energy"), q.eIt, "kWh", q.cells.eIt, periodNote);
  add(U, "II.4", t("W_IN: Wasser gesamt", "W_IN: total water input"), q.wIn, "m³", q.cells.wIn);
  add(U, "II.5", t("W_IN-POT: Trinkwasser", "W_IN-POT: potable water"), q.wInPot, "m³", q.cells.wInPot, periodNote);
  add(U, "II.6", t("E_REUSE: wiederverwendete Energie", "E_REUSE: reused energy"), q.eReuse, "kWh", q.cells.eReuse, periodNote);
  add(U, "II.7", t("Durchschnittstemperatur der wiederverwendeten Wärme", "Average temperature of the reused heat"), num(LAW.heatDeliveredC), "°C", [cellRef(LAW.heatDeliveredC)]);
  add(U, "II.8", t("E_RES-GOO: entwertete Herkunftsnachweise", "E_RES-GOO: cancelled guarantees of origin"), num(LAW.goo, "kWh"), "kWh", [cellRef(LAW.goo)]);
  add(U, "II.9", t("E_RES-PPA: Strombezugsverträge (PPA)", "E_RES-PPA: power purchase agreements"), num(LAW.ppa, "kWh"), "kWh", [cellRef(LAW.ppa)]);
  add(U, "II.10", t("E_RES-OS: Erzeugung vor Ort", "E_RES-OS: on-site generation"), num(LAW.onSite, "kWh"), "kWh", [cellRef(LAW.onSite)]);
  add(U, "II.11", t("Sollwert der Zulufttemperatur der IT", "IT intake air temperature set point"), num(LAW.intakeC), "°C", [cellRef(LAW.intakeC)]);
  add(U, "II.12", t("Eingehender Datenverkehr", "Incoming data traffic"), num(LAW.trafficIn), "TB", [cellRef(LAW.trafficIn)], t("Einheit nicht verifiziert (UNVERIFIED).", "Unit not verified (UNVERIFIED)."));
  add(U, "II.13", t("Ausgehender Datenverkehr", "Outgoing data traffic"), num(LAW.trafficOut), "TB", [cellRef(LAW.trafficOut)], t("Einheit nicht verifiziert (UNVERIFIED).", "Unit not verified (UNVERIFIED)."));
  add(U, "II.14", t("Gespeicherte und verarbeitete Daten", "Data stored and processed"), num(LAW.dataStored), "TB", [cellRef(LAW.dataStored)], t("Einheit nicht verifiziert (UNVERIFIED).", "Unit not verified (UNVERIFIED)."));
  for (const k of kpis) {
    add(U, `III.${k.id}`, t(`${k.id}: ${k.definition.de}`, `${k.id}: ${k.definition.en}`), k.value, k.unit === "" ? (k.id === "PUE" ? "" : "%") : k.unit, k.cells, k.differs);
  }
  return items;
}
