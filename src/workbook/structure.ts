/**
 * What happened to a workbook's structure, found so that the message can say it and what to do: a sheet of
 * the template under another name, a sheet gone, a defined name deleted (its sheet and cell still there),
 * a name pointing at a sheet that does not exist or at no cell (`#REF!`). The check (`assertTemplate`) and
 * the upgrade (`upgradeBook`) ask these before they refuse a file. The template comes in as a Book (in one
 * or both languages, the same layout), so this module builds nothing itself.
 */
import { Book, BookCell } from "./book";
import { NameAddress } from "./template/model";

/**
 * Whether `old` is a workbook of the template, from any version: the sheet Stammdaten and at least half of the
 * current template's names (a workbook made by someone else has neither).
 */
export function isTemplateFamily(old: Book, currentNames: string[]): boolean {
  if (!old.sheets.some((s) => s.name === "Stammdaten")) return false;
  const have = new Set(old.names.map((n) => n.name.toLowerCase()));
  return currentNames.filter((n) => have.has(n.toLowerCase())).length * 2 >= currentNames.length;
}

export interface Rename {
  /** The sheet's name in the file. */
  found: string;
  /** Its name in the template. */
  template: string;
}

const lower = (s: string) => s.toLowerCase();

/** A cell's text for comparison: a value trimmed, or a formula without spaces, case and `=`. */
function shown(cell: BookCell | undefined): string {
  if (!cell) return "";
  if (cell.formula) return "=" + cell.formula.replace(/\s+/g, "").replace(/^=/, "").toUpperCase();
  return typeof cell.value === "string" ? cell.value.trim() : "";
}

/** The title a sheet shows in A1 ("Anlage 3.4: Monitoring Energie, Klima und Wasser (3.2.2)"). */
const titleOf = (book: Book, sheet: string) => shown(book.sheets.find((s) => s.name === sheet)?.rows[0]?.[0]);

/**
 * Sheets of the template that the file has under another name: a sheet the template lacks whose defined names
 * are the missing sheet's (a tool that renames names along, as Excel and LibreOffice do) or whose title in A1
 * is the missing sheet's title in either language (a tool that leaves the names pointing at the old name).
 */
export function renamedSheets(book: Book, templates: Book[]): Rename[] {
  const template = templates[0];
  const have = new Set(book.sheets.map((s) => s.name));
  const ours = new Set(template.sheets.map((s) => s.name));
  const strangers = book.sheets.map((s) => s.name).filter((s) => !ours.has(s));
  const sheetOfName = new Map(book.names.map((n) => [lower(n.name), n.sheet]));
  const renames: Rename[] = [];
  for (const missing of template.sheets.map((s) => s.name).filter((s) => !have.has(s))) {
    const free = strangers.filter((s) => !renames.some((r) => r.found === s));
    const byNames = template.names
      .filter((n) => n.sheet === missing)
      .map((n) => sheetOfName.get(lower(n.name)))
      .find((s): s is string => s !== undefined && free.includes(s));
    const titles = new Set(templates.map((t) => titleOf(t, missing)).filter(Boolean));
    const byTitle = free.find((s) => titles.has(titleOf(book, s)));
    const found = byNames ?? byTitle;
    if (found) renames.push({ found, template: missing });
  }
  return renames;
}

/** Defined names of the file that point at a sheet it does not have. */
export function danglingNames(book: Book): NameAddress[] {
  const have = new Set(book.sheets.map((s) => s.name));
  return book.names.filter((n) => !have.has(n.sheet));
}

/**
 * The cell that tells a name's place in the template: the label left of its first cell, or else the header
 * (or heading formula) above it. Undefined when the template has neither.
 */
function landmarkOf(template: Book, n: NameAddress): { row: number; col: number } | undefined {
  const rows = template.sheets.find((s) => s.name === n.sheet)?.rows;
  if (!rows) return undefined;
  if (n.col > 1 && typeof rows[n.row - 1]?.[n.col - 2]?.value === "string" && shown(rows[n.row - 1][n.col - 2])) return { row: n.row, col: n.col - 1 };
  if (n.row > 1 && shown(rows[n.row - 2]?.[n.col - 1])) return { row: n.row - 1, col: n.col };
  return undefined;
}

/**
 * Of the template's names the file lacks, those deleted from a file that still has their place: the sheet
 * exists and holds the template's label (or header) at the same cell, in any of the templates' languages.
 * A name an earlier version of the template did not have is not among them: its label is not there.
 */
export function deletedNames(book: Book, templates: Book[], lacking: NameAddress[]): NameAddress[] {
  return lacking.filter((n) => {
    const at = landmarkOf(templates[0], n);
    const sheet = book.sheets.find((s) => s.name === n.sheet);
    if (!at || !sheet) return false;
    const found = shown(sheet.rows[at.row - 1]?.[at.col - 1]);
    return found !== "" && templates.some((t) => shown(t.sheets.find((s) => s.name === n.sheet)?.rows[at.row - 1]?.[at.col - 1]) === found);
  });
}
