/**
 * Moving a filled workbook from an earlier version of the template into the current one. Every input of the
 * template is a defined name, so the values travel by name: each cell the user fills in the current template
 * takes the value of the same cell (row and column within the named range) of the old workbook. Formulas are
 * the current template's; nothing of the old file is written, and a value that would not fit stops the move.
 * So does a structure the names cannot be trusted in: a sheet renamed, a name pointing at a sheet that does
 * not exist or at no cell (#REF!). A name deleted where the template's label is still in place is rebuilt:
 * its cells travel from the template's address.
 */
import { isCellError } from "../engine/criteria/types";
import { Book, BookCell, quoteSheet, a1, addressOf } from "./book";
import { evaluateBook, EvaluatedBook } from "./evaluate";
import { unusable } from "./problems";
import { danglingNames, deletedNames, isTemplateFamily, renamedSheets } from "./structure";
import { buildTemplate } from "./template/build";
import { defaultOptions, TemplateOptions } from "./template/layout";
import { Lang } from "./template/model";

export interface Upgrade {
  book: Book;
  lang: Lang;
  /** Cells whose value was carried over. */
  carried: number;
  /** Inputs of the current template the old workbook did not have: new questions to answer. */
  added: string[];
  /** Names the old workbook had lost (deleted in the Name Manager) whose cells travelled from the template's address. */
  restored: string[];
  /**
   * Input cells where the user had typed a formula ("=12000+345"): it travels as the value it gives in the old
   * workbook, since the cells it may refer to can sit elsewhere in the current template. Old addresses.
   */
  converted: string[];
}

const filled = (c: BookCell | undefined): c is BookCell =>
  c !== undefined && (Boolean(c.formula) || c.error !== undefined || (c.value !== null && c.value !== undefined && c.value !== ""));

/** The template's language: its first sheet's title ("Stammdaten" or "Master data"). */
function languageOf(old: Book): Lang {
  const title = old.sheets.find((s) => s.name === "Stammdaten")?.rows[0]?.[0]?.value;
  return title === buildTemplate("en").book.sheets[0].rows[0]?.[0]?.value ? "en" : "de";
}

// in structure.ts, which the check loads without the template's builder
export { isTemplateFamily };

/** The first column of each table, by the option that sizes it. */
const TABLE_OF: Record<keyof TemplateOptions, string> = {
  monitoringMonths: "Monat",
  inventoryRows: "TGA_Bezeichnung",
  customerRows: "Kunde_Name",
  itRows: "IT_ID",
  cpuRows: "CPU_Server_ID",
  storageRows: "Speicher_ID",
};

/** The current template's tables at least as long as the old workbook's (a large data centre lengthens them). */
function optionsFor(old: Book): TemplateOptions {
  const rowsOf = (name: string) => old.names.find((n) => n.name.toLowerCase() === name.toLowerCase())?.rows ?? 0;
  const options = { ...defaultOptions };
  for (const key of Object.keys(TABLE_OF) as (keyof TemplateOptions)[]) options[key] = Math.max(defaultOptions[key], rowsOf(TABLE_OF[key]));
  return options;
}

/**
 * Stops, naming what happened and what to do, when the old workbook's names cannot be trusted to find its
 * values: a sheet of the template renamed, a sheet gone, a name pointing at a sheet that does not exist or at
 * no cell. Any of these would leave values behind in silence.
 */
function assertNamesHold(old: Book, template: Book, file: string): void {
  const sheets = new Set(old.sheets.map((s) => s.name));
  const ours = new Set(template.sheets.map((s) => s.name));
  if (template.sheets.some((s) => !sheets.has(s.name))) {
    const renamed = renamedSheets(old, [template, ...(template === english() ? [] : [english()])]);
    if (renamed.length) throw unusable.renamedSheet(file, renamed[0].found, renamed[0].template);
  }
  const [dangling] = danglingNames(old);
  if (dangling) throw ours.has(dangling.sheet) ? unusable.missingSheet(file, dangling.sheet) : unusable.danglingName(file, dangling.name, dangling.sheet);
  const [unresolved] = old.unresolved ?? [];
  if (unresolved !== undefined) {
    const ofTemplate = template.names.find((n) => n.name.toLowerCase() === unresolved.toLowerCase());
    if (!ofTemplate) throw unusable.unresolvedName(file, unresolved);
    // a whole sheet deleted leaves its names at #REF!
    throw sheets.has(ofTemplate.sheet) ? unusable.unresolvedName(file, ofTemplate.name, addressOf(ofTemplate)) : unusable.missingSheet(file, ofTemplate.sheet);
  }
}

