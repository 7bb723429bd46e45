/**
 * The documented example data centre (docs/example.md): "RZ Rheinufer", a 1.2 MW colocation data centre
 * commissioned 2019, operator and service provider and IT operator of its own hosting servers, with
 * 24 months of monitoring and a full inventory. `compliant` meets every criterion; `example` adds the
 * deliberate failures the bundled Beispiel shows.
 */
import { serial, edate } from "../../engine/dates";
import { Book } from "../book";
import { setColumn, setInput, setRows } from "../fill";
import { Lang } from "../template/model";
import { ITEU_MONTHS } from "../template/layout";
import { componentKinds, itKinds, yesNo } from "../template/vocabulary";
import { dcTypes, emsKinds, LAW, wasteHeatAnswers } from "../../engine/rulesets/lawNames";
import { round, seeded } from "./random";

export interface ScenarioSize {
  servers: number;
  storageSystems: number;
  networkDevices: number;
  months: number;
}

export const exampleSize: ScenarioSize = { servers: 320, storageSystems: 24, networkDevices: 40, months: 24 };

/** Reporting period: calendar year 2024, application on 2025-03-15. */
export const period = { start: serial("2024-01-01"), end: serial("2024-12-31"), application: serial("2025-03-15") };

/** Fills a template Book with a data centre that meets every criterion of DE-UZ 228. */
export function fillCompliant(book: Book, lang: Lang = "de", size: ScenarioSize = exampleSize, seed = 228): void {
  const rnd = seeded(seed);
  const [JA] = yesNo[lang];
  const set = (name: string, v: string | number | boolean | null) => setInput(book, name, v);
  set("Antragsteller", "Rheinufer Rechenzentren GmbH");
  set("RZ_Name", "RZ Rheinufer 1");
  set("RZ_Standort", "Köln");
  set("Rolle_RZ_Betreiber", JA);
  set("Rolle_RZ_Dienstleister", JA);
  set("Rolle_IT_Betreiber", JA);
  set("Inbetriebnahme_RZ", serial("2019-06-01"));
  set("Inbetriebnahme_Kuehlsystem", serial("2019-06-01"));
  set("Antragsdatum", period.application);
  set("Berichtszeitraum_Beginn", period.start);
  set("Berichtszeitraum_Ende", period.end);
  set("Anschlussleistung_kW", 2500);
  set("IT_Gesamtleistung_kW", 1200);
  set("Teilflaeche", yesNo[lang][1]);
  set("Flaeche_BGF_m2", 4200);
  set("Flaeche_BF_m2", 1800);
  set("Flaeche_ITF_m2", 1500);
  set("Monetaere_Abrechnung", JA);
  set("EnMS_Grundlage", "DIN EN ISO 50001");
  for (const n of ["EnMS_Strategie", "EnMS_Zustaendigkeiten", "EnMS_Messkonzept", "EnMS_Ziele", "EnMS_Bereichsuebergreifend", "EnMS_KVP", "EnMS_TCO", "EnMS_Umweltzeichen",
    "Messkonzept_Schema_Strom", "Messkonzept_Schema_Kaelte", "Messkonzept_Messpunkte", "Messkonzept_Berechnung", "Messkonzept_Zaehler_Auskopplung",
    "Neuanschaffungen_Prozess", "Beratungsangebot", "Abwaerme_Anschluesse", "Abwaerme_veroeffentlicht", "Kennzahlen_veroeffentlicht",
    "Reuse_Loeschverfahren", "Reuse_Vertrag"]) set(n, JA);
  set("Beratungsangebot_Form", "Workshops, Effizienz-Leitfaden");
  set("Abwaerme_Ort", "https://rheinufer-rz.example/abwaerme");
  set("Kennzahlen_Ort", "https://rheinufer-rz.example/kennzahlen");
  set("Reuse_Abnehmer", "AfB gemeinnützige GmbH");
  set("Sicherheitsausnahme", yesNo[lang][1]);
  set("Reuse_Ausnahme", yesNo[lang][1]);
  set("Bezug_ueber_Dritte", yesNo[lang][1]);
  set("Kompensationszertifikate", yesNo[lang][1]);
  set("GPU_CPU_Monitoring", JA); // the 8 GPU servers' CPU load is monitored, outside ITEU_SV
  set("Auskopplung_in_MP_KS", JA); // the heat pump hangs on the cooling system's meter (MP_KS = cooling + heat pump)

  // Anlage 3.4: months ending with the reporting period; PUE ≈ 1.27, CER ≈ 9 (limits 1.30 and 8)
  const first = edate(period.start, -(size.months - 12));
  const months = Array.from({ length: size.months }, (_, i) => {
    const month = edate(first, i);
    const season = Math.cos(((i % 12) / 12) * 2 * Math.PI); // winter +1, summer −1
    const it = round(560_000 + rnd() * 20_000);
    const cooling = round(it * (0.105 - 0.025 * season + rnd() * 0.01));
    const other = round(it * 0.06);
    const heatPump = round(it * 0.02);
    const ee = round(15_000 - 10_000 * season);
    const nea = round(1_500 + rnd() * 500);
    const total = it + cooling + other + heatPump;
    const evu = total - ee - nea;
    const heat = round(it * 0.98 + cooling * 0.1);
    const cold = round(heat * 0.97);
    const used = round(it * 0.05);
    const water = round(300 + 200 * (1 - season));
    return [month, evu, ee, nea, it, cooling + heatPump, other, cold, heat, used, water, heatPump, total];
  });
  setColumn(book, "Monat", months.map((m) => m[0]));
  const meterNames = ["MP_EVU", "MP_EE", "MP_NEA", "MP_IT2", "MP_KS", "MP_So", "MP_KE", "MP_RZ", "MP_An", "Wasser_m3", "MP_Auskopplung", "Strom_erneuerbar_kWh"];
  meterNames.forEach((n, k) => setColumn(book, n, months.map((m) => m[k + 1])));

  // Anlage 3.5: the TGA inventory
  const K = (kind: keyof typeof componentKinds) => componentKinds[kind][lang];
  const tga: (string | number | null)[][] = [
    ["Kältemaschine KM1", K("refrigeration"), serial("2019-05-15"), 650, "R290", null, null],
    ["Kältemaschine KM2", K("refrigeration"), serial("2019-05-15"), 650, "R290", null, null],
    ["Freikühler FK1-4", K("refrigeration"), serial("2019-05-15"), 1200, "R718", null, null],
    ["Wärmepumpe WP1 (Abwärme)", K("heatPump"), serial("2021-09-01"), 400, "R290", null, null],
    ["Split-Klima Leitwarte", K("refrigeration"), serial("2019-05-15"), 7, "R32", null, null],
    ["USV A", K("ups"), serial("2019-05-01"), null, null, null, null],
    ["USV B", K("ups"), serial("2019-05-01"), null, null, null, null],
    ["Mittelspannungsschaltanlage", K("switchgear"), serial("2019-04-01"), null, null, "SF6", null],
    ["NSHV A", K("switchgear"), serial("2019-04-01"), null, null, lang === "de" ? "Luft" : "Air", null],
    ["NEA 1", K("generator"), serial("2019-05-01"), null, null, null, 20000],
    ["NEA 2", K("generator"), serial("2019-05-01"), null, null, null, 20000],
  ];
  setRows(book, "TGA_Bezeichnung", tga.map((r) => [r[0]]));
  setColumn(book, "TGA_Art", tga.map((r) => r[1]));
  setColumn(book, "TGA_Datum", tga.map((r) => r[2]));
  setColumn(book, "TGA_Leistung_kW", tga.map((r) => r[3]));
  setColumn(book, "TGA_Kaeltemittel", tga.map((r) => r[4]));
  setColumn(book, "TGA_Isoliermedium", tga.map((r) => r[5]));
  setColumn(book, "TGA_Treibstoff_l", tga.map((r) => r[6]));

  // Anlage 3.7-3.8: colocation customers
  const customers = Array.from({ length: 12 }, (_, i) => [`Kunde ${String.fromCharCode(65 + i)}`, round(3 + rnd() * 120, 1), JA, round(0.36 + rnd() * 0.08, 3), 0.29, 0, 0]);
  setColumn(book, "Kunde_Name", customers.map((c) => c[0]));
  ["Kunde_Spitzenlast_kW", "Kunde_Monatsinfo", "Kunde_Preis_kWh", "Kunde_Einkaufspreis_kWh", "Kunde_Mindestabnahme_kWh", "Kunde_Freimenge_kWh"].forEach((n, k) =>
    setColumn(book, n, customers.map((c) => c[k + 1] as number | string)));

  // Anlage 4.1: the hosting IT of the operator
  const it: (string | number | null)[][] = [];
  for (let i = 0; i < size.servers; i++) it.push([`SRV-${String(i + 1).padStart(4, "0")}`, itKinds.server[lang], i % 4 === 0 ? "Fujitsu RX2540 M7" : "Dell R760", i < 8 ? JA : yesNo[lang][1], null, JA]);
  for (let i = 0; i < size.storageSystems; i++) it.push([`STO-${String(i + 1).padStart(3, "0")}`, itKinds.storage[lang], "NetApp AFF A400", yesNo[lang][1], 200_000, JA]);
  for (let i = 0; i < size.networkDevices; i++) it.push([`NET-${String(i + 1).padStart(3, "0")}`, itKinds.network[lang], "Arista 7050X", yesNo[lang][1], null, JA]);
  ["IT_ID", "IT_Typ", "IT_Modell", "IT_GPU", "IT_Kapazitaet_GB", "IT_Monitoring"].forEach((n, k) => setColumn(book, n, it.map((r) => r[k])));

  // Anlage 4.2: monthly CPU of the non-GPU servers (ITEU ≈ 27 %) and storage occupancy
  const cpuServers = it.filter((r) => r[1] === itKinds.server[lang] && r[3] !== JA);
  setColumn(book, "CPU_Server_ID", cpuServers.map((r) => r[0]));
  setRows(book, "CPU_Auslastung", cpuServers.map(() => {
    const base = 0.12 + rnd() * 0.3;
    return Array.from({ length: ITEU_MONTHS }, () => round(Math.min(0.95, Math.max(0.02, base + (rnd() - 0.5) * 0.06)), 3));
  }));
  const storage = it.filter((r) => r[1] === itKinds.storage[lang]);
  setColumn(book, "Speicher_ID", storage.map((r) => r[0]));
  setRows(book, "Speicher_belegt_GB", storage.map(() => Array.from({ length: ITEU_MONTHS }, (_, m) => round(90_000 + m * 2_000 + rnd() * 10_000))));
  setRows(book, "Speicher_installiert_GB", storage.map(() => Array.from({ length: ITEU_MONTHS }, () => 200_000)));
}

