/**
 * Why a file cannot be checked or moved: one line in German and one in English, as data. `deuz check` and
 * `deuz upgrade` print the one of `--lang` and exit 2; `message` (what an uncaught error shows) is the German.
 * Each line names the file, what is wrong and what to do.
 */
import { Language, Text } from "../engine/errors";

export class UnusableFile extends Error {
  /** `limit`: which of a workbook's limits (scan.ts) the file goes beyond; a source of an import says so its own way. */
  constructor(
    readonly text: Text,
    readonly limit?: "rows" | "cells" | "area",
  ) {
    super(text.de);
    this.name = "UnusableFile";
  }

  in(language: Language): string {
    return this.text[language];
  }
}

const text = (de: string, en: string) => new UnusableFile({ de, en });
const limitText = (limit: UnusableFile["limit"], de: string, en: string) => new UnusableFile({ de, en }, limit);
/** A detail that is the same in both languages, or one of its own per language. */
type Detail = string | Text;
const de = (d: Detail) => (typeof d === "string" ? d : d.de);
const en = (d: Detail) => (typeof d === "string" ? d : d.en);
/** " (+2 weitere)" after the first of several. */
const more = (n: number) => (n > 0 ? { de: ` (+${n} weitere)`, en: ` (+${n} more)` } : { de: "", en: "" });

