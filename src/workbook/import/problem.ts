/**
 * Why an import stops: one line in German and one in English, naming the row and column of the source (or the
 * cell of the workbook) and what to do. `deuz import` prints the line of `--lang` and exits 2; nothing is written.
 */
import { Text } from "../../engine/errors";

/** The longest line a problem prints: a header or cell of a megabyte is cut (quoted() cuts each value to 40). */
const MAX_LINE = 1_000;
/** One line: a line break from the source (inside quotes) shown as ↵, the whole cut to MAX_LINE characters. */
const oneLine = (s: string) => {
  const flat = s.replace(/\r\n|\r|\n/g, "↵");
  return flat.length > MAX_LINE ? `${flat.slice(0, MAX_LINE - 1)}…` : flat;
};

export class ImportProblem extends Error {
  readonly text: Text;

  constructor(text: Text) {
    const line = { de: oneLine(text.de), en: oneLine(text.en) };
    super(line.de);
    this.text = line;
    this.name = "ImportProblem";
  }

  in(lang: "de" | "en"): string {
    return this.text[lang];
  }
}

/** Where in the source: "Zeile 12, Spalte „Wert“" / "row 12, column "Value"". */
export interface Place {
  row: number;
  column?: string;
}

export const at = (p: Place): Text => ({
  de: `Zeile ${p.row}${p.column !== undefined ? `, Spalte „${p.column}“` : ""}`,
  en: `row ${p.row}${p.column !== undefined ? `, column "${p.column}"` : ""}`,
});

/** A problem at a place of the source: "Zeile 12, Spalte „Wert“: …". */
export function problemAt(p: Place, de: string, en: string): ImportProblem {
  const where = at(p);
  return new ImportProblem({ de: `${where.de}: ${de}`, en: `${where.en}: ${en}` });
}

export const problem = (de: string, en: string) => new ImportProblem({ de, en });

/** A cell's text for a message, shortened. */
export function quoted(v: unknown): string {
  const s = v instanceof Date ? v.toISOString() : String(v ?? "");
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}
