/**
 * The template's sheets as data (DE-UZ 228, 3.1.2 Anlage 2 and the annexes it names). Every input has a
 * workbook-level defined name; formulas use only what Excel and HyperFormula both evaluate.
 */
import { CER_METERS, PUE_METERS } from "../../engine/criteria/catalogue";
import { seriesMonthsMin } from "../../engine/rules";
import { lawSheet } from "./lawSheet";
import { Field, Lang, SheetSpec } from "./model";
import {
  componentKinds, insulationMedia, isNo, isOneOf, isUnanswered, isYes, itKinds, kindWords, monthStatus, refrigerantKinds, refrigerantList,
  rowStatus, yesNo,
} from "./vocabulary";

export interface TemplateOptions {
  /** Rows of Anlage 3.4 (months; at least 36). */
  monitoringMonths: number;
  inventoryRows: number;
  customerRows: number;
  itRows: number;
  cpuRows: number;
  storageRows: number;
}

export const defaultOptions: TemplateOptions = {
  monitoringMonths: 36,
  inventoryRows: 40,
  customerRows: 30,
  itRows: 1000,
  cpuRows: 1000,
  storageRows: 100,
};

/** Twelve months of the reporting period (3.3.3: "über einen Zeitraum von 12 Monaten"). */
export const ITEU_MONTHS = 12;

/**
 * 3.3.2 Nachweis: "Datenreihen über mindestens 3 Monate … je Server": the monthly values a row of Anlage 4.2
 * needs to count as a monitored server, or as many as the series has months while it is shorter (then 3.3.2
 * is *fehlt* for the series, not *nicht erfüllt* for the coverage).
 */
export const SERIES_MONTHS = `MIN(${seriesMonthsMin},MAX(1,CPU_Monate))`;

/** The applicant operates IT only, not the data centre (Abschnitt 2, third indent). */
export const IT_ONLY = `AND(${isYes("Rolle_IT_Betreiber")},NOT(${isYes("Rolle_RZ_Betreiber")}),NOT(${isYes("Rolle_RZ_Dienstleister")}))`;

const yn = (lang: Lang) => yesNo[lang];
const field = (name: string, de: string, en: string, kind: Field["kind"], extra: Partial<Field> = {}): Field => ({
  name, label: { de, en }, kind, ...extra,
});
/** A computed field; `addinHint`: a key figure that shows, beside it, why it is #NAME? without the add-in. */
const computed = (name: string, de: string, en: string, formula: (lang: Lang) => string, format?: Field["format"], addinHint?: boolean): Field => ({
  name, label: { de, en }, kind: "formula", formula, format, ...(addinHint ? { addinHint } : {}),
});
const yesno = (name: string, de: string, en: string, extra: Partial<Field> = {}) => field(name, de, en, "yesno", { list: yn, ...extra });
/** The input decides the criteria `ids` (amber while blank and they miss data, red while "Nein" and they fail). */
const feeds = (...ids: string[]): Partial<Field> => ({ feeds: ids });

/**
 * Sums of a monthly column over the reporting period (ratios of sums, 3.2.7/3.2.8), each calendar month once: a
 * row repeating a month ("doppelt", 3.2.2 fails it) is left out, so that sums and month counts agree.
 */
const inPeriod = (column: string, lang: Lang) =>
  `SUMIFS(${column},Monat,">="&Zeitraum_von,Monat,"<="&Zeitraum_bis,Monat_Status,"<>${monthStatus[lang].duplicate}")`;
const rs = (lang: Lang) => rowStatus[lang];
const q = (text: string) => `"${text}"`;

/**
 * Months of the reporting period whose row gives every meter of a key figure a value ≥ 0, each calendar month
 * once (3.2.7, 3.2.8: the annual figure needs 12 of them; a blank water reading does not stop PUE).
 */
const figureMonths = (meters: string[]) => (lang: Lang) =>
  `IF(Zeitraum_von="",0,COUNTIFS(Monat,">="&Zeitraum_von,Monat,"<="&Zeitraum_bis,Monat_Status,"<>${monthStatus[lang].duplicate}",${meters.map((m) => `${m},">=0"`).join(",")}))`;

/**
 * COUNTIFS/SUMIFS over the rows of Anlage 4.1 of the types `types` whose yes/no column `column` says Ja or Yes: in
 * any letter case (both compare so) and with a space before, after or both ("Ja ", the common slip), as COUNTIFS
 * cannot trim. A per-row column that reads each answer once would cost a check of 5,000 servers some 60 % more
 * (docs/template.md); the engine's other words (J, Wahr, 1 …) the drop-down keeps out in Excel.
 */
const ifsYes = (fn: "COUNTIFS" | "SUMIFS", sum: string, types: string[], column: string) =>
  types.flatMap((t) => yesNo.de.slice(0, 1).concat(yesNo.en[0]).flatMap((w) => [w, ` ${w}`, `${w} `, ` ${w} `]).map((w) => `${fn}(${sum}IT_Typ,"${t}",${column},"${w}")`)).join("+");

/** DEUZ.ITEU's arguments over `cpu` (a range of Anlage 4.2), leaving out the GPU servers of Anlage 4.1 (3.3.3 Ausnahme 2). */
const ITEU_ARGS = (cpu: string) => `${cpu},CPU_Server_ID,IT_ID,IT_GPU`;

/** The name of the k-th (0-based) column of a spanned table column: CPU_Auslastung_M01 … */
export const monthColumn = (name: string, k: number) => `${name}_M${String(k + 1).padStart(2, "0")}`;

