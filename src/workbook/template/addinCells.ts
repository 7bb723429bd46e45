/**
 * Where the template puts its "Add-in fehlt" hints (addin.ts, issue 10 item 6), read from the template's own
 * layout: the hint cells have no defined name, so the task pane's "Formeln neu eingeben" (issue 12, 8) finds them
 * by these addresses. The template's sheets are protected (no rows inserted), so a hint stays where it was laid;
 * the positions are the same in German and English (test/workbook/template/addinCells.test.ts).
 */
import { a1 } from "../book";
import { addinHint } from "./addin";
import { buildTemplate } from "./build";

export interface AddinHintCell {
  sheet: string;
  /** A1 on the sheet, e.g. "D4". */
  cell: string;
}

let laid: AddinHintCell[] | undefined;

/** Every cell of the template holding the hint formula, sheet by sheet. */
export function addinHintCells(): AddinHintCell[] {
  if (laid) return laid;
  const hint = new Set([addinHint("de", "short"), addinHint("de", "long")]);
  laid = buildTemplate("de").book.sheets.flatMap((s) =>
    s.rows.flatMap((row, r) => (row ?? []).flatMap((c, k) => (c?.formula && hint.has(c.formula) ? [{ sheet: s.name, cell: a1(r + 1, k + 1) }] : []))),
  );
  return laid;
}