export const unusable = {
  notXlsx: (file: string) =>
    text(
      `${file} ist keine .xlsx-Datei (kein ZIP-Archiv): in Excel oder LibreOffice als Excel-Arbeitsmappe (.xlsx) speichern`,
      `${file} is not an .xlsx file (not a ZIP archive): save it from Excel or LibreOffice as an Excel workbook (.xlsx)`,
    ),
  /** A ZIP that is no workbook: no xl/workbook.xml (a .docx, a zipped folder …). */
  notWorkbook: (file: string) =>
    text(
      `${file} ist ein ZIP-Archiv, aber keine Excel-Arbeitsmappe (xl/workbook.xml fehlt): die ausgefüllte Vorlage als .xlsx angeben`,
      `${file} is a ZIP archive but not an Excel workbook (xl/workbook.xml missing): give the filled template as .xlsx`,
    ),
  /** LibreOffice's own format (a ZIP whose `mimetype` is an OpenDocument spreadsheet, or named .ods). */
  ods: (file: string) =>
    text(
      `${file} ist eine OpenDocument-Tabelle (.ods): in LibreOffice: Datei > Speichern unter > Dateityp Excel 2007-365 (.xlsx), dann die .xlsx-Datei angeben`,
      `${file} is an OpenDocument spreadsheet (.ods): in LibreOffice: File > Save As > file type Excel 2007-365 (.xlsx), then give the .xlsx file`,
    ),
  encrypted: (file: string) =>
    text(`${file} ist verschlüsselt oder im alten .xls-Format: ohne Kennwort als .xlsx speichern`, `${file} is encrypted or an old .xls file: save it as .xlsx without a password`),
  broken: (file: string, why: Detail) => text(`${file} ist beschädigt (${de(why)})`, `${file} is damaged (${en(why)})`),
  tooLarge: (file: string, mb: number) =>
    text(`${file} entpackt sich zu mehr als ${mb} MB: zu groß oder manipuliert`, `${file} unpacks to more than ${mb} MB: too large or tampered with`),
  sizeMismatch: (file: string, part: string) =>
    text(`${file}: ${part} entpackt sich zu mehr, als das ZIP-Verzeichnis angibt: manipuliert`, `${file}: ${part} unpacks to more than its zip directory declares: tampered with`),
  notTemplate: (file: string, what: Detail) =>
    text(
      `${file} ist nicht aus der DE-UZ-228-Vorlage erstellt (${de(what)} fehlt): deuz template --out VORLAGE.xlsx`,
      `${file} is not made from the DE-UZ 228 template (${en(what)} missing): deuz template --out TEMPLATE.xlsx`,
    ),
  olderTemplate: (file: string, what: Detail) =>
    text(
      `${file} stammt aus einer älteren Version der Vorlage (${de(what)} fehlt): deuz upgrade ${file} --out NEU.xlsx übernimmt die Werte in die aktuelle`,
      `${file} comes from an earlier version of the template (${en(what)} missing): deuz upgrade ${file} --out NEW.xlsx carries its values into the current one`,
    ),
  /** A sheet of the template under another name (its title or its defined names say which). */
  renamedSheet: (file: string, found: string, template: string) =>
    text(
      `${file}: Blatt „${found}“ heißt in der Vorlage „${template}“: zurückbenennen (Rechtsklick auf den Blattreiter > Umbenennen), dann erneut`,
      `${file}: sheet "${found}" is called "${template}" in the template: rename it back (right-click the sheet tab > Rename), then run again`,
    ),
  /** A sheet of the template that is gone, with nothing in the file that looks like it under another name. */
  missingSheet: (file: string, sheet: string) =>
    text(
      `${file}: das Blatt „${sheet}“ der Vorlage fehlt (gelöscht?): aus einer Sicherung wiederherstellen, oder die Werte in eine neue Vorlage übertragen (deuz template --out VORLAGE.xlsx)`,
      `${file}: the template's sheet "${sheet}" is missing (deleted?): restore it from a backup, or copy the values into a new template (deuz template --out TEMPLATE.xlsx)`,
    ),
  /** A defined name of the template that is gone although its sheet and cell are there (deleted in the Name Manager). */
  deletedName: (file: string, name: string, cell: string, others: number) =>
    text(
      `${file}: der Name „${name}“ für ${cell} fehlt${more(others).de}, Blatt und Zelle sind da: in Excel unter Formeln > Namens-Manager (LibreOffice: Tabelle > Benannte Bereiche und Ausdrücke > Verwalten) „${name}“ für ${cell} neu anlegen, oder deuz upgrade ${file} --out NEU.xlsx legt die Namen neu an`,
      `${file}: the defined name "${name}" for ${cell} is missing${more(others).en} although its sheet and cell are there: recreate "${name}" for ${cell} in Excel under Formulas > Name Manager (LibreOffice: Sheet > Named Ranges and Expressions > Manage), or deuz upgrade ${file} --out NEW.xlsx rebuilds the names`,
    ),
  /** A defined name whose cells were deleted (`#REF!`): where its values were cannot be known. `cell`: its place in the template. */
  unresolvedName: (file: string, name: string, cell?: string) =>
    cell
      ? text(
          `${file}: der Name „${name}“ zeigt auf keine Zelle mehr (#REF!: seine Zellen wurden gelöscht); in der Vorlage gehört er zu ${cell}: die Werte dort prüfen und den Namen in Formeln > Namens-Manager wieder auf ${cell} setzen`,
          `${file}: the defined name "${name}" points at no cell any more (#REF!: its cells were deleted); in the template it belongs to ${cell}: check the values there and point the name at ${cell} again in Formulas > Name Manager`,
        )
      : text(
          `${file}: der Name „${name}“ zeigt auf keine Zelle mehr (#REF!: seine Zellen wurden gelöscht): in Formeln > Namens-Manager korrigieren oder löschen`,
          `${file}: the defined name "${name}" points at no cell any more (#REF!: its cells were deleted): correct or delete it in Formulas > Name Manager`,
        ),
  /** A defined name that points at a sheet the file does not have. */
  danglingName: (file: string, name: string, sheet: string) =>
    text(
      `${file}: der Name „${name}“ zeigt auf das Blatt „${sheet}“, das es nicht gibt: in Formeln > Namens-Manager auf das richtige Blatt setzen oder löschen`,
      `${file}: the defined name "${name}" points at sheet "${sheet}", which does not exist: point it at the right sheet or delete it in Formulas > Name Manager`,
    ),
  doesNotFit: (file: string, address: string, name: string) =>
    text(
      `${file}: der Wert in ${address} (${name}) hat in der aktuellen Vorlage keinen Platz; nichts geschrieben. Den Wert notieren und dort löschen (oder die Formel wiederherstellen), dann erneut deuz upgrade`,
      `${file}: the value in ${address} (${name}) has no place in the current template; nothing written. Note the value and delete it there (or restore the formula), then run deuz upgrade again`,
    ),
  tooManyRows: (file: string, sheet: string, max: number) =>
    limitText("rows", `${file}: Blatt „${sheet}“ hat mehr als ${max} Zeilen mit Werten: keine Vorlage für einen Antrag`, `${file}: sheet "${sheet}" has more than ${max} rows with values: not an application workbook`),
  tooManyCells: (file: string, max: number) =>
    limitText("cells", `${file} hat mehr als ${max} Zellen mit Werten: keine Vorlage für einen Antrag`, `${file} has more than ${max} cells with values: not an application workbook`),
  /** Values so far apart that the block laid out for them is too large (one in XFD1, one in A200000). */
  tooSpread: (file: string, sheet: string, cell: string, max: number) =>
    limitText(
      "area",
      `${file}: Blatt „${sheet}“ hat Werte bis ${cell}, weit außerhalb der Tabellen (mehr als ${max} Zellen Fläche): die Werte dort löschen`,
      `${file}: sheet "${sheet}" has values as far as ${cell}, far outside the tables (more than ${max} cells of area): delete the values there`,
    ),
  cellTooLong: (file: string, max: number) =>
    text(`${file} enthält eine Zelle mit mehr als ${max} Zeichen (Excels Grenze)`, `${file} holds a cell with more than ${max} characters (Excel's limit)`),
  brokenFormula: (file: string, address: string, code: string, input?: string) =>
    input === undefined
      ? text(`${file}: Formel in ${address} ergibt ${code} (Zirkelbezug oder ungültiger Bezug): Vorlage neu erstellen`, `${file}: the formula in ${address} gives ${code} (circular or invalid reference): start from a fresh template`)
      : // a formula the applicant typed into a cell to fill: that cell is what to fix, the template is fine
        text(
          `${file}: Formel in ${address} ergibt ${code} (Zirkelbezug oder ungültiger Bezug; Eingabefeld ${input}): die Formel in ${address} korrigieren, oder sie löschen und den Wert eintragen`,
          `${file}: the formula in ${address} gives ${code} (circular or invalid reference; input ${input}): fix the formula in ${address}, or clear it and enter the value`,
        ),
  /** ExcelJS cannot read what the scanner could (a part cut off, a reference past a list's end): never its JavaScript message. */
  unreadable: (file: string) =>
    text(
      `${file} kann nicht gelesen werden: ein Teil der Datei ist beschädigt oder unvollständig; in Excel oder LibreOffice öffnen, als .xlsx speichern, dann erneut`,
      `${file} cannot be read: a part of the file is damaged or incomplete; open it in Excel or LibreOffice, save it as .xlsx, then run again`,
    ),
  /** A formula too long, too deeply nested or with too many operators to evaluate (bounded.ts). */
  tooComplex: (file: string, cell: string, limit: "chars" | "nesting" | "operators", max: number) => {
    const what = {
      chars: { de: `mehr als ${max} Zeichen (Excels Grenze)`, en: `more than ${max} characters (Excel's limit)` },
      nesting: { de: `mehr als ${max} Klammerebenen (Excels Grenze)`, en: `more than ${max} levels of parentheses (Excel's limit)` },
      operators: { de: `mehr als ${max} Rechenzeichen`, en: `more than ${max} operators` },
    }[limit];
    return text(
      `${file}: die Formel in ${cell} hat ${what.de}: in Teilformeln in eigenen Zellen aufteilen (z. B. SUMME über einen Bereich statt einzelner Summanden)`,
      `${file}: the formula in ${cell} has ${what.en}: split it into partial formulas in cells of their own (e.g. SUM over a range instead of single terms)`,
    );
  },
  /** The ranges the formulas name span more cells than the evaluation takes (bounded.ts), even cut to the used rows. */
  tooManyReferenced: (cell: string, max: number) =>
    text(
      `die Formeln der Arbeitsmappe beziehen sich zusammen auf mehr als ${max} Zellen, zuletzt die Formel in ${cell}: dort einen kleineren Bereich angeben (etwa B5:B1004 statt B:B, wenn Werte bis Zeile 1048576 stehen)`,
      `the workbook's formulas refer to more than ${max} cells together, the last the formula in ${cell}: give a smaller range there (such as B5:B1004 instead of B:B when values stand as far as row 1048576)`,
    ),
  /** Two defined names that Excel counts as one (names are case-insensitive): which one a check reads is undefined. */
  duplicateName: (file: string, name: string, other: string) =>
    text(
      `${file}: der Name „${name}“ ist doppelt definiert${other !== name ? ` (auch als „${other}“)` : ""}: in Formeln > Namens-Manager den überzähligen löschen`,
      `${file}: the defined name "${name}" is defined twice${other !== name ? ` (also as "${other}")` : ""}: delete the extra one in Formulas > Name Manager`,
    ),
  /** Two sheets of one name (sheet names are case-insensitive): which one a check reads is undefined. */
  duplicateSheet: (file: string, name: string) =>
    text(
      `${file}: zwei Blätter heißen „${name}“: eines umbenennen oder löschen`,
      `${file}: two sheets are called "${name}": rename or delete one`,
    ),
  /** The input is no regular file (a directory, a FIFO, a device) or larger than a workbook can be. */
  notRegular: (file: string) =>
    text(`${file} ist keine gewöhnliche Datei (Verzeichnis, Pipe oder Gerät): die .xlsx-Datei selbst angeben`, `${file} is not a regular file (a directory, a pipe or a device): give the .xlsx file itself`),
  fileTooLarge: (file: string, mb: number) =>
    text(`${file} ist größer als ${mb} MB: keine Vorlage für einen Antrag (die Vorlage mit 5.000 Servern hat etwa 5 MB)`, `${file} is larger than ${mb} MB: not an application workbook (the template with 5,000 servers is about 5 MB)`),
};