export function sheets(options: TemplateOptions = defaultOptions): SheetSpec[] {
  const meters: [string, string, string][] = [
    ["MP_EVU", "Strombezug EVU", "Electricity from the utility"],
    ["MP_EE", "Eigenerzeugung (z. B. PV)", "Own generation (e.g. PV)"],
    ["MP_NEA", "Netzersatzanlage", "Standby generator"],
    ["MP_IT2", "Strombedarf IT", "IT electricity"],
    ["MP_KS", "Strombedarf Kühlsystem", "Cooling system electricity"],
    ["MP_So", "Strombedarf Sonstiges", "Other electricity"],
    ["MP_KE", "Erzeugte Kälte (kWh_th)", "Cold generated (kWh_th)"],
    ["MP_RZ", "Wärmeabfuhr (kWh_th)", "Heat removed (kWh_th)"],
    ["MP_An", "Genutzte Abwärme (kWh_th)", "Waste heat used (kWh_th)"],
    ["Wasser_m3", "Trinkwasser (m³)", "Drinking water (m³)"],
  ];
  return [
    {
      name: "Stammdaten",
      title: { de: "Stammdaten", en: "Master data" },
      intro: {
        de: "Gelbe Zellen ausfüllen. Die Rollen bestimmen, welche Kriterien gelten (DE-UZ 228, Abschnitt 3, Tabelle 1).",
        en: "Fill in the yellow cells. The roles decide which criteria apply (DE-UZ 228, section 3, Tabelle 1).",
      },
      fields: [
        field("Antragsteller", "Antragsteller", "Applicant", "text"),
        field("RZ_Name", "Bezeichnung des Rechenzentrums", "Name of the data centre", "text"),
        field("RZ_Standort", "Standort", "Site", "text"),
        yesno("Rolle_RZ_Betreiber", "RZ-Betreiber (3.2)", "Data centre operator (3.2)"),
        yesno("Rolle_RZ_Dienstleister", "RZ-Dienstleister: vermietet IT-Fläche/Hardware (3.2.6)", "Data centre service provider: rents out space/hardware (3.2.6)"),
        yesno("Rolle_IT_Betreiber", "IT-Betreiber (3.3)", "IT operator (3.3)"),
        // Abschnitt 2: IT operation is labelled only "innerhalb eines mit dem Umweltzeichen Blauer Engel
        // zertifizierten Rechenzentrum"; an applicant running the data centre itself is judged on 3.2 instead
        yesno("RZ_zertifiziert", "Nur IT-Betreiber: das Rechenzentrum ist mit DE-UZ 228 zertifiziert (Abschnitt 2)",
          "IT operator only: the data centre holds DE-UZ 228 (section 2)", { ...feeds("3.1.2"), neededIf: IT_ONLY }),
        field("Inbetriebnahme_RZ", "Inbetriebnahme des Rechenzentrums", "Commissioning of the data centre", "date", feeds("3.2.7", "3.2.8", "3.2.10")),
        field("Inbetriebnahme_Kuehlsystem", "Inbetriebnahme des Kühlsystems", "Commissioning of the cooling system", "date", feeds("3.2.8")),
        field("Antragsdatum", "Antragsdatum", "Application date", "date", feeds("3.2.7")),
        field("Berichtszeitraum_Beginn", "Berichtszeitraum Beginn (12 Monate)", "Reporting period start (12 months)", "date", feeds("3.2.2", "3.2.7", "3.2.8")),
        field("Berichtszeitraum_Ende", "Berichtszeitraum Ende", "Reporting period end", "date", feeds("3.2.2", "3.2.7", "3.2.8")),
        field("Anschlussleistung_kW", "Elektrische Anschlussleistung", "Electrical connection power", "number", { unit: "kW", ...feeds("3.2.10") }),
        field("IT_Gesamtleistung_kW", "IT-Gesamtleistung", "IT total power", "number", { unit: "kW", ...feeds("3.2.12") }),
        yesno("Teilflaeche", "Nur Teile eines Gebäudes genutzt (Ausnahme 3.2.12)", "Only parts of a building used (exception 3.2.12)"),
        field("Flaeche_BGF_m2", "Bruttogrundfläche (BGF)", "Gross floor area (BGF)", "number", { unit: "m²", ...feeds("3.2.12"), neededIf: `NOT(${isYes("Teilflaeche")})` }),
        field("Flaeche_BF_m2", "Bebaute Fläche (BF)", "Built-up area (BF)", "number", { unit: "m²", ...feeds("3.2.12"), neededIf: `NOT(${isYes("Teilflaeche")})` }),
        field("Flaeche_ITF_m2", "IT-Fläche (ITF)", "IT floor area (ITF)", "number", { unit: "m²", ...feeds("3.2.12") }),
        field("Flaeche_NF_m2", "Genutzte Fläche (NF, Mieter)", "Used area (NF, tenants)", "number", { unit: "m²", ...feeds("3.2.12"), neededIf: isYes("Teilflaeche") }),
        yesno("Monetaere_Abrechnung", "Monetäre Abrechnung mit IT-Kunden (3.2.6.2)", "Monetary billing of IT customers (3.2.6.2)", feeds("3.2.6.2")),
        computed("Zeitraum_von", "Erster Monat des Berichtszeitraums", "First month of the reporting period",
          () => `IF(Berichtszeitraum_Beginn="","",DATE(YEAR(Berichtszeitraum_Beginn),MONTH(Berichtszeitraum_Beginn),1))`, "date"),
        computed("Zeitraum_bis", "Letzter Tag des Berichtszeitraums", "Last day of the reporting period",
          () => `IF(Berichtszeitraum_Ende="","",Berichtszeitraum_Ende)`, "date"),
        // 3.1.3: the final report is due "spätestens 6 Monate vor Ende der vereinbarten Vertragslaufzeit"; optional
        // (an application does not need it), it dates the report in the roadmap (deuz check, deuz portfolio). Last, so
        // that no cell of an earlier template moves
        field("Vertragsende", "Vertragsende (Zeichenbenutzungsvertrag, optional, 3.1.3)", "Contract end (label use contract, optional, 3.1.3)", "date", {
          prompt: {
            de: "Optional: Ende des Zeichenbenutzungsvertrags (RAL gGmbH). Der Abschlussbericht (3.1.3) ist spätestens 6 Monate davor fällig.",
            en: "Optional: end of the label use contract (RAL gGmbH). The final report (3.1.3) is due 6 months before it at the latest.",
          },
        }),
      ],
    },
    {
      name: "Anlage 2",
      title: { de: "Anlage 2: Energieeffizienzbericht – Checkliste", en: "Anlage 2: energy efficiency report – checklist" },
      intro: {
        de: "Eine Zeile je Kriterium aus Abschnitt 3. Der Status folgt aus den Angaben der Anlagen; Nachweise ändern ihn nicht.",
        en: "One row per criterion of section 3. The status follows from the annexes; documents to attach do not change it.",
      },
      fields: [],
      // rows are made from the criteria catalogue by checklist.ts
    },
    {
      name: "Anlage 3.1",
      title: { de: "Anlage 3.1: Energiemanagementsystem (3.1.1)", en: "Anlage 3.1: energy management system (3.1.1)" },
      intro: {
        de: "Das Energiemanagementsystem muss alle acht Punkte enthalten (DIN EN 50600-3-1, DIN EN ISO 50001 oder EMAS III).",
        en: "The energy management system must contain all eight points (DIN EN 50600-3-1, DIN EN ISO 50001 or EMAS III).",
      },
      fields: [
        field("EnMS_Grundlage", "Grundlage (Norm)", "Basis (standard)", "text"),
        yesno("EnMS_Strategie", "1. Schriftlich fixierte Energiestrategie", "1. Written energy strategy", feeds("3.1.1")),
        yesno("EnMS_Zustaendigkeiten", "2. Zuständigkeiten klar geregelt", "2. Responsibilities clearly assigned", feeds("3.1.1")),
        yesno("EnMS_Messkonzept", "3. Messkonzept für Effizienzkennzahlen umgesetzt", "3. Metering concept for efficiency indicators in place", feeds("3.1.1")),
        yesno("EnMS_Ziele", "4. Effizienzziele definiert und überprüft", "4. Efficiency targets defined and reviewed", feeds("3.1.1")),
        yesno("EnMS_Bereichsuebergreifend", "5. Maßnahmen bereichsübergreifend entwickelt", "5. Measures developed across departments", feeds("3.1.1")),
        yesno("EnMS_KVP", "6. Kontinuierlicher Verbesserungsprozess", "6. Continual improvement process", feeds("3.1.1")),
        yesno("EnMS_TCO", "7. Lebenszykluskosten (TCO) bei Neuanschaffungen", "7. Life-cycle cost (TCO) for new purchases", feeds("3.1.1")),
        yesno("EnMS_Umweltzeichen", "8. Umweltzeichen (z. B. DE-UZ 213) bei Neuanschaffungen", "8. Eco-labels (e.g. DE-UZ 213) for new purchases", feeds("3.1.1")),
      ],
    },
    {
      name: "Anlage 3.2-3.3",
      title: { de: "Anlagen 3.2 und 3.3: Messkonzept TGA (3.2.1)", en: "Anlagen 3.2 and 3.3: metering concept (3.2.1)" },
      intro: {
        de: "Anlagenschemata für Strom (Anlage 3.2) und Kälte (Anlage 3.3) mit den Messpunkten nach Anhang A beifügen.",
        en: "Attach the schematics for electricity (Anlage 3.2) and cooling (Anlage 3.3) with the meter points of Anhang A.",
      },
      fields: [
        yesno("Messkonzept_Schema_Strom", "Block-/Anlagenschema Strom liegt vor", "Electricity schematic available", feeds("3.2.1")),
        yesno("Messkonzept_Schema_Kaelte", "Block-/Anlagenschema Kälte liegt vor", "Cooling schematic available", feeds("3.2.1")),
        yesno("Messkonzept_Messpunkte", "Messpunkte/Zähler im Schema benannt", "Meter points named in the schematics", feeds("3.2.1")),
        yesno("Messkonzept_Berechnung", "Berechnung von PUE, CER, ERF, WUE mit Messpunkten beschrieben", "Calculation of PUE, CER, ERF, WUE with meter points described", feeds("3.2.1")),
        yesno("Messkonzept_Zaehler_Auskopplung", "Zähler für die Energie zur Abwärmeauskopplung vorhanden, oder keine Auskopplung (3.2.7)", "Meters for the heat-extraction energy in place, or no heat extracted (3.2.7)", feeds("3.2.1")),
      ],
    },
    {
      name: "Anlage 3.4",
      title: { de: "Anlage 3.4: Monitoring Energie, Klima und Wasser (3.2.2)", en: "Anlage 3.4: monitoring of energy, cooling and water (3.2.2)" },
      intro: {
        de: "Ein Monat je Zeile (erster Tag des Monats), mindestens die 12 Monate des Berichtszeitraums. 0 ist ein Wert; leer heißt fehlt. Monats-PUE nur zur Information: der Jahreswert ist ein Verhältnis der Summen.",
        en: "One month per row (first day of the month), at least the 12 months of the reporting period. 0 is a value; blank means missing. Monthly PUE for information only: the annual value is a ratio of sums.",
      },
      fields: [
        computed("Monate_Berichtszeitraum", "Monate im Berichtszeitraum", "Months in the reporting period",
          () => `IF(OR(Berichtszeitraum_Beginn="",Berichtszeitraum_Ende=""),"",(YEAR(Berichtszeitraum_Ende)-YEAR(Berichtszeitraum_Beginn))*12+MONTH(Berichtszeitraum_Ende)-MONTH(Berichtszeitraum_Beginn)+1)`, "number"),
        computed("Monate_erfasst", "Davon Zeilen in der Tabelle", "Of these, rows in the table",
          () => `IF(Zeitraum_von="",0,COUNTIFS(Monat,">="&Zeitraum_von,Monat,"<="&Zeitraum_bis))`, "number"),
        computed("Monate_vollstaendig", "Davon vollständig erfasst", "Of these, complete",
          (lang) => `COUNTIF(Monat_Status,${q(monthStatus[lang].complete)})`, "number"),
        computed("Werte_negativ", "Negative Werte", "Negative values",
          () => `COUNTIF(Messwerte,"<0")`, "number"),
        computed("Jahr_Gesamt_kWh", "Strombedarf RZ gesamt (MP_EVU + MP_EE + MP_NEA)", "Total electricity (MP_EVU + MP_EE + MP_NEA)",
          (lang) => `${inPeriod("MP_EVU", lang)}+${inPeriod("MP_EE", lang)}+${inPeriod("MP_NEA", lang)}`, "number"),
        computed("Jahr_IT_kWh", "Strombedarf IT (MP_IT2)", "IT electricity (MP_IT2)", (lang) => inPeriod("MP_IT2", lang), "number"),
        computed("Jahr_KS_kWh", "Strombedarf Kühlsystem (MP_KS)", "Cooling electricity (MP_KS)", (lang) => inPeriod("MP_KS", lang), "number"),
        computed("Jahr_KE_kWh", "Erzeugte Kälte (MP_KE)", "Cold generated (MP_KE)", (lang) => inPeriod("MP_KE", lang), "number"),
        computed("Jahr_RZ_kWh", "Wärmeabfuhr (MP_RZ)", "Heat removed (MP_RZ)", (lang) => inPeriod("MP_RZ", lang), "number"),
        computed("Jahr_An_kWh", "Genutzte Abwärme (MP_An)", "Waste heat used (MP_An)", (lang) => inPeriod("MP_An", lang), "number"),
        computed("Jahr_Auskopplung_kWh", "Energie zur Abwärmeauskopplung", "Energy to extract waste heat", (lang) => inPeriod("MP_Auskopplung", lang), "number"),
        computed("Jahr_Wasser_m3", "Trinkwasser (m³)", "Drinking water (m³)", (lang) => inPeriod("Wasser_m3", lang), "number"),
        computed("Jahr_Erneuerbar_kWh", "Strom aus erneuerbaren Energien", "Renewable electricity", (lang) => inPeriod("Strom_erneuerbar_kWh", lang), "number"),
        computed("Monate_doppelt", "Monate mehrfach in der Tabelle", "Months listed more than once",
          (lang) => `COUNTIF(Monat_Status,${q(monthStatus[lang].duplicate)})`, "number"),
      ],
      table: {
        rows: options.monitoringMonths,
        blocks: [{ name: "Messwerte", from: "MP_EVU", to: "Strom_erneuerbar_kWh" }],
        columns: [
          { name: "Monat", header: { de: "Monat", en: "Month" }, kind: "date", format: "date" },
          ...meters.map(([name, de, en]) => ({ name, header: { de: `${name}: ${de}`, en: `${name}: ${en}` }, kind: "kwh" as const, format: "number" as const })),
          { name: "MP_Auskopplung", header: { de: "MP_Auskopplung: Energie zur Abwärmeauskopplung", en: "MP_Auskopplung: energy to extract waste heat" }, kind: "kwh", format: "number" },
          { name: "Strom_erneuerbar_kWh", header: { de: "Strom aus erneuerbaren Energien", en: "Renewable electricity" }, kind: "kwh", format: "number" },
          {
            name: "PUE_Monat", header: { de: "PUE des Monats (Information)", en: "Monthly PUE (information)" }, kind: "formula", format: "ratio",
            formula: (r) => `IF(OR(B${r}="",E${r}=""),"",IFERROR(DEUZ.PUE(B${r}+C${r}+D${r},E${r},L${r}),""))`,
          },
          {
            name: "Monat_Status", header: { de: "Status (3.2.2)", en: "Status (3.2.2)" }, kind: "formula",
            formula: (r, lang, i) => {
              const m = monthStatus[lang];
              // the same calendar month in an earlier row of the table: the later row is a duplicate
              const month = `DATE(YEAR(A${r}),MONTH(A${r}),1)`;
              const earlier = `$A$${r - i}:A${r}`;
              const duplicate = `COUNTIFS(${earlier},">="&${month},${earlier},"<"&EDATE(${month},1))>1`;
              return `IF(A${r}="","",IF(OR(Zeitraum_von="",A${r}<Zeitraum_von,A${r}>Zeitraum_bis),${q(m.outside)},IF(${duplicate},${q(m.duplicate)},IF(COUNTIF(B${r}:M${r},"<0")>0,${q(m.negative)},IF(COUNT(B${r}:K${r})=10,${q(m.complete)},${q(m.incomplete)})))))`;
            },
          },
        ],
      },
    },
    {
      name: "Anlage 3.5",
      title: { de: "Anlage 3.5: Inventarliste Kältetechnik und Energieversorgung (3.2.3)", en: "Anlage 3.5: inventory of cooling and power supply (3.2.3)" },
      intro: {
        de: "Alle Anlagen der TGA: Kältetechnik, USV, Schaltanlagen, NEA (mit Treibstofflager). Kältemittel nach 3.2.9, Isoliermedium nach 3.2.11.",
        en: "All building-services plant: refrigeration, UPS, switchgear, generators (with fuel store). Refrigerant per 3.2.9, insulation per 3.2.11.",
      },
      fields: [
        yesno("Neuanschaffungen_Prozess", "Neuanschaffungen werden vorab gegen die Kriterien geprüft (3.2.13)", "New purchases are checked against the criteria beforehand (3.2.13)", feeds("3.2.13")),
      ],
      table: {
        rows: options.inventoryRows,
        columns: [
          { name: "TGA_Bezeichnung", header: { de: "Anlage", en: "Plant" }, kind: "text", width: 28 },
          { name: "TGA_Art", header: { de: "Art", en: "Kind" }, kind: "list", list: (lang) => Object.values(componentKinds).map((k) => k[lang]) },
          { name: "TGA_Datum", header: { de: "Inbetriebnahme / Installation", en: "Commissioning / installation" }, kind: "date", format: "date" },
          { name: "TGA_Leistung_kW", header: { de: "Thermische Leistung (kW_th)", en: "Thermal power (kW_th)" }, kind: "number", format: "number" },
          { name: "TGA_Kaeltemittel", header: { de: "Kältemittel", en: "Refrigerant" }, kind: "list", list: refrigerantList },
          { name: "TGA_Isoliermedium", header: { de: "Isoliermedium", en: "Insulation medium" }, kind: "list", list: (lang) => insulationMedia[lang] },
          { name: "TGA_Treibstoff_l", header: { de: "Treibstofflager (l)", en: "Fuel store (l)" }, kind: "number", format: "number" },
          {
            name: "TGA_Kaeltemittel_Pruefung", header: { de: "Kältemittel (3.2.9)", en: "Refrigerant (3.2.9)" }, kind: "formula",
            formula: (r, lang) =>
              `IF(NOT(${isOneOf(`B${r}`, kindWords(refrigerantKinds))}),"",IF(OR(C${r}="",D${r}=""),${q(rs(lang).missing)},IFERROR(IF(DEUZ.REFRIGERANT.CHECK(E${r},C${r},D${r}),${q(rs(lang).ok)},${q(rs(lang).fail)}),${q(rs(lang).missing)})))`,
          },
          {
            name: "TGA_SF6_Pruefung", header: { de: "SF6 (3.2.11)", en: "SF6 (3.2.11)" }, kind: "formula",
            formula: (r, lang) =>
              `IF(NOT(${isOneOf(`B${r}`, kindWords(["switchgear"]))}),"",IF(C${r}="",${q(rs(lang).missing)},IFERROR(IF(DEUZ.SF6.CHECK(F${r},C${r}),${q(rs(lang).ok)},${q(rs(lang).fail)}),${q(rs(lang).missing)})))`,
          },
        ],
      },
    },
    {
      name: "Anlage 3.6",
      title: { de: "Anlage 3.6: Erneuerbare Energien (3.2.4)", en: "Anlage 3.6: renewable energy (3.2.4)" },
      intro: {
        de: "100 % erneuerbarer Strom. Ausnahme: Bezug über einen Dritten, höchstens 20 % von dessen EVU-Liefermenge, Rest mit Kompensationszertifikaten (Anhang B).",
        en: "100 % renewable electricity. Exception: supply through a third party, at most 20 % of what its utility delivers, the rest compensated with certificates (Anhang B).",
      },
      fields: [
        computed("Anteil_erneuerbar", "Anteil erneuerbarer Strom im Berichtszeitraum", "Renewable share in the reporting period",
          () => `IFERROR(DEUZ.REF(Jahr_Erneuerbar_kWh,Jahr_Gesamt_kWh),"")`, "percent"),
        yesno("Bezug_ueber_Dritte", "Strombezug über einen Dritten, nicht direkt vom EVU", "Electricity through a third party, not directly from the utility"),
        field("EVU_Liefermenge_Dritter_kWh", "Vom EVU an den Dritten geliefert (Jahr)", "Delivered by the utility to the third party (year)", "kwh", { unit: "kWh", format: "number", ...feeds("3.2.4"), neededIf: isYes("Bezug_ueber_Dritte") }),
        computed("Anteil_am_Dritten", "Anteil des RZ an dieser Liefermenge", "Data centre's share of that delivery",
          () => `IF(OR(EVU_Liefermenge_Dritter_kWh="",EVU_Liefermenge_Dritter_kWh=0),"",Jahr_Gesamt_kWh/EVU_Liefermenge_Dritter_kWh)`, "percent"),
        yesno("Kompensationszertifikate", "Kompensationszertifikate für den nicht erneuerbaren Anteil", "Compensation certificates for the non-renewable part", { ...feeds("3.2.4"), neededIf: isYes("Bezug_ueber_Dritte") }),
        computed("Erneuerbar_Pruefung", "Prüfung 3.2.4", "Check 3.2.4",
          // 100 % renewable passes outright; the exception needs the delivery and, within 20 %, the certificates'
          // answer: a blank one leaves the check blank (fehlt), it is not a "Nein"
          () => `IFERROR(IF(DEUZ.RENEWABLE.CHECK(Jahr_Erneuerbar_kWh,Jahr_Gesamt_kWh),TRUE(),IF(NOT(${isYes("Bezug_ueber_Dritte")}),FALSE(),IF(EVU_Liefermenge_Dritter_kWh="","",`
            + `DEUZ.RENEWABLE.CHECK(Jahr_Erneuerbar_kWh,Jahr_Gesamt_kWh,EVU_Liefermenge_Dritter_kWh,IF(${isYes("Kompensationszertifikate")},TRUE(),IF(${isNo("Kompensationszertifikate")},FALSE(),"")))))),"")`),
      ],
    },
    {
      name: "Anlage 3.7-3.8",
      title: { de: "Anlagen 3.7 und 3.8: IT-Kunden (3.2.6)", en: "Anlagen 3.7 and 3.8: IT customers (3.2.6)" },
      intro: {
        de: "Ab 5 kW vertraglicher IT-Spitzenlast: monatliche Information (3.2.6.1) und ein verbrauchsabhängiger Preis nicht unter dem Einkaufspreis, ohne Mindestabnahme und Freimenge (3.2.6.2, Anhang C).",
        en: "From 5 kW contracted IT peak: monthly information (3.2.6.1) and a consumption-based price not below the purchase price, without minimum purchase or free allowance (3.2.6.2, Anhang C).",
      },
      fields: [
        yesno("Beratungsangebot", "Beratungsangebot zur Energieeinsparung für IT-Kunden (3.2.6.3)", "Energy-saving advice offered to IT customers (3.2.6.3)", feeds("3.2.6.3")),
        field("Beratungsangebot_Form", "Form des Angebots (Broschüre, Workshop …)", "Form of the offer (brochure, workshop …)", "text"),
      ],
      table: {
        rows: options.customerRows,
        columns: [
          { name: "Kunde_Name", header: { de: "IT-Kunde", en: "IT customer" }, kind: "text", width: 24 },
          { name: "Kunde_Spitzenlast_kW", header: { de: "Vertragliche IT-Spitzenlast (kW)", en: "Contracted IT peak (kW)" }, kind: "number", format: "number" },
          { name: "Kunde_Monatsinfo", header: { de: "Monatliche Information zu kWh und Spitzenlast", en: "Monthly information on kWh and peak" }, kind: "yesno", list: yn },
          { name: "Kunde_Preis_kWh", header: { de: "Verbrauchspreis (€/kWh)", en: "Consumption price (€/kWh)" }, kind: "number" },
          { name: "Kunde_Einkaufspreis_kWh", header: { de: "Einkaufspreis Strom (€/kWh)", en: "Electricity purchase price (€/kWh)" }, kind: "number" },
          { name: "Kunde_Mindestabnahme_kWh", header: { de: "Mindestabnahme (kWh)", en: "Minimum purchase (kWh)" }, kind: "number" },
          { name: "Kunde_Freimenge_kWh", header: { de: "Freimenge (kWh)", en: "Free allowance (kWh)" }, kind: "number" },
          {
            name: "Kunde_Info_Pruefung", header: { de: "Information (3.2.6.1)", en: "Information (3.2.6.1)" }, kind: "formula",
            formula: (r, lang) => `IF(A${r}="","",IFERROR(IF(DEUZ.INFO.CHECK(B${r},C${r}),${q(rs(lang).ok)},${q(rs(lang).fail)}),${q(rs(lang).missing)}))`,
          },
          {
            name: "Kunde_Preis_Pruefung", header: { de: "Preismodell (3.2.6.2)", en: "Price model (3.2.6.2)" }, kind: "formula",
            formula: (r, lang) =>
              `IF(OR(A${r}="",${isNo("Monetaere_Abrechnung")}),"",IF(B${r}="",${q(rs(lang).missing)},IF(B${r}<5,"",IFERROR(IF(DEUZ.PRICING.CHECK(D${r},E${r},F${r},G${r}),${q(rs(lang).ok)},${q(rs(lang).fail)}),${q(rs(lang).missing)}))))`,
          },
        ],
      },
    },
    {
      name: "Anlage 3.9",
      title: { de: "Anlage 3.9: PUE (3.2.7) und CER (3.2.8)", en: "Anlage 3.9: PUE (3.2.7) and CER (3.2.8)" },
      intro: {
        de: "Jahreswerte des Berichtszeitraums aus Anlage 3.4 als Verhältnis der Summen; die Energie zur Abwärmeauskopplung geht nicht ein. Grenzwerte nach Tabelle 2-5.",
        en: "Annual values of the reporting period from Anlage 3.4 as ratios of sums, without the energy to extract waste heat. Limits per Tabellen 2-5.",
      },
      fields: [
        computed("PUE_Jahr", "PUE (Kategorie 2) im Berichtszeitraum", "PUE (category 2) in the reporting period",
          () => `DEUZ.PUE(Jahr_Gesamt_kWh,Jahr_IT_kWh,Jahr_Auskopplung_kWh)`, "ratio", true),
        computed("PUE_Grenzwert", "Höchstzulässiger PUE (Tabelle 2 / 3)", "Largest PUE allowed (Tabelle 2 / 3)",
          () => `DEUZ.PUE.LIMIT(Inbetriebnahme_RZ,Berichtszeitraum_Beginn)`, "ratio"),
        computed("PUE_Pruefung", "PUE ≤ Grenzwert", "PUE ≤ limit", () => `DEUZ.PUE.CHECK(PUE_Jahr,Inbetriebnahme_RZ,Berichtszeitraum_Beginn)`),
        computed("PUE_Monate", `Monate mit allen PUE-Messwerten (${PUE_METERS.join(", ")}; nötig: 12)`, `Months with every PUE meter (${PUE_METERS.join(", ")}; needed: 12)`,
          figureMonths(PUE_METERS), "number"),
        computed("Bilanzzeitraum_Pruefung", "Bilanzzeitraum endet ≤ 3 Monate vor Antrag", "Balance period ends ≤ 3 months before application",
          () => `DEUZ.PERIOD.CHECK(Berichtszeitraum_Ende,Antragsdatum)`),
        // 3.2.8: the extraction energy "geht nicht in … die Bestimmung des elektrischen Energiebedarfs des
        // Kühlsystems ein": it comes off MP_KS only where MP_KS measures it (docs/interpretations.md)
        yesno("Auskopplung_in_MP_KS", "Energie zur Abwärmeauskopplung (MP_Auskopplung) ist in MP_KS enthalten (3.2.8; nur bei Auskopplung)",
          "Heat-extraction energy (MP_Auskopplung) is included in MP_KS (3.2.8; only if heat is extracted)",
          { ...feeds("3.2.8"), neededIf: "N(Jahr_Auskopplung_kWh)>0", noIsAnswer: true }),
        computed("CER_Jahr", "CER im Berichtszeitraum", "CER in the reporting period",
          () => `IF(AND(N(Jahr_Auskopplung_kWh)>0,${isUnanswered("Auskopplung_in_MP_KS")}),"",DEUZ.CER(Jahr_RZ_kWh,Jahr_KS_kWh,IF(${isYes("Auskopplung_in_MP_KS")},Jahr_Auskopplung_kWh,0)))`, "ratio", true),
        computed("CER_Grenzwert", "CER muss größer sein als (Tabelle 4 / 5)", "CER must exceed (Tabelle 4 / 5)",
          () => `DEUZ.CER.LIMIT(Inbetriebnahme_Kuehlsystem,Berichtszeitraum_Beginn,Inbetriebnahme_RZ)`, "ratio"),
        computed("CER_Pruefung", "CER > Grenzwert", "CER > limit",
          () => `DEUZ.CER.CHECK(CER_Jahr,Inbetriebnahme_Kuehlsystem,Berichtszeitraum_Beginn,Inbetriebnahme_RZ)`),
        computed("CER_Monate", `Monate mit allen CER-Messwerten (${CER_METERS.join(", ")}; nötig: 12)`, `Months with every CER meter (${CER_METERS.join(", ")}; needed: 12)`,
          figureMonths(CER_METERS), "number"),
        computed("Ausnahme2_anwendbar", "Ausnahme 2: Inbetriebnahme < 15 Monate vor Antrag (Planungswerte zulässig)", "Exception 2: commissioned < 15 months before application (planned values allowed)",
          () => `IF(OR(Antragsdatum="",Inbetriebnahme_RZ=""),FALSE(),Antragsdatum<EDATE(Inbetriebnahme_RZ,15))`),
        // 3.2.2 asks 12 months before the application; a data centre under Ausnahme 2 (3.2.7/3.2.8: less than
        // 15 months old) may not have them: its period runs from the month after commissioning (docs/interpretations.md)
        computed("Monate_noetig", "Monate, die 3.2.2 in Anlage 3.4 verlangt (12; Ausnahme 2: seit Inbetriebnahme)", "Months 3.2.2 needs in Anlage 3.4 (12; exception 2: since commissioning)",
          () => `IF(AND(Ausnahme2_anwendbar=TRUE(),ISNUMBER(Monate_Berichtszeitraum),ISNUMBER(Berichtszeitraum_Beginn)),IF(AND(Monate_Berichtszeitraum>=1,Monate_Berichtszeitraum<12,Berichtszeitraum_Beginn<=EDATE(Inbetriebnahme_RZ,1)),Monate_Berichtszeitraum,12),12)`, "number"),
        field("PUE_Planwert", "Ausnahme 2: erwarteter PUE nach 12 Monaten (Fachplaner, DIN EN 50600)", "Exception 2: PUE expected after 12 months (qualified planner, DIN EN 50600)", "number", { format: "ratio", ...feeds("3.2.7"), neededIf: "Ausnahme2_anwendbar=TRUE()" }),
        computed("PUE_Plan_Grenzwert", "Grenzwert nach 12 Monaten (Tabelle 3)", "Limit after 12 months (Tabelle 3)",
          () => `IF(Inbetriebnahme_RZ="","",DEUZ.PUE.LIMIT(Inbetriebnahme_RZ,EDATE(Inbetriebnahme_RZ,12)))`, "ratio"),
        computed("PUE_Plan_Pruefung", "Geplanter PUE ≤ Grenzwert", "Planned PUE ≤ limit",
          () => `IF(OR(NOT(Ausnahme2_anwendbar),PUE_Planwert=""),"",DEUZ.PUE.CHECK(PUE_Planwert,Inbetriebnahme_RZ,EDATE(Inbetriebnahme_RZ,12)))`),
        field("CER_Planwert", "Ausnahme 2: erwarteter CER nach 12 Monaten (Planung oder Lasttest)", "Exception 2: CER expected after 12 months (planning or load test)", "number", { format: "ratio", ...feeds("3.2.8"), neededIf: "Ausnahme2_anwendbar=TRUE()" }),
        computed("CER_Plan_Grenzwert", "CER muss nach 12 Monaten größer sein als (Tabelle 4 / 5)", "CER must exceed after 12 months (Tabelle 4 / 5)",
          () => `IF(OR(Inbetriebnahme_RZ="",Inbetriebnahme_Kuehlsystem=""),"",DEUZ.CER.LIMIT(Inbetriebnahme_Kuehlsystem,EDATE(Inbetriebnahme_RZ,12),Inbetriebnahme_RZ))`, "ratio"),
        computed("CER_Plan_Pruefung", "Geplanter CER > Grenzwert", "Planned CER > limit",
          () => `IF(OR(NOT(Ausnahme2_anwendbar),CER_Planwert=""),"",DEUZ.CER.CHECK(CER_Planwert,Inbetriebnahme_Kuehlsystem,EDATE(Inbetriebnahme_RZ,12),Inbetriebnahme_RZ))`),
      ],
    },
    {
      name: "Anlage 3.10",
      title: { de: "Anlage 3.10: Abwärmenutzung (3.2.10) und Veröffentlichung (3.2.5)", en: "Anlage 3.10: waste heat use (3.2.10) and publication (3.2.5)" },
      intro: {
        de: "Für Rechenzentren mit Inbetriebnahme ab 01.01.2023: ERF > 0; ab 100 kW Anschlussleistung zusätzlich Anschlüsse und veröffentlichte Temperatur und Menge.",
        en: "For data centres commissioned from 2023-01-01: ERF > 0; from 100 kW connection power also connections and published temperature and amount.",
      },
      fields: [
        computed("ERF_Jahr", "Energy Reuse Factor (ERF)", "Energy Reuse Factor (ERF)", () => `DEUZ.ERF(Jahr_An_kWh,Jahr_Gesamt_kWh)`, "ratio", true),
        computed("WUE_Jahr", "Water Usage Effectiveness (WUE, l/kWh)", "Water Usage Effectiveness (WUE, l/kWh)", () => `DEUZ.WUE(Jahr_Wasser_m3,Jahr_IT_kWh)`, "ratio"),
        yesno("Abwaerme_Anschluesse", "Anschlüsse für externe Abwärmenutzung vorhanden", "Connections for external heat use in place", feeds("3.2.10")),
        yesno("Abwaerme_veroeffentlicht", "Temperatur und Menge veröffentlicht, oder Abwärme vollständig genutzt/vergeben", "Temperature and amount published, or all heat used/contracted", feeds("3.2.10")),
        field("Abwaerme_Ort", "Ort der Veröffentlichung (Abwärme, ERF)", "Where published (heat, ERF)", "text"),
        computed("Abwaerme_Pruefung", "Prüfung 3.2.10", "Check 3.2.10",
          () => `DEUZ.WASTEHEAT.CHECK(Inbetriebnahme_RZ,ERF_Jahr,Anschlussleistung_kW,Abwaerme_Anschluesse,Abwaerme_veroeffentlicht)`),
        yesno("Kennzahlen_veroeffentlicht", "PUE, CER, ERF und WUE jährlich veröffentlicht (3.2.5; ERF auch 3.2.10)", "PUE, CER, ERF and WUE published yearly (3.2.5; ERF also 3.2.10)", feeds("3.2.5", "3.2.10")),
        field("Kennzahlen_Ort", "Ort der Veröffentlichung für Anlage 2 (z. B. Internet-Adresse)", "Where published, for Anlage 2 (e.g. web address)", "text",
          { ...feeds("3.2.5"), neededIf: `AND(${isYes("Kennzahlen_veroeffentlicht")},NOT(${isYes("Sicherheitsausnahme")}))` }),
        yesno("Sicherheitsausnahme", "Ausnahme: Gefährdung der öffentlichen oder nationalen Sicherheit (3.2.5)", "Exception: risk to public or national security (3.2.5)"),
      ],
    },
    {
      name: "Anlage 4.1",
      title: { de: "Anlage 4.1: IT-Inventarliste (3.3.1)", en: "Anlage 4.1: IT inventory (3.3.1)" },
      intro: {
        de: "Server, Speichersysteme und Netzwerkgeräte, je Gerät eine Zeile mit eigener Kennung (3.3.1). GPU-Server markieren: sie sind von ITEU_SV ausgenommen (3.3.3, Ausnahme 2). Magnetbandsysteme als „Bandspeicher“: sie zählen nicht zur Speicherkapazität, die das Monitoring zu 90 % erfassen muss (Anhang D 2).",
        en: "Servers, storage systems and network devices, one row per device with its own ID (3.3.1). Mark GPU servers: they are exempt from ITEU_SV (3.3.3, exception 2). Tape libraries as \"Tape storage\": they do not count in the storage capacity the monitoring must cover to 90 % (Anhang D 2).",
      },
      fields: [],
      table: {
        rows: options.itRows,
        columns: [
          { name: "IT_ID", header: { de: "Kennung", en: "ID" }, kind: "text" },
          { name: "IT_Typ", header: { de: "Typ", en: "Type" }, kind: "list", list: (lang) => Object.values(itKinds).map((k) => k[lang]) },
          { name: "IT_Modell", header: { de: "Hersteller / Modell", en: "Make / model" }, kind: "text", width: 24 },
          { name: "IT_GPU", header: { de: "GPU-Server", en: "GPU server" }, kind: "yesno", list: yn },
          { name: "IT_Kapazitaet_GB", header: { de: "Speicherkapazität (GB)", en: "Storage capacity (GB)" }, kind: "number", format: "number" },
          { name: "IT_Monitoring", header: { de: "Im Monitoring erfasst", en: "Covered by monitoring" }, kind: "yesno", list: yn },
        ],
      },
    },
    {
      name: "Anlage 4.2",
      title: { de: "Anlage 4.2: Monitoring der IT-Last – CPU (3.3.2)", en: "Anlage 4.2: IT load monitoring – CPU (3.3.2)" },
      intro: {
        de: "Mittlere CPU-Auslastung je Server und Monat als Bruch (20 % = 0,2), Monate des Berichtszeitraums. Je Server eine Zeile mit seiner Kennung aus Anlage 4.1; GPU-Server nicht eintragen (eingetragene zählen nicht und sind gelb markiert: aus Anlage 4.2 entfernen, 3.3.3 Ausnahme 2). Mindestens 90 % der Server erfassen (Anhang D).",
        en: "Mean CPU utilisation per server and month as a fraction (20 % = 0.2), months of the reporting period. One row per server with its ID from Anlage 4.1; leave out GPU servers (rows naming one do not count and are amber: remove them from Anlage 4.2, 3.3.3 exception 2). Cover at least 90 % of the servers (Anhang D).",
      },
      fields: [
        computed("Server_gesamt", "Server ohne GPU-Server (Anlage 4.1)", "Servers without GPU servers (Anlage 4.1)",
          () => `COUNTIF(IT_Typ,"Server")-GPU_Server`, "number"),
        // 3.3.2 Nachweis: "Datenreihen über mindestens 3 Monate … je Server" (docs/interpretations.md)
        // GPU servers named here are left out (3.3.3 Ausnahme 2): DEUZ.SERVERS joins the IDs with Anlage 4.1 in one pass
        computed("Server_erfasst", "Davon erfasst: Zeilen mit Kennung und Werten für mindestens 3 Monate (ohne GPU-Server)", "Of these, monitored: rows with an ID and values for at least 3 months (without GPU servers)",
          () => `DEUZ.SERVERS(CPU_Server_ID,CPU_Auslastung,${SERIES_MONTHS},IT_ID,IT_GPU)`, "number"),
        computed("CPU_Zeilen_kurz", "Zeilen mit Kennung und Werten für weniger als 3 Monate (zählen nicht als erfasst)", "Rows with an ID and values for fewer than 3 months (not counted as monitored)",
          () => `DEUZ.SERVERS(CPU_Server_ID,CPU_Auslastung,1,IT_ID,IT_GPU)-Server_erfasst`, "number"),
        computed("CPU_Zeilen_ohne_Kennung", "Zeilen mit CPU-Werten ohne Kennung", "Rows with CPU values but no ID",
          () => `COUNTIFS(CPU_Server_ID,"",CPU_Werte,">0")`, "number"),
        computed("Erfassung_Server", "Erfassungsgrad Server (≥ 90 %)", "Server coverage (≥ 90 %)",
          () => `IFERROR(DEUZ.COVERAGE(Server_erfasst,Server_gesamt),"")`, "percent"),
        computed("CPU_Monate", "Monate mit CPU-Werten", "Months with CPU values", () => `COUNTIF(CPU_Server_je_Monat,">0")`, "number"),
        // 3.3.2 "Für alle Server": GPU servers are out of ITEU_SV (3.3.3 Ausnahme 2), not out of the monitoring
        computed("GPU_Server", "GPU-Server (Anlage 4.1)", "GPU servers (Anlage 4.1)",
          () => ifsYes("COUNTIFS", "", ["Server"], "IT_GPU"), "number"),
        yesno("GPU_CPU_Monitoring", "Auch die CPU-Auslastung der GPU-Server wird monatlich erfasst (3.3.2 „Für alle Server“; nicht in ITEU_SV)",
          "The CPU utilisation of the GPU servers is monitored monthly too (3.3.2 \"Für alle Server\"; not in ITEU_SV)", { ...feeds("3.3.2"), neededIf: "GPU_Server>0" }),
      ],
      table: {
        rows: options.cpuRows,
        summary: {
          name: "CPU_Server_je_Monat",
          label: { de: "Server mit Wert", en: "Servers with a value" },
          formula: (column) => (column.startsWith("CPU_Auslastung_M") ? `COUNT(${column})` : null),
        },
        columns: [
          {
            name: "CPU_Server_ID", header: { de: "Server (Kennung aus 4.1)", en: "Server (ID from 4.1)" }, kind: "text",
            prompt: {
              de: "Kennung eines Servers aus Anlage 4.1, je Server eine Zeile. Gelb: GPU-Server: aus Anlage 4.2 entfernen (3.3.3 Ausnahme 2), er zählt nicht. Rot: keine Kennung eines Servers aus 4.1, oder doppelt.",
              en: "ID of a server of Anlage 4.1, one row per server. Amber: GPU server: remove it from Anlage 4.2 (3.3.3 exception 2), it does not count. Red: not the ID of a server of 4.1, or named twice.",
            },
          },
          {
            name: "CPU_Auslastung", header: { de: "CPU-Auslastung", en: "CPU utilisation" }, kind: "fraction", format: "percent", span: ITEU_MONTHS,
            spanHeader: (k) => `=IF(Zeitraum_von="","M${k + 1}",EDATE(Zeitraum_von,${k}))`,
          },
          // a plain COUNT, its zero hidden by the format (a 0 on an empty row reads like a server without values): a per-row IF around it costs HyperFormula some 15 % of a
          // check of 5,000 servers (npm run bench)
          { name: "CPU_Werte", header: { de: "Monate mit Wert", en: "Months with a value" }, kind: "formula", format: "count", formula: (r) => `COUNT(B${r}:M${r})` },
        ],
      },
    },
    {
      name: "Anlage 4.2 Speicher",
      title: { de: "Anlage 4.2: Monitoring der IT-Last – Speichersysteme (3.3.2, Anhang D)", en: "Anlage 4.2: IT load monitoring – storage (3.3.2, Anhang D)" },
      intro: {
        de: "Je Speichersystem (SSD/HDD) und Monat: belegter und installierter Speicherplatz in GB. Mindestens 90 % der Kapazität erfassen.",
        en: "Per storage system (SSD/HDD) and month: occupied and installed capacity in GB. Cover at least 90 % of the capacity.",
      },
      fields: [
        // Anhang D 2: SSD and HDD systems; tape ("Bandspeicher") is neither counted nor needs monitoring
        computed("Kapazitaet_gesamt_GB", "Speicherkapazität SSD/HDD gesamt (Anlage 4.1, ohne Bandspeicher)", "Total SSD/HDD storage capacity (Anlage 4.1, without tape)",
          () => `SUMIFS(IT_Kapazitaet_GB,IT_Typ,"Speicher")+SUMIFS(IT_Kapazitaet_GB,IT_Typ,"Storage")`, "number"),
        computed("Kapazitaet_erfasst_GB", "Davon im Monitoring erfasst", "Of which covered by monitoring",
          () => ifsYes("SUMIFS", "IT_Kapazitaet_GB,", ["Speicher", "Storage"], "IT_Monitoring"), "number"),
        computed("Erfassung_Speicher", "Erfassungsgrad Speicher (≥ 90 %)", "Storage coverage (≥ 90 %)",
          () => `IFERROR(DEUZ.COVERAGE(Kapazitaet_erfasst_GB,Kapazitaet_gesamt_GB),"")`, "percent"),
        computed("Speicher_Auslastung", "Mittlere Auslastung der Speichersysteme", "Mean storage utilisation",
          () => `IFERROR(DEUZ.STORAGE(Speicher_belegt_GB,Speicher_installiert_GB),"")`, "percent"),
        computed("Speicher_Monate", "Monate mit Belegungswerten (3.3.2: mindestens 3)", "Months with occupancy values (3.3.2: at least 3)",
          () => `COUNTIF(Speicher_je_Monat,">0")`, "number"),
      ],
      table: {
        rows: options.storageRows,
        summary: {
          name: "Speicher_je_Monat",
          label: { de: "Systeme mit Wert", en: "Systems with a value" },
          formula: (column) => (column.startsWith("Speicher_belegt_GB_M") ? `COUNT(${column})` : null),
        },
        columns: [
          { name: "Speicher_ID", header: { de: "Speichersystem (Kennung aus 4.1)", en: "Storage system (ID from 4.1)" }, kind: "text" },
          { name: "Speicher_belegt_GB", header: { de: "Belegt (GB)", en: "Occupied (GB)" }, kind: "number", span: ITEU_MONTHS, spanHeader: (k, lang) => (lang === "de" ? `Belegt M${k + 1}` : `Occupied M${k + 1}`) },
          { name: "Speicher_installiert_GB", header: { de: "Installiert (GB)", en: "Installed (GB)" }, kind: "number", span: ITEU_MONTHS, spanHeader: (k, lang) => (lang === "de" ? `Installiert M${k + 1}` : `Installed M${k + 1}`) },
        ],
      },
    },
    {
      name: "Anlage 4.3",
      title: { de: "Anlage 4.3: ITEU_SV – mittlere CPU-Auslastung (3.3.3)", en: "Anlage 4.3: ITEU_SV – mean CPU utilisation (3.3.3)" },
      intro: {
        de: "Monatswerte: Mittel über die Server mit Wert, ohne GPU-Server (Anhang D, 3.3.3 Ausnahme 2). ITEU_SV ist der Mittelwert der Monatswerte und muss mindestens 20 % betragen.",
        en: "Monthly values: the mean over the servers with a value, without GPU servers (Anhang D, 3.3.3 exception 2). ITEU_SV is the mean of the monthly values and must reach 20 %.",
      },
      fields: [
        // 3.3.3 Ausnahme 2: rows of Anlage 4.2 naming a GPU server of Anlage 4.1 are left out
        computed("ITEU_SV", "ITEU_SV über 12 Monate (ohne GPU-Server)", "ITEU_SV over 12 months (without GPU servers)", () => `DEUZ.ITEU(${ITEU_ARGS("CPU_Auslastung")})`, "percent", true),
        computed("ITEU_Pruefung", "ITEU_SV ≥ 20 %", "ITEU_SV ≥ 20 %", () => `DEUZ.ITEU.CHECK(ITEU_SV)`),
        computed("ITEU_Monate_noetig", "Nötige Monate (Ausnahme 1: RZ < 15 Monate bei Antrag)", "Months needed (exception 1: data centre < 15 months at application)",
          () => `IF(OR(Antragsdatum="",Inbetriebnahme_RZ=""),12,IF(Antragsdatum<EDATE(Inbetriebnahme_RZ,15),1,12))`, "number"),
      ],
      table: {
        rows: ITEU_MONTHS,
        columns: [
          { name: "ITEU_Monat", header: { de: "Monat", en: "Month" }, kind: "formula", format: "date", formula: (_r, _l, i) => `IF(Zeitraum_von="","",EDATE(Zeitraum_von,${i}))` },
          {
            name: "ITEU_Monatswert", header: { de: "Mittlere CPU-Auslastung", en: "Mean CPU utilisation" }, kind: "formula", format: "percent",
            formula: (_r, _l, i) => `IFERROR(DEUZ.ITEU(${ITEU_ARGS(monthColumn("CPU_Auslastung", i))}),"")`,
          },
        ],
      },
    },
    {
      name: "Anlage 4.4",
      title: { de: "Anlage 4.4: Reuse-Management (3.3.4)", en: "Anlage 4.4: reuse management (3.3.4)" },
      intro: {
        de: "IT, die das Rechenzentrum verlässt, wird nicht verschrottet: sicheres Löschen und ein Vertrag mit einem Abnehmer zum Refurbishment.",
        en: "IT leaving the data centre is not scrapped: secure erasure and a contract with a refurbisher.",
      },
      fields: [
        yesno("Reuse_Loeschverfahren", "Verfahren zum sicheren Löschen von Daten", "Procedure for secure data erasure", feeds("3.3.4")),
        yesno("Reuse_Vertrag", "Vertrag mit Abnehmer zum Refurbishment", "Contract with a refurbisher", feeds("3.3.4")),
        field("Reuse_Abnehmer", "Abnehmer", "Refurbisher", "text"),
        // the exception covers "Datenträger", not the criterion: erasure and contract stay required
        yesno("Reuse_Ausnahme", "Ausnahme: Datenträger mit Verschlusssachen ohne zerstörungsfreies, sicheres Löschverfahren (BSI) werden vernichtet; nur diese Datenträger, Begründung in Anlage 2",
          "Exception: data carriers with classified data without a non-destructive secure erasure (BSI) are destroyed; only these carriers, reasons in Anlage 2"),
      ],
    },
    {
      name: "Flächeneffizienz",
      title: { de: "Flächeneffizienz (3.2.12)", en: "Area efficiency (3.2.12)" },
      intro: {
        de: "IT-Gesamtleistung je Fläche, zur Information. Nutzt das RZ nur Teile eines Gebäudes: je genutzter Fläche (NF) und IT-Fläche.",
        en: "IT total power per area, for information. If only parts of a building are used: per used area (NF) and IT floor area.",
      },
      fields: [
        computed("Flaecheneffizienz_BGF", "kW je m² BGF", "kW per m² BGF", () => `IF(OR(Flaeche_BGF_m2="",IT_Gesamtleistung_kW=""),"",IFERROR(DEUZ.AREAEFF(IT_Gesamtleistung_kW,Flaeche_BGF_m2),""))`, "ratio"),
        computed("Flaecheneffizienz_BF", "kW je m² BF", "kW per m² BF", () => `IF(OR(Flaeche_BF_m2="",IT_Gesamtleistung_kW=""),"",IFERROR(DEUZ.AREAEFF(IT_Gesamtleistung_kW,Flaeche_BF_m2),""))`, "ratio"),
        computed("Flaecheneffizienz_ITF", "kW je m² ITF", "kW per m² ITF", () => `IF(OR(Flaeche_ITF_m2="",IT_Gesamtleistung_kW=""),"",IFERROR(DEUZ.AREAEFF(IT_Gesamtleistung_kW,Flaeche_ITF_m2),""))`, "ratio"),
        computed("Flaecheneffizienz_NF", "kW je m² NF", "kW per m² NF", () => `IF(OR(Flaeche_NF_m2="",IT_Gesamtleistung_kW=""),"",IFERROR(DEUZ.AREAEFF(IT_Gesamtleistung_kW,Flaeche_NF_m2),""))`, "ratio"),
      ],
    },
    // issue 13: the law's extra data (EnEfG §§ 11-15, Anlage 3; EU 2024/1364)
    lawSheet(),
  ];
}
