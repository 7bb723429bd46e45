/**
 * Importing into a workbook: the plan made on the workbook as the current template holds it (upgrade.ts carries
 * every value by defined name and lengthens a table the import needs longer), then, unless a cell would be
 * overwritten without --replace, the values written by defined name. Nothing here touches a file.
 */
import { Book, getCell, setCell, addressOf } from "../book";
import { readBook } from "../read";
import { upgradeBook } from "../upgrade";
import { writeBook } from "../write";
import { Found } from "./found";
import { note } from "./notes";
import { plan, Plan, Write } from "./plan";

export interface Imported {
  plan: Plan;
  lang: "de" | "en";
  /** The workbook with the imported values; absent when conflicts stopped the import. */
  output?: Buffer;
  /** The cell of each write and conflict: "'Anlage 3.4'!B19". */
  address: (w: Write) => string;
}

function setValue(book: Book, w: Write): void {
  const n = book.names.find((x) => x.name === w.name)!;
  const sheet = book.sheets.find((s) => s.name === n.sheet)!;
  const [r, c] = [n.row + w.row, n.col + w.column];
  const cell = getCell(sheet, r, c);
  if (cell?.formula) throw new Error(`${w.name} is a formula cell`);
  setCell(sheet, r, c, { style: cell?.style ?? "input", ...(cell?.format ? { format: cell.format } : {}), value: w.value });
}

export async function importInto(found: Found, workbook: Buffer, file: string, replace: boolean): Promise<Imported> {
  const old = await readBook(workbook, file);
  let current = upgradeBook(old, file);
  const p = plan(found, current.book, replace);
  if (Object.keys(p.longer).length) current = upgradeBook(old, file, p.longer);
  const book = current.book;
  const address = (w: Write) => addressOf(book.names.find((x) => x.name === w.name)!, w.row, w.column);
  if (current.added.length) {
    p.notes.push(note("upgraded", `Die Arbeitsmappe stammt aus einer älteren Version der Vorlage: die Ausgabe ist die aktuelle, neu zu beantworten: ${current.added.join(", ")}`,
      `the workbook comes from an earlier version of the template: the output is the current one, new to answer: ${current.added.join(", ")}`));
  }
  if (p.conflicts.length) return { plan: p, lang: current.lang, address };
  for (const w of p.writes) setValue(book, w);
  return { plan: p, lang: current.lang, address, output: await writeBook(book, { lang: current.lang }) };
}
