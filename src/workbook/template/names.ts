/**
 * The template's workbook-level defined names and their cells, from the layout: what the checker, the
 * annotator and the task pane use to turn a finding's CellRef into "'Anlage 3.4'!E12". The names and their
 * cells are the same in the German and the English template; only labels and list words differ.
 */
import { CellRef } from "../../engine/criteria/types";
import { addressOf, quoteSheet } from "../book";
import { buildTemplate } from "./build";
import { Lang, NameAddress } from "./model";

export interface TemplateName extends NameAddress {
  /** The defined name's reference as Excel stores it: "'Anlage 3.4'!$B$7:$B$42". */
  reference: string;
}

const cache = new Map<Lang, TemplateName[]>();

/** Every defined name of the template (German or English) with its sheet and range. */
export function templateNames(lang: Lang = "de"): TemplateName[] {
  let names = cache.get(lang);
  if (!names) {
    names = buildTemplate(lang).book.names.map((n) => ({ ...n, reference: `${quoteSheet(n.sheet)}!${n.range}` }));
    cache.set(lang, names);
  }
  return names;
}

/** The template's name `name`, case-insensitive as Excel's names are; undefined when it has none. */
export function templateName(name: string, lang: Lang = "de"): TemplateName | undefined {
  const wanted = name.toLowerCase();
  return templateNames(lang).find((n) => n.name.toLowerCase() === wanted);
}

/**
 * A finding's cell in A1 notation with its sheet: "'Anlage 3.4'!E12" for one cell of a named range,
 * "'Anlage 3.4'!E7:E42" for the whole range; the bare name when the template has no such name.
 */
export function cellAddress(ref: CellRef, lang: Lang = "de"): string {
  const n = templateName(ref.name, lang);
  if (!n) return ref.name;
  return ref.row === undefined && ref.column === undefined ? addressOf(n) : addressOf(n, ref.row, ref.column);
}