let englishTemplate: Book | undefined;
const english = () => (englishTemplate ??= buildTemplate("en").book);

/** `longer`: tables at least this long (deuz import adds rows to a full table). */
export function upgradeBook(old: Book, file: string, longer: Partial<TemplateOptions> = {}): Upgrade {
  const lang = languageOf(old);
  const options = optionsFor(old);
  for (const [key, rows] of Object.entries(longer) as [keyof TemplateOptions, number][]) options[key] = Math.max(options[key], rows);
  const { book } = buildTemplate(lang, options);
  assertNamesHold(old, book, file);
  if (!isTemplateFamily(old, book.names.map((n) => n.name))) throw unusable.notTemplate(file, { de: "Blatt „Stammdaten“", en: 'sheet "Stammdaten"' });
  const oldNames = new Map(old.names.map((n) => [n.name.toLowerCase(), n]));
  // names deleted from the old workbook whose label still stands where the template puts it: rebuilt there
  const lacking = book.names.filter((n) => !oldNames.has(n.name.toLowerCase()));
  const restored = deletedNames(old, [book], lacking);
  for (const n of restored) oldNames.set(n.name.toLowerCase(), n);
  let carried = 0;
  const converted: string[] = [];
  /** Cells of the current template an old name reached ("sheet!row,col", 0-based): filled or not, they are not new. */
  const reached = new Set<string>();
  // the old workbook is evaluated only if an input cell holds a formula (rare)
  let evaluated: EvaluatedBook | undefined;
  const valueOf = (sheet: string, row: number, col: number): Pick<BookCell, "value" | "error"> => {
    evaluated ??= evaluateBook(old);
    const v = evaluated.valueAt(sheet, row, col);
    if (isCellError(v)) return { error: v.error };
    return { value: v === null || v === undefined ? null : (v as string | number | boolean) };
  };
  const inputAt = (n: (typeof book.names)[number]) => {
    const sheet = book.sheets.find((s) => s.name === n.sheet)!;
    return (r: number, c: number) => r < n.rows && c < n.cols && sheet.rows[n.row - 1 + r]?.[n.col - 1 + c]?.style === "input";
  };
  for (const n of book.names) {
    const sheet = book.sheets.find((s) => s.name === n.sheet)!;
    const isInput = inputAt(n);
    const from = oldNames.get(n.name.toLowerCase());
    if (!from) continue;
    // every name points at a sheet the old workbook has (assertNamesHold)
    const oldSheet = old.sheets.find((s) => s.name === from.sheet)!;
    for (let r = 0; r < from.rows; r++) {
      for (let c = 0; c < from.cols; c++) {
        if (r < n.rows && c < n.cols) reached.add(`${n.sheet}!${n.row - 1 + r},${n.col - 1 + c}`);
        const at = { row: from.row - 1 + r, col: from.col - 1 + c };
        const cell = oldSheet.rows[at.row]?.[at.col];
        if (!filled(cell)) continue;
        const address = `${quoteSheet(from.sheet)}!${a1(at.row + 1, at.col + 1)}`;
        if (!isInput(r, c)) {
          // a formula there was the old template's computation (the current template computes anew); a value the
          // current template has no input cell for stops the move: nothing may be left behind
          if (cell.formula) continue;
          evaluated?.destroy();
          throw unusable.doesNotFit(file, address, n.name);
        }
        const typed = cell.formula ? valueOf(from.sheet, at.row, at.col) : { value: cell.value, error: cell.error };
        if (cell.formula && !converted.includes(address)) converted.push(address);
        const row = (sheet.rows[n.row - 1 + r] ??= []);
        const target = row[n.col - 1 + c]!;
        if (target.value === typed.value && target.error === typed.error) continue;
        row[n.col - 1 + c] = { style: target.style, format: target.format, ...typed };
        carried++;
      }
    }
  }
  evaluated?.destroy();
  // a name of cells the user fills that the old workbook lacks, none of whose cells another name brought: a new question
  const added = lacking
    .filter((n) => !restored.includes(n))
    .filter((n) => {
      const isInput = inputAt(n);
      const cells = Array.from({ length: n.rows * n.cols }, (_, k) => [Math.floor(k / n.cols), k % n.cols] as const).filter(([r, c]) => isInput(r, c));
      return cells.length > 0 && !cells.some(([r, c]) => reached.has(`${n.sheet}!${n.row - 1 + r},${n.col - 1 + c}`));
    })
    .map((n) => n.name);
  return { book, lang, carried, added, restored: restored.map((n) => n.name), converted };
}