/**
 * The bundled example: the compliant data centre with four deliberate failures that show the highlighting:
 * PUE above 1.30 (3.2.7: an old UPS lost 15 % of the IT energy in 2024), an R134a chiller of 40 kW added in 2020
 * (3.2.9), a customer of 8 kW without monthly information (3.2.6.1) and water not recorded for 2024-08 (3.2.2);
 * and the sheet "Gesetz EnEfG-EU" filled (fillLaw), so the law's rule sets give verdicts too.
 */
export function fillExample(book: Book, lang: Lang = "de"): void {
  fillCompliant(book, lang);
  const name = (n: string) => book.names.find((x) => x.name === n)!;
  // PUE: an old UPS ran with high losses through the reporting period: other loads (MP_So) + 15 % of IT
  const months = exampleSize.months;
  const value = (n: string, i: number) => {
    const a = name(n);
    return book.sheets.find((s) => s.name === a.sheet)!.rows[a.row - 1 + i][a.col - 1]!.value as number;
  };
  for (let i = months - 12; i < months; i++) {
    const extra = Math.round(value("MP_IT2", i) * 0.15);
    for (const n of ["MP_So", "MP_EVU", "Strom_erneuerbar_kWh"]) setInput(book, n, value(n, i) + extra, i);
  }
  setInput(book, "Wasser_m3", null, months - 5); // August 2024
  const tgaRow = 11;
  setInput(book, "TGA_Bezeichnung", "Kaltwassersatz Notkühlung", tgaRow);
  setInput(book, "TGA_Art", componentKinds.refrigeration[lang], tgaRow);
  setInput(book, "TGA_Datum", serial("2020-07-01"), tgaRow);
  setInput(book, "TGA_Leistung_kW", 40, tgaRow);
  setInput(book, "TGA_Kaeltemittel", "R134a", tgaRow);
  setInput(book, "Kunde_Spitzenlast_kW", 8, 3);
  setInput(book, "Kunde_Monatsinfo", yesNo[lang][1], 3);
  fillLaw(book, lang);
}

