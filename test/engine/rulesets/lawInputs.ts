/**
 * A data centre for the law's rule sets, built on the compliant DE-UZ 228 applicant (../criteria/fakeInputs.ts):
 * the law's own inputs filled (sheet "Gesetz EnEfG-EU"), and the months of a reporting period of one's choosing
 * with annual sums spread evenly over 12 months.
 */
import { CellValue } from "../../../src/engine/criteria/types";
import { edate, serial } from "../../../src/engine/dates";
import { compliant, fakeInputs, Given, JA, NEIN } from "../criteria/fakeInputs";

export interface Year {
  /** First day of the reporting period (a first of the month). */
  start: string;
  /** Annual sums in kWh (m³ for water). */
  total: number;
  it: number;
  upgrade?: number;
  reused?: number;
  renewable?: number;
  water?: number;
}

export function lawGiven(year: Year = { start: "2024-01-01", total: 7_320_000, it: 6_000_000, upgrade: 120_000, reused: 240_000, renewable: 7_320_000, water: 0 }): Given {
  const g = compliant();
  const start = serial(year.start);
  const monthsOf = Array.from({ length: 12 }, (_, i) => edate(start, i));
  const each = (v: number): CellValue[] => monthsOf.map(() => v / 12);
  Object.assign(g, {
    Berichtszeitraum_Beginn: start, Berichtszeitraum_Ende: edate(start, 12) - 1,
    Monat: monthsOf,
    MP_EVU: each(year.total), MP_EE: each(0), MP_NEA: each(0), MP_IT2: each(year.it),
    MP_Auskopplung: each(year.upgrade ?? 0), MP_An: each(year.reused ?? 0), Strom_erneuerbar_kWh: each(year.renewable ?? year.total),
    Wasser_m3: each(year.water ?? 0),
    RZ_Name: "RZ Beispiel", Eigentuemer: "Beispiel GmbH", Betreiber: "Beispiel GmbH", RZ_PLZ: "60311", RZ_LAU_Code: "DE_06412000",
    RZ_Typ: "Kolokation", Nennanschlussleistung_nr_kW: 2500, IT_Nennanschlussleistung_kW: 1200,
    Redundanz_Strom: "2N", Redundanz_Kuehlung: "N+1", Oeffentlicher_Traeger: NEIN,
    EnMS_Art: "DIN EN ISO 50001", EnMS_eingerichtet: serial("2022-03-01"), EnMS_zertifiziert: serial("2023-03-01"), EnMS_Befreiung_12_4: NEIN,
    ERF_Ausnahme_11_3: "keine", Kunden_Dritte: JA, Kunden_Jahresverbrauch: JA,
    Strom_Rueckspeisung_kWh: 0, Energie_sonstige_kWh: 0, Abwaerme_Umgebung_kWh: 6_000_000, Abwaerme_Umgebung_Temp_C: 32,
    Abwaerme_geliefert_Temp_C: 45, Wasser_gesamt_m3: 0, EE_HKN_kWh: year.renewable ?? year.total, EE_PPA_kWh: 0, EE_vor_Ort_kWh: 0,
    Daten_gespeichert_TB: 5000, Datenverkehr_ein_TB: 800, Datenverkehr_aus_TB: 1200, Zuluft_Sollwert_C: 24,
    // §§ 16, 17: above 2.5 GWh, waste heat avoided and reused, the platform's items and the day they were sent
    Endenergie_Mittel_3J_kWh: 7_500_000, Abwaerme_16: "vermieden und genutzt, soweit möglich und zumutbar",
    MP_RZ: each(6_200_000), Abwaerme_max_kW: 900, Abwaerme_Regelung: "Vorlauf 55 °C über Wärmepumpe", Abwaerme_Plattform_gemeldet: serial("2025-03-20"),
    RZ_Standort: "Frankfurt am Main",
  });
  return g;
}

export const lawInputs = (g: Given = lawGiven()) => fakeInputs(g);
