/**
 * Why a file cannot be checked: one readable line, German first, then English. `deuz check` exits 2 with it.
 */
export class UnusableFile extends Error {
  constructor(de: string, en: string) {
    super(`${de} / ${en}`);
    this.name = "UnusableFile";
  }
}

export const unusable = {
  notXlsx: (file: string) => new UnusableFile(`${file} ist keine .xlsx-Datei (kein ZIP-Archiv)`, `${file} is not an .xlsx file (not a ZIP archive)`),
  encrypted: (file: string) =>
    new UnusableFile(`${file} ist verschlüsselt oder im alten .xls-Format: ohne Kennwort als .xlsx speichern`, `${file} is encrypted or an old .xls file: save it as .xlsx without a password`),
  broken: (file: string, why: string) => new UnusableFile(`${file} ist beschädigt (${why})`, `${file} is damaged (${why})`),
  tooLarge: (file: string, mb: number) =>
    new UnusableFile(`${file} entpackt sich zu mehr als ${mb} MB: zu groß oder manipuliert`, `${file} unpacks to more than ${mb} MB: too large or tampered with`),
  sizeMismatch: (file: string, part: string) =>
    new UnusableFile(`${file}: ${part} entpackt sich zu mehr, als das ZIP-Verzeichnis angibt: manipuliert`, `${file}: ${part} unpacks to more than its zip directory declares: tampered with`),
  notTemplate: (file: string, what: string) =>
    new UnusableFile(`${file} ist nicht aus der DE-UZ-228-Vorlage erstellt (${what} fehlt): deuz template --out VORLAGE.xlsx`, `${file} is not made from the DE-UZ 228 template (${what} missing): deuz template --out TEMPLATE.xlsx`),
  olderTemplate: (file: string, what: string) =>
    new UnusableFile(
      `${file} stammt aus einer älteren Version der Vorlage (${what} fehlt): deuz upgrade ${file} --out NEU.xlsx übernimmt die Werte in die aktuelle`,
      `${file} comes from an earlier version of the template (${what} missing): deuz upgrade ${file} --out NEW.xlsx carries its values into the current one`,
    ),
  doesNotFit: (file: string, address: string, name: string) =>
    new UnusableFile(
      `${file}: der Wert in ${address} (${name}) hat in der aktuellen Vorlage keinen Platz; nichts geschrieben. Den Wert notieren und dort löschen (oder die Formel wiederherstellen), dann erneut deuz upgrade`,
      `${file}: the value in ${address} (${name}) has no place in the current template; nothing written. Note the value and delete it there (or restore the formula), then run deuz upgrade again`,
    ),
  tooManyRows: (file: string, part: string, max: number) =>
    new UnusableFile(`${file}: ${part} hat mehr als ${max} Zeilen: keine Vorlage für einen Antrag`, `${file}: ${part} has more than ${max} rows: not an application workbook`),
  tooManyCells: (file: string, max: number) =>
    new UnusableFile(`${file} hat mehr als ${max} Zellen: keine Vorlage für einen Antrag`, `${file} has more than ${max} cells: not an application workbook`),
  cellTooLong: (file: string, max: number) =>
    new UnusableFile(`${file} enthält eine Zelle mit mehr als ${max} Zeichen (Excels Grenze)`, `${file} holds a cell with more than ${max} characters (Excel's limit)`),
  brokenFormula: (file: string, address: string, code: string) =>
    new UnusableFile(`${file}: Formel in ${address} ergibt ${code} (Zirkelbezug oder ungültiger Bezug): Vorlage neu erstellen`, `${file}: the formula in ${address} gives ${code} (circular or invalid reference): start from a fresh template`),
  unreadable: (file: string, why: string) => new UnusableFile(`${file} kann nicht gelesen werden (${why})`, `${file} cannot be read (${why})`),
};
