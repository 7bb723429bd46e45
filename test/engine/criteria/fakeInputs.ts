/**
 * Inputs for the catalogue without a workbook: a defined name's value, column or matrix, by name, and where
 * each cell sits (an address as the user finds it, so a test can assert that a message names the cell).
 * Also the applicant every test starts from: one that meets every criterion, given only the cells an applicant
 * fills (no cell the template computes).
 */
import { checkAll } from "../../../src/engine/criteria";
import { CellRef, CellValue, Finding, Inputs } from "../../../src/engine/criteria/types";
import { edate, serial } from "../../../src/engine/dates";

export type Given = Record<string, CellValue | CellValue[] | CellValue[][]>;

/**
 * Where the names sit, for addresses in messages: sheet, column of the first cell, row of the first cell.
 * Illustrative (the shape of the template's layout, not its exact rows); a name not listed has no address, so
 * the reader names it by its defined name.
 */
const STAMMDATEN = [
  "Antragsteller", "RZ_Name", "RZ_Standort", "Rolle_RZ_Betreiber", "Rolle_RZ_Dienstleister", "Rolle_IT_Betreiber", "RZ_zertifiziert",
  "Inbetriebnahme_RZ", "Inbetriebnahme_Kuehlsystem", "Antragsdatum", "Berichtszeitraum_Beginn", "Berichtszeitraum_Ende",
  "Anschlussleistung_kW", "IT_Gesamtleistung_kW", "Teilflaeche", "Flaeche_BGF_m2", "Flaeche_BF_m2", "Flaeche_ITF_m2", "Flaeche_NF_m2",
  "Monetaere_Abrechnung",
];
const TABLES: Record<string, { sheet: string; row: number; columns: string[] }> = {
  "Anlage 3.4": {
    sheet: "Anlage 3.4", row: 6,
    columns: ["Monat", "MP_EVU", "MP_EE", "MP_NEA", "MP_IT2", "MP_KS", "MP_So", "MP_KE", "MP_RZ", "MP_An", "Wasser_m3", "MP_Auskopplung", "Strom_erneuerbar_kWh"],
  },
  "Anlage 3.5": { sheet: "Anlage 3.5", row: 6, columns: ["TGA_Art", "TGA_Bezeichnung", "TGA_Datum", "TGA_Leistung_kW", "TGA_Kaeltemittel", "TGA_Isoliermedium"] },
  "Anlage 3.7-3.8": {
    sheet: "Anlage 3.7-3.8", row: 6,
    columns: ["Kunde_Name", "Kunde_Spitzenlast_kW", "Kunde_Monatsinfo", "Kunde_Preis_kWh", "Kunde_Einkaufspreis_kWh", "Kunde_Mindestabnahme_kWh", "Kunde_Freimenge_kWh"],
  },
  "Anlage 4.1": { sheet: "Anlage 4.1", row: 6, columns: ["IT_ID", "IT_Typ", "IT_GPU", "IT_Kapazitaet_GB", "IT_Monitoring"] },
  // CPU_Auslastung spans twelve month columns, B to M
  "Anlage 4.2": { sheet: "Anlage 4.2", row: 8, columns: ["CPU_Server_ID", "CPU_Auslastung"] },
  "Anlage 4.2 Speicher": { sheet: "Anlage 4.2 Speicher", row: 6, columns: ["Speicher_ID", "Speicher_belegt_GB"] },
};
const SINGLES: Record<string, string> = {
  Auskopplung_in_MP_KS: "'Anlage 3.9'!C12", PUE_Planwert: "'Anlage 3.9'!C20", CER_Planwert: "'Anlage 3.9'!C22",
  Kennzahlen_veroeffentlicht: "'Anlage 3.10'!C10", Abwaerme_Anschluesse: "'Anlage 3.10'!C6", Abwaerme_veroeffentlicht: "'Anlage 3.10'!C7",
  GPU_CPU_Monitoring: "'Anlage 4.2'!C5",
  ...Object.fromEntries(["EnMS_Strategie", "EnMS_Zustaendigkeiten", "EnMS_Messkonzept", "EnMS_Ziele", "EnMS_Bereichsuebergreifend", "EnMS_KVP", "EnMS_TCO", "EnMS_Umweltzeichen"]
    .map((n, i) => [n, `'Anlage 3.1'!C${5 + i}`])),
};

const letter = (index: number) => String.fromCharCode(65 + index);
const quoted = (sheet: string) => (/^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet}'`);

/** "'Anlage 3.5'!C8" for TGA_Datum row 2; "Stammdaten!C9" for Inbetriebnahme_RZ; "" for a name not laid out. */
export function addressOf(ref: CellRef): string {
  const s = STAMMDATEN.indexOf(ref.name);
  if (s >= 0) return `Stammdaten!C${4 + s}`;
  if (SINGLES[ref.name]) return SINGLES[ref.name];
  for (const t of Object.values(TABLES)) {
    const c = t.columns.indexOf(ref.name);
    if (c < 0) continue;
    // a column after a spanned one (none here but CPU_Auslastung, which is last) would shift; the row defaults to the first
    return `${quoted(t.sheet)}!${letter(c + (ref.column ?? 0))}${t.row + (ref.row ?? 0)}`;
  }
  return "";
}

/** A scalar is a one-cell name, a list a one-column range (one value a row), a list of lists a matrix. */
export function fakeInputs(given: Given): Inputs & { read: Set<string> } {
  const read = new Set<string>();
  const matrix = (name: string): CellValue[][] => {
    const v = given[name];
    if (!Array.isArray(v)) return [[v ?? null]];
    return v.map((row) => (Array.isArray(row) ? row : [row]));
  };
  return {
    read,
    has: (name) => (read.add(name), name in given),
    value: (name) => (read.add(name), matrix(name)[0]?.[0] ?? null),
    matrix: (name) => (read.add(name), name in given ? matrix(name) : []),
    address: addressOf,
  };
}

