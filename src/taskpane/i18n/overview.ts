/**
 * Texts of the Übersicht tab and of "Diagramme einfügen" (issue 15), German and English. The charts' own titles,
 * axes and tables come from the report (src/report/charts.ts), so the pane and `deuz report` say the same.
 */
import { overviewTab } from "./overviewTab";

export const overviewDe = {
  tab: overviewTab.de,
  title: "Übersicht des Berichtszeitraums",
  intro: "Die Diagramme des Energieeffizienzberichts für die geöffnete Arbeitsmappe, aus den Werten der letzten Prüfung. Jedes Diagramm hat darunter seine Zahlen als Tabelle.",
  beforeCheck: "Noch nicht geprüft: die Übersicht zeigt die Werte der letzten Prüfung. Jetzt prüfen, dann erscheinen hier die Diagramme.",
  runCheck: "Jetzt prüfen",
  noData: "keine Daten",
  noDataText: "Die Anlagen enthalten noch keine Monatswerte (Anlage 3.4) oder CPU-Werte (Anlage 4.2): keine Diagramme. Zuerst die gelben Zellen ausfüllen, dann erneut prüfen.",
  loading: "Diagramme werden geladen …",
  table: "Zahlen als Tabelle",
  /** The head of a table's first column where the report leaves it blank (coverage: servers, storage). */
  rowHead: "Bereich",
  feedback: { success: "Erledigt", error: "Fehler" },
  /** "Diagramme einfügen": what the button does, and its outcome. */
  insert: "Diagramme einfügen",
  insertHint: "Fügt in das Blatt „Anlage 3.9“ zwei Excel-Diagramme ein (PUE je Monat mit Grenzwert, Strom je Monat nach Verbrauchern) und schreibt ihre Daten in den Bereich „Diagrammdaten“ (E3:L40) daneben. Erneut drücken ersetzt sie; „Markierungen entfernen“ (Prüfen) entfernt sie.",
  inserting: "Diagramme werden eingefügt …",
  inserted: (months: number) => `Zwei Diagramme in „Anlage 3.9“ eingefügt (${months} Monate des Berichtszeitraums); ihre Daten stehen in E3:L40 und folgen Anlage 3.4.`,
  /** The sheet's data area and the native charts (src/taskpane/excel/charts.ts). */
  sheet: {
    areaTitle: "Diagrammdaten (vom Add-in geschrieben: Diagramme einfügen; #NV = fehlt)",
    month: "Monat",
    pueMonth: "PUE des Monats (Information)",
    limit: "Grenzwert PUE (Tabelle 2 / 3)",
    annual: "PUE im Berichtszeitraum (Verhältnis der Summen)",
    it: "IT (MP_IT2), kWh",
    cooling: "Kühlsystem (MP_KS), kWh",
    other: "Sonstiges (MP_So), kWh",
    extraction: "Abwärmeauskopplung (MP_Auskopplung), kWh",
    pueTitle: "PUE je Monat und Grenzwert (3.2.7)",
    pueAxis: "PUE (kWh gesamt ÷ kWh IT)",
    energyTitle: "Strom je Monat nach Verbrauchern (3.2.2)",
    energyAxis: "Strom (kWh)",
    monthAxis: "Monat",
  },
  errors: {
    unsupported: (sets: string) => `„Diagramme einfügen“ braucht ${sets}; diese Excel-Version bietet das nicht. Excel aktualisieren; die Diagramme zeigt auch die Übersicht hier und der Bericht („deuz report“, README).`,
    noTemplate: "Diese Arbeitsmappe enthält das Blatt „Anlage 3.9“ der Vorlage nicht: zuerst „Vorlage einfügen“ (Start).",
    noMonths: "Anlage 3.4 enthält noch keinen Monat des Berichtszeitraums (Stammdaten: Beginn und Ende): keine Daten für Diagramme. Zuerst die Monatswerte eintragen.",
    occupied: (cells: string) => `In „Anlage 3.9“ stehen eigene Werte dort, wo die Diagrammdaten hingehören (${cells}). Es wurde nichts geändert: die Zellen leeren oder verschieben und erneut einfügen.`,
    locked: "„Anlage 3.9“ ist mit Kennwort geschützt: die Diagramme können nicht eingefügt werden. Den Blattschutz aufheben und erneut versuchen.",
  },
};

export type OverviewStrings = typeof overviewDe;

export const overviewEn: OverviewStrings = {
  tab: overviewTab.en,
  title: "Overview of the reporting period",
  intro: "The energy-efficiency report's charts for the open workbook, from the values of the last check. Each chart has its numbers as a table below it.",
  beforeCheck: "Not checked yet: the overview shows the values of the last check. Check now and the charts appear here.",
  runCheck: "Check now",
  noData: "no data",
  noDataText: "The annexes hold no monthly values yet (Anlage 3.4) and no CPU values (Anlage 4.2): no charts. Fill in the yellow cells first, then check again.",
  loading: "Loading charts …",
  table: "Numbers as a table",
  rowHead: "Item",
  feedback: { success: "Done", error: "Error" },
  insert: "Insert charts",
  insertHint: "Adds two Excel charts to the sheet 'Anlage 3.9' (monthly PUE with its limit, monthly electricity by consumer) and writes their data into the area 'Diagrammdaten' (E3:L40) beside them. Pressing it again replaces them; 'Remove marks' (Check) removes them.",
  inserting: "Inserting charts …",
  inserted: (months: number) => `Two charts added to 'Anlage 3.9' (${months} months of the reporting period); their data is in E3:L40 and follows Anlage 3.4.`,
  sheet: {
    areaTitle: "Chart data (written by the add-in: Insert charts; #N/A = missing)",
    month: "Month",
    pueMonth: "Monthly PUE (information)",
    limit: "PUE limit (Tabelle 2 / 3)",
    annual: "PUE of the reporting period (ratio of the sums)",
    it: "IT (MP_IT2), kWh",
    cooling: "Cooling (MP_KS), kWh",
    other: "Other (MP_So), kWh",
    extraction: "Heat extraction (MP_Auskopplung), kWh",
    pueTitle: "PUE by month and its limit (3.2.7)",
    pueAxis: "PUE (kWh total ÷ kWh IT)",
    energyTitle: "Electricity by month and consumer (3.2.2)",
    energyAxis: "Electricity (kWh)",
    monthAxis: "Month",
  },
  errors: {
    unsupported: (sets: string) => `'Insert charts' needs ${sets}; this version of Excel does not offer it. Update Excel; the overview here and the report ('deuz report', README) show the charts too.`,
    noTemplate: "This workbook does not hold the template's sheet 'Anlage 3.9': insert the template first (Start).",
    noMonths: "Anlage 3.4 holds no month of the reporting period yet (Stammdaten: start and end): no data for charts. Enter the monthly values first.",
    occupied: (cells: string) => `'Anlage 3.9' holds values of your own where the chart data belongs (${cells}). Nothing was changed: clear or move those cells and insert again.`,
    locked: "'Anlage 3.9' is protected with a password: the charts cannot be added. Remove the sheet protection and try again.",
  },
};

export const overviewStrings = { de: overviewDe, en: overviewEn };

