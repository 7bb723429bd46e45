/**
 * The words the template's drop-downs offer and its formulas write, per language. Formulas accept the
 * words of both languages, so a German and an English workbook check alike.
 */
import { commonRefrigerants } from "../../engine/refrigerants";
import { NO_WORDS as READ_NO, readYesNo, YES_WORDS as READ_YES } from "../../engine/reading";
import { Status } from "../../engine/criteria/types";
import { Lang } from "./model";

export const yesNo = { de: ["Ja", "Nein"], en: ["Yes", "No"] };
export const YES_WORDS = ["Ja", "Yes"];
export const NO_WORDS = ["Nein", "No"];

export const statusWords: Record<Lang, Record<Status, string>> = {
  de: { pass: "erfüllt", fail: "nicht erfüllt", missing: "fehlt", not_applicable: "nicht anwendbar" },
  en: { pass: "met", fail: "not met", missing: "missing", not_applicable: "not applicable" },
};

/** Reads a status word of either language back. */
export function statusOf(word: unknown): Status | null {
  for (const lang of ["de", "en"] as Lang[]) {
    for (const [status, w] of Object.entries(statusWords[lang])) if (w === word) return status as Status;
  }
  return null;
}

/**
 * The kinds of plant (3.2.3, Anlage 3.5) and of IT (3.3.1, Anlage 4.1) with the words the drop-downs offer: the
 * engine's one vocabulary (it also reads their common synonyms).
 */
export { componentKinds, itKinds, refrigerantKinds, requiredKinds } from "../../engine/criteria/vocabulary";
export type { ComponentKind, ItKind } from "../../engine/criteria/vocabulary";
import { componentKinds, type ComponentKind } from "../../engine/criteria/vocabulary";

export const insulationMedia = {
  de: ["SF6", "Luft", "Vakuum", "Feststoff", "Clean Air", "Stickstoff"],
  en: ["SF6", "Air", "Vacuum", "Solid", "Clean Air", "Nitrogen"],
};

export const refrigerantList = () => [...commonRefrigerants];

/** An array constant of words for MATCH: {"ja","j",…}. */
const wordArray = (words: string[]) => `{${words.map((w) => `"${w}"`).join(",")}}`;
/**
 * A yes as the engine reads it (src/engine/reading.ts): one of its words in any letter case with spaces around
 * ("Ja", " ja ", "YES", "J", "Wahr"), TRUE or 1. Excel's MATCH and HyperFormula's (caseSensitive false, the
 * default) compare text without regard to case; TRIM takes the spaces off. `ref` is one cell or an expression.
 */
export const isYes = (ref: string) => `OR(N(${ref})=1,ISNUMBER(MATCH(TRIM(${ref}),${wordArray(READ_YES)},0)))`;
/** A no as the engine reads it: "Nein", "no ", "Falsch", "keine" …, FALSE or 0. */
export const isNo = (ref: string) => `OR(AND(ISNUMBER(${ref}),N(${ref})=0),ISNUMBER(MATCH(TRIM(${ref}),${wordArray(READ_NO)},0)))`;
/** Neither yes nor no: blank, or a value the engine cannot read as an answer ("x", "teilweise"): the criterion misses it. */
export const isUnanswered = (ref: string) => `NOT(OR(${isYes(ref)},${isNo(ref)}))`;
/** A formula test that a cell holds one of the given words. */
export const isOneOf = (ref: string, words: string[]) => `OR(${words.map((w) => `${ref}="${w}"`).join(",")})`;
export const kindWords = (kinds: ComponentKind[]) => kinds.flatMap((k) => [componentKinds[k].de, componentKinds[k].en]);

/** Row statuses written by the inventory and customer tables. */
export const rowStatus = {
  de: { ok: "OK", fail: "nicht erfüllt", missing: "fehlt", na: "" },
  en: { ok: "OK", fail: "not met", missing: "missing", na: "" },
};
export const monthStatus = {
  de: { complete: "vollständig", incomplete: "unvollständig", negative: "negativ", outside: "außerhalb", duplicate: "doppelt" },
  en: { complete: "complete", incomplete: "incomplete", negative: "negative", outside: "outside", duplicate: "duplicate" },
};

/** A yes/no cell as the engine reads it: true, false, or null when blank or unreadable. */
export function yes(value: unknown): boolean | null {
  const r = readYesNo(value);
  return r.ok ? r.value : null;
}
