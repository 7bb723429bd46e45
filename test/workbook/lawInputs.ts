/**
 * The law's inputs of one site (issue 13, sheet "Gesetz EnEfG-EU" and Stammdaten): a 1.5 MW colocation site with
 * 1.2 MW IT, every input of EnEfG §§ 11-17 / Anlage 3 and the EU report answered. One place for the tests that
 * fill a template with them (test/cli/rulesets.test.ts, test/cli/portfolio.test.ts).
 */
import { serial } from "../../src/engine/dates";
import { Book } from "../../src/workbook/book";
import { setInput } from "../../src/workbook/fill";

export type LawInputs = Record<string, string | number | null>;

export const LAW_INPUTS: LawInputs = {
  Eigentuemer: "Rheinufer Immobilien GmbH", Betreiber: "Rheinufer Rechenzentren GmbH", RZ_PLZ: "50667", RZ_LAU_Code: "DE_05315000",
  RZ_Typ: "Kolokation", Nennanschlussleistung_nr_kW: 1500, IT_Nennanschlussleistung_kW: 1200, Redundanz_Strom: "2N", Redundanz_Kuehlung: "N+1",
  Oeffentlicher_Traeger: "Nein", EnMS_Art: "DIN EN ISO 50001", EnMS_eingerichtet: serial("2021-01-01"), EnMS_zertifiziert: serial("2022-01-01"),
  EnMS_Befreiung_12_4: "Nein", Kunden_Dritte: "Ja", Kunden_Jahresverbrauch: "Ja", Strom_Rueckspeisung_kWh: 0, Energie_sonstige_kWh: 0,
  Abwaerme_Umgebung_kWh: 5_000_000, Abwaerme_Umgebung_Temp_C: 30, Abwaerme_geliefert_Temp_C: 40, Wasser_gesamt_m3: 4000,
  EE_HKN_kWh: 7_000_000, EE_PPA_kWh: 0, EE_vor_Ort_kWh: 100_000, Daten_gespeichert_TB: 4000, Datenverkehr_ein_TB: 900, Datenverkehr_aus_TB: 1100, Zuluft_Sollwert_C: 24,
  // §§ 16, 17 (above 2.5 GWh): waste heat avoided and reused, the platform's items and the day they were sent
  Endenergie_Mittel_3J_kWh: 7_500_000, Abwaerme_16: "vermieden und genutzt, soweit möglich und zumutbar", Abwaerme_max_kW: 900,
  Abwaerme_Regelung: "Vorlauf 55 °C über Wärmepumpe", Abwaerme_Plattform_gemeldet: serial("2025-03-20"),
};

/** Sets LAW_INPUTS in the book, each name of `change` set to its value instead. */
export function fillLaw(book: Book, change: LawInputs = {}): void {
  for (const [name, v] of Object.entries({ ...LAW_INPUTS, ...change })) setInput(book, name, v);
}