/**
 * The sheet "Gesetz EnEfG-EU" of the example (issue 13), consistent with Stammdaten and Anlage 3.4: the 2.5 MW grid
 * connection of Stammdaten with 2 MW non-redundant (2N power), the 1,200 kW of IT, ISO 50001 as in 3.1.1, the
 * colocation customers of Anlage 3.7-3.8; the quantities are the reporting period's sums of Anlage 3.4 (heat to the
 * environment = heat removed MP_RZ − reused MP_An; on-site renewables = PV MP_EE, the rest of the renewable electricity
 * by cancelled guarantees of origin), and the register and waste-heat platform reports sent in March 2025.
 */
export function fillLaw(book: Book, lang: Lang = "de"): void {
  const [JA, NEIN] = yesNo[lang];
  const name = (n: string) => book.names.find((x) => x.name === n)!;
  const months = exampleSize.months;
  // the last 12 months of the 24 the example fills are the reporting period (2024)
  const inPeriod = (n: string) => {
    const a = name(n);
    const rows = book.sheets.find((s) => s.name === a.sheet)!.rows;
    let total = 0;
    for (let i = months - 12; i < months; i++) {
      const v = rows[a.row - 1 + i]?.[a.col - 1]?.value;
      if (typeof v === "number") total += v;
    }
    return total;
  };
  const onSite = inPeriod("MP_EE");
  const values: Record<string, string | number> = {
    [LAW.owner]: "Rheinufer Immobilien GmbH",
    [LAW.operator]: "Rheinufer Rechenzentren GmbH",
    [LAW.postcode]: "50667",
    [LAW.lau]: "DE_05315000",
    [LAW.type]: dcTypes.colocation[lang],
    [LAW.connectionKw]: 2000,
    [LAW.itKw]: 1200,
    [LAW.redundancyPower]: "2N",
    [LAW.redundancyCooling]: "N+1",
    [LAW.publicBody]: NEIN,
    [LAW.emsKind]: emsKinds.iso50001[lang],
    [LAW.emsSince]: serial("2021-01-01"),
    [LAW.emsCertified]: serial("2022-01-01"),
    [LAW.emsExempt]: NEIN,
    [LAW.customers]: JA,
    [LAW.customersInformed]: JA,
    [LAW.feedBack]: 0,
    [LAW.otherEnergy]: 0,
    [LAW.heatToEnvironment]: Math.round((inPeriod("MP_RZ") - inPeriod("MP_An")) / 1000) * 1000,
    [LAW.heatToEnvironmentC]: 32,
    [LAW.heatDeliveredC]: 65,
    [LAW.waterTotal]: 7500,
    [LAW.goo]: inPeriod("Strom_erneuerbar_kWh") - onSite,
    [LAW.ppa]: 0,
    [LAW.onSite]: onSite,
    [LAW.dataStored]: 2700,
    [LAW.trafficIn]: 9000,
    [LAW.trafficOut]: 12000,
    [LAW.intakeC]: 24,
    [LAW.registerSent]: serial("2025-03-28"),
    [LAW.finalEnergy3y]: 8_600_000,
    [LAW.wasteHeat16]: wasteHeatAnswers.done[lang],
    [LAW.heatMaxKw]: 1100,
    [LAW.heatControl]: lang === "de" ? "Vorlauftemperatur 55-70 °C über Wärmepumpe WP1; Einspeisung ins Wärmenetz nach Fahrplan" : "Supply temperature 55-70 °C by heat pump WP1; feed-in to the heat network by schedule",
    // § 17(2): the last transmission, the one due by 31.03.2026 (judged today, one older would be missing)
    [LAW.heatPlatformSent]: serial("2026-03-27"),
  };
  for (const [n, v] of Object.entries(values)) setInput(book, n, v);
}
