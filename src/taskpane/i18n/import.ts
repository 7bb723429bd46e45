/**
 * Texts of "Daten importieren" (issue 14), German and English alike. The import's own notes and problems come
 * from src/workbook/import/ as {de, en}, the same words `deuz import` prints.
 */
import type { MonthStatus } from "../../workbook/import/found";

export { importTab } from "./importTab";

export interface ImportStrings {
  intro: string;
  file: string;
  fileHint: string;
  options: string;
  readings: string;
  allowGaps: string;
  interpolate: string;
  reading: (percent: number) => string;
  previewing: string;
  writing: string;
  mapping: string;
  mappingHint: string;
  mapField: string;
  notImported: string;
  period: (from: string, to: string) => string;
  notes: string;
  months: string;
  meter: string;
  month: string;
  status: string;
  value: (unit: string) => string;
  statuses: Record<MonthStatus, string>;
  devices: (n: number) => string;
  cells: string;
  cell: string;
  holds: string;
  old: string;
  new: string;
  toWrite: (n: number, unchanged: number) => string;
  conflicts: (n: number) => string;
  replace: (n: number) => string;
  apply: (n: number) => string;
  applyReplace: (n: number, replaced: number) => string;
  nothing: string;
  undo: string;
  done: (written: number, replaced: number) => string;
  undone: (restored: number) => string;
  undoneKept: (restored: number, kept: string) => string;
  tooShort: (name: string, rows: number) => string;
  changedMeanwhile: (cells: string) => string;
  more: (n: number) => string;
}

const de: ImportStrings = {
  intro: "Zählerexporte (Monatswerte, Lastgang, Zählerstände) nach Anlage 3.4 und CPU-Auslastung oder Speicherbelegung nach Anlage 4.2 übernehmen, wie deuz import es tut. Die Datei wird nur in diesem Fenster gelesen, nicht hochgeladen; geschrieben wird erst nach „Übernehmen“.",
  file: "Datei (CSV oder .xlsx)",
  fileHint: "Trennzeichen ; , oder Tab, Dezimalkomma oder -punkt, UTF-8 oder Windows-1252: wie in docs/import.md beschrieben.",
  options: "Wie lesen",
  readings: "Zählerstände: Verbrauch aus der Differenz aufeinanderfolgender Stände (--readings)",
  allowGaps: "Lücken zulassen: bei fehlenden Intervallen die Summe der gemessenen eintragen (--allow-gaps)",
  interpolate: "Zählerstände an Monatsgrenzen linear interpolieren, als interpoliert gekennzeichnet (--interpolate)",
  reading: (p) => `Datei wird gelesen … ${p} %`,
  previewing: "Arbeitsmappe wird gelesen …",
  writing: "Wird eingetragen …",
  mapping: "Nicht erkannte Spalten",
  mappingHint: "Einem Zähler zuordnen (wie --map „Spalte=Name“), sonst wird die Spalte nicht gelesen.",
  mapField: "Weitere Zuordnungen (--map), eine je Zeile: SPALTE=NAME oder ZÄHLER=MP_…",
  notImported: "nicht importieren",
  period: (from, to) => `Berichtszeitraum ${from} … ${to}: nur seine Monate werden eingetragen.`,
  notes: "Was gelesen wurde",
  months: "Monate je Zähler",
  meter: "Zähler",
  month: "Monat",
  status: "Status",
  value: (unit) => `Wert (${unit})`,
  statuses: {
    complete: "vollständig",
    partial: "teilweise gemessen (--allow-gaps)",
    interpolated: "Grenzen interpoliert (--interpolate)",
    gap: "Lücke: bleibt leer",
    reset: "Zählertausch: bleibt leer",
    irregular: "zu viele Intervalle: bleibt leer",
  },
  devices: (n) => `${n} Server oder Speichersysteme in der Datei.`,
  cells: "Was wohin geschrieben wird",
  cell: "Zelle",
  holds: "Inhalt",
  old: "alt",
  new: "neu",
  toWrite: (n, unchanged) => `${n} leere Zelle(n) werden gefüllt${unchanged ? `, ${unchanged} enthalten den Wert schon` : ""}.`,
  conflicts: (n) => `${n} Zelle(n) enthalten schon einen anderen Wert. Sie bleiben, wie sie sind, außer Sie bestätigen das Ersetzen:`,
  replace: (n) => `Diese ${n} Zelle(n) mit den Werten der Datei ersetzen (--replace)`,
  apply: (n) => `Übernehmen (${n} Zellen)`,
  applyReplace: (n, replaced) => `Übernehmen (${n} Zellen, ${replaced} ersetzt)`,
  nothing: "Nichts einzutragen: jede Zelle enthält den Wert schon oder bleibt leer.",
  undo: "Rückgängig",
  done: (written, replaced) => `${written} Zelle(n) eingetragen${replaced ? `, davon ${replaced} ersetzt` : ""}. „Rückgängig“ stellt den vorigen Inhalt wieder her.`,
  undone: (restored) => `${restored} Zelle(n) wiederhergestellt.`,
  undoneKept: (restored, kept) => `${restored} Zelle(n) wiederhergestellt; seither geändert und deshalb nicht angefasst: ${kept}.`,
  tooShort: (name, rows) => `Die Tabelle von ${name} hat ${rows} Zeilen, die Datei braucht mehr: mit deuz import an der Kommandozeile einlesen (verlängert die Tabelle) oder weniger Monate/Server importieren. Nichts geschrieben.`,
  changedMeanwhile: (cells) => `Seit der Vorschau geändert: ${cells}. Nichts geschrieben; die Datei erneut wählen, um die Vorschau neu zu sehen.`,
  more: (n) => `… und ${n} weitere`,
};

