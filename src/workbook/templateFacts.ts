/**
 * What a check needs to know of the template, read from `template/facts.json` instead of laying the template
 * out: its sheets and defined names (what every workbook must have), which names the applicant fills and which
 * the template computes, and the formulas of every computed cell (the integrity check, 3.1.2). The file is
 * generated from the template's builder by `npm run assets` (template/facts.ts) and held equal to it by
 * test/workbook/template/facts.test.ts; laying the template out cost `deuz check` some 60-90 ms
 * (docs/performance.md). This module loads no template code.
 */
import type { NameAddress } from "./book";
import type { Lang } from "./template/model";
import stored from "./template/facts.json";

export type NameKind = "input" | "computed";

/** A range the template computes, as the template lays it out with one row a table. */
export interface RangeFacts {
  at: NameAddress;
  /** Fixed cells: [row, column within the range, the formula's index in `formulas`]. */
  cells?: [number, number, number][];
  /** A per-row formula column of a table: the table's input columns. */
  rowInputs?: string[];
  /**
   * Its formula for any row: the text between the row's own number and the table's first row number (the
   * pieces joined by the first row's number, then by the row's own).
   */
  pieces?: string[][];
  /** Its formula written row by row, for a table whose first row is `at.row`, where pieces cannot say it. */
  rows?: string[];
}

export interface TemplateFacts {
  /** The German template's sheets, in order. */
  sheets: string[];
  /** Its defined names and their sheets. */
  names: { name: string; sheet: string }[];
  /** Every defined name of the template and who fills it, in the template's order. */
  kinds: [string, NameKind][];
  /** The ranges the template computes, per language. */
  ranges: Record<Lang, RangeFacts[]>;
  /** Criteria whose value and limit Anlage 2 shows in % (checklist.ts), as `deuz check` prints them. */
  percent: string[];
  /** Their fixed cells' formulas without "=" as normaliseFormula gives them, each once (Anlage2_Status repeats the statuses). */
  formulas: Record<Lang, string[]>;
}

export const templateFacts = stored as unknown as TemplateFacts;