export const JA = "Ja";
export const NEIN = "Nein";
/** The months of the reporting period 2024 as Anlage 3.4 lists them (date serials of each first day). */
export const months = Array.from({ length: 12 }, (_, i) => edate(serial("2024-01-01"), i));
export const twelve = <T>(v: T): T[] => months.map(() => v);

/** Every name of Anlage 3.4's monthly table, the month first. */
export const MONTH_TABLE = ["Monat", "MP_EVU", "MP_EE", "MP_NEA", "MP_IT2", "MP_KS", "MP_So", "MP_KE", "MP_RZ", "MP_An", "Wasser_m3", "MP_Auskopplung", "Strom_erneuerbar_kWh"];

/**
 * A data centre operator, service provider and IT operator that meets every criterion, from the cells an
 * applicant fills: PUE (610,000 − 10,000) / 500,000 = 1.2 ≤ 1.3 (Tabelle 2, commissioned 2019); CER
 * 500,000 / 60,000 = 8.33 > 8 (Tabelle 4; MP_KS without the extraction); renewable 610,000 of 610,000 kWh;
 * one server at 27 % CPU, 1,000 GB of storage, both monitored.
 */
export function compliant(): Given {
  return {
    Rolle_RZ_Betreiber: JA, Rolle_RZ_Dienstleister: JA, Rolle_IT_Betreiber: JA,
    Inbetriebnahme_RZ: serial("2019-06-01"), Inbetriebnahme_Kuehlsystem: serial("2019-06-01"),
    Antragsdatum: serial("2025-03-15"), Berichtszeitraum_Beginn: serial("2024-01-01"), Berichtszeitraum_Ende: serial("2024-12-31"),
    Anschlussleistung_kW: 2500, IT_Gesamtleistung_kW: 1200, Teilflaeche: NEIN,
    Flaeche_BGF_m2: 4200, Flaeche_BF_m2: 1800, Flaeche_ITF_m2: 1500,
    Monetaere_Abrechnung: JA, Kennzahlen_Ort: "https://rz.example/kennzahlen",
    ...Object.fromEntries(["EnMS_Strategie", "EnMS_Zustaendigkeiten", "EnMS_Messkonzept", "EnMS_Ziele", "EnMS_Bereichsuebergreifend", "EnMS_KVP", "EnMS_TCO", "EnMS_Umweltzeichen",
      "Messkonzept_Schema_Strom", "Messkonzept_Schema_Kaelte", "Messkonzept_Messpunkte", "Messkonzept_Berechnung", "Messkonzept_Zaehler_Auskopplung",
      "Neuanschaffungen_Prozess", "Beratungsangebot", "Kennzahlen_veroeffentlicht", "Reuse_Loeschverfahren", "Reuse_Vertrag"].map((n) => [n, JA])),
    Monat: [...months],
    MP_EVU: twelve(600_000), MP_EE: twelve(10_000), MP_NEA: twelve(0), MP_IT2: twelve(500_000), MP_KS: twelve(60_000), MP_So: twelve(30_000),
    MP_KE: twelve(480_000), MP_RZ: twelve(500_000), MP_An: twelve(20_000), Wasser_m3: twelve(0), MP_Auskopplung: twelve(10_000), Strom_erneuerbar_kWh: twelve(610_000),
    Auskopplung_in_MP_KS: NEIN,
    TGA_Art: ["Kältetechnik", "USV", "Schaltanlage", "NEA"],
    TGA_Datum: [serial("2019-05-15"), serial("2019-05-01"), serial("2019-04-01"), serial("2019-05-01")],
    TGA_Leistung_kW: [650, null, null, null],
    TGA_Kaeltemittel: ["R290", null, null, null],
    TGA_Isoliermedium: [null, null, "SF6", null],
    Kunde_Name: ["Kunde A", "Kunde B"], Kunde_Spitzenlast_kW: [40, 3], Kunde_Monatsinfo: [JA, NEIN],
    Kunde_Preis_kWh: [0.38, 0.4], Kunde_Einkaufspreis_kWh: [0.29, 0.29], Kunde_Mindestabnahme_kWh: [0, 0], Kunde_Freimenge_kWh: [0, 0],
    IT_ID: ["SRV-1", "STO-1", "NET-1"], IT_Typ: ["Server", "Speicher", "Netzwerk"], IT_GPU: [NEIN, null, null],
    IT_Kapazitaet_GB: [null, 1000, null], IT_Monitoring: [JA, JA, null],
    CPU_Server_ID: ["SRV-1"], CPU_Auslastung: [twelve(0.27)], Speicher_belegt_GB: [twelve(500)],
  };
}

/** The compliant applicant changed by `change`, checked: findings by section. */
export function findings(change: (g: Given) => void = () => undefined): Record<string, Finding> {
  const g = compliant();
  change(g);
  return Object.fromEntries(checkAll(fakeInputs(g)).map((f) => [f.id, f]));
}

/** Sets one cell of a one-column range (`row` 0-based) or of a matrix (`column` 0-based). */
export function put(g: Given, name: string, row: number, value: CellValue, column?: number): void {
  const v = g[name] as CellValue[] | CellValue[][];
  if (column === undefined) (v as CellValue[])[row] = value;
  else (v as CellValue[][])[row][column] = value;
}
