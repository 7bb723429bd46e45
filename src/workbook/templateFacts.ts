/**
 * What a check needs to know of the template: its sheets and defined names (what every workbook must have),
 * which names the applicant fills and which the template computes, the formulas of every computed cell (the
 * integrity check, 3.1.2) and which criteria Anlage 2 shows in %. Laid out from the template's builder
 * (template/facts.ts, loaded only then) unless stored facts are given: `deuz check` gives those of
 * `template/facts.json` (storedFacts.ts), written from the builder by `npm run assets` and held equal to it by
 * test/workbook/template/facts.test.ts, since laying the template out cost it some 60-90 ms (docs/performance.md).
 * The task pane, which bundles the builder anyway, lays it out once, not carrying the file in its bundle.
 */
import type { NameAddress } from "./book";
import type { Lang } from "./template/model";

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

let stored: TemplateFacts | undefined;

/** Facts read from a file (storedFacts.ts) in place of laying the template out. */
export function useStoredFacts(facts: TemplateFacts): void {
  stored = facts;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const builder = () => require("./template/facts") as typeof import("./template/facts");
const laidOut = new Map<string, unknown>();
const once = <T>(key: string, make: () => T): T => {
  if (!laidOut.has(key)) laidOut.set(key, make());
  return laidOut.get(key) as T;
};

/** The template's facts, part by part: stored, or laid out from the builder on first use. */
export const templateFacts = {
  shape: (): Pick<TemplateFacts, "sheets" | "names"> => stored ?? once("shape", () => builder().shapeFacts()),
  kinds: (): TemplateFacts["kinds"] => stored?.kinds ?? once("kinds", () => builder().nameKindsOfLayout()),
  ranges: (lang: Lang): { ranges: RangeFacts[]; formulas: string[] } =>
    stored ? { ranges: stored.ranges[lang], formulas: stored.formulas[lang] } : once(`ranges-${lang}`, () => builder().rangeFacts(lang)),
  percent: (): string[] => stored?.percent ?? once("percent", () => builder().percentFacts()),
};