const en: ImportStrings = {
  intro: "Bring meter exports (monthly values, interval data, counter readings) into Anlage 3.4 and CPU utilisation or storage occupancy into Anlage 4.2, as deuz import does. The file is read in this pane only, never uploaded; nothing is written before \"Apply\".",
  file: "File (CSV or .xlsx)",
  fileHint: "Separator ; , or tab, decimal comma or point, UTF-8 or Windows-1252: as docs/import.md describes.",
  options: "How to read",
  readings: "Counter readings: consumption from the difference of consecutive readings (--readings)",
  allowGaps: "Allow gaps: where intervals are missing, enter the sum of those measured (--allow-gaps)",
  interpolate: "Interpolate counter readings linearly at month boundaries, marked as interpolated (--interpolate)",
  reading: (p) => `Reading the file … ${p} %`,
  previewing: "Reading the workbook …",
  writing: "Entering …",
  mapping: "Columns not recognised",
  mappingHint: "Assign them to a meter (as --map \"COLUMN=NAME\"), or the column is not read.",
  mapField: "More assignments (--map), one a line: COLUMN=NAME or METER=MP_…",
  notImported: "do not import",
  period: (from, to) => `Reporting period ${from} … ${to}: only its months are entered.`,
  notes: "What was read",
  months: "Months per meter",
  meter: "Meter",
  month: "Month",
  status: "Status",
  value: (unit) => `Value (${unit})`,
  statuses: {
    complete: "complete",
    partial: "partly measured (--allow-gaps)",
    interpolated: "boundaries interpolated (--interpolate)",
    gap: "gap: left blank",
    reset: "counter replaced: left blank",
    irregular: "too many intervals: left blank",
  },
  devices: (n) => `${n} servers or storage systems in the file.`,
  cells: "What goes where",
  cell: "Cell",
  holds: "Holds",
  old: "old",
  new: "new",
  toWrite: (n, unchanged) => `${n} empty cell(s) will be filled${unchanged ? `, ${unchanged} hold the value already` : ""}.`,
  conflicts: (n) => `${n} cell(s) already hold another value. They stay as they are unless you confirm replacing them:`,
  replace: (n) => `Replace these ${n} cell(s) with the file's values (--replace)`,
  apply: (n) => `Apply (${n} cells)`,
  applyReplace: (n, replaced) => `Apply (${n} cells, ${replaced} replaced)`,
  nothing: "Nothing to enter: every cell holds the value already or stays blank.",
  undo: "Undo",
  done: (written, replaced) => `${written} cell(s) entered${replaced ? `, ${replaced} of them replaced` : ""}. "Undo" restores what was there.`,
  undone: (restored) => `${restored} cell(s) restored.`,
  undoneKept: (restored, kept) => `${restored} cell(s) restored; changed since and therefore left alone: ${kept}.`,
  tooShort: (name, rows) => `The table of ${name} has ${rows} rows and the file needs more: import it with deuz import on the command line (which lengthens the table) or import fewer months or servers. Nothing written.`,
  changedMeanwhile: (cells) => `Changed since the preview: ${cells}. Nothing written; pick the file again to see a new preview.`,
  more: (n) => `… and ${n} more`,
};

export const importStrings: Record<"de" | "en", ImportStrings> = { de, en };
