/**
 * Numbers in a source file, read by the engine's parseNumberText ("9.000.000", "19,5", "1.234,5", "1,234.5"): what it
 * finds ambiguous ("1.234", "12,345": one separator before exactly three digits) is read by the file's decimal
 * mark: the one its other numbers show ("19,5" shows a comma), else the one its separator implies (";" files come
 * from a German Excel: decimal comma; "," files: decimal point), or `--decimal`. The assumption is reported; a
 * later number that shows the other mark stops the import at its row.
 */
import { parseNumberIn, parseNumberText } from "../../engine/reading";
import { Place, problemAt, quoted } from "./problem";

export type Mark = "," | ".";

export interface NumberNotes {
  /** The decimal mark ambiguous numbers were read with, and why (the first such number). */
  assumed?: { mark: Mark; because: "data" | "separator" | "option"; example: string; place: Place };
}

/** The decimal mark a number written this way shows, if any. */
function shows(text: string): Mark | null {
  const dots = text.split(".").length - 1;
  const commas = text.split(",").length - 1;
  if (dots && commas) return text.lastIndexOf(",") > text.lastIndexOf(".") ? "," : ".";
  if (dots > 1) return ",";
  if (commas > 1) return ".";
  if (dots === 1) return ".";
  if (commas === 1) return ",";
  return null;
}

/**
 * The shape nearly every export writes, `-?digits([.,]digits)?`, scanned by character (it is read for every value
 * of a file: tens of millions of times): the index of its separator, -1 when it has none, -2 when it is not this shape.
 */
function simpleShape(text: string): number {
  const n = text.length;
  let i = n > 0 && text.charCodeAt(0) === 45 ? 1 : 0;
  const start = i;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  if (i === start) return -2;
  if (i === n) return -1;
  const sep = i;
  const c = text.charCodeAt(i);
  if (c !== 44 && c !== 46) return -2;
  i++;
  const fraction = i;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  return i === fraction || i !== n ? -2 : sep;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Powers of ten a double holds exactly. */
const EXACT_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The number of a simple shape read with its separator as the decimal mark. Up to 15 digits it is their integer
 * over a power of ten: both exact doubles, so the one rounding of the division gives the double nearest the decimal,
 * as Number() does (Clinger's fast path); longer ones go to Number().
 */
function withPoint(text: string, sep: number): number {
  const n = text.length;
  const negative = text.charCodeAt(0) === 45;
  if (n - (negative ? 2 : 1) > 15) return text.charCodeAt(sep) === 46 ? Number(text) : Number(`${text.slice(0, sep)}.${text.slice(sep + 1)}`);
  let digits = 0;
  for (let i = negative ? 1 : 0; i < n; i++) if (i !== sep) digits = digits * 10 + (text.charCodeAt(i) - 48);
  const value = digits / EXACT_TEN[n - sep - 1];
  return negative ? -value : value;
}

export class NumberReader {
  private seen: { mark: Mark; example: string; place: Place } | undefined;
  readonly notes: NumberNotes = {};

  constructor(
    private readonly fallback: Mark,
    private readonly fromOption = false,
  ) {}

  /** A number from a cell's text (the unit, if any, already cut off); a number cell as it is. Never infinite: "9" × 400 is no number. */
  read(v: unknown, place: Place): number {
    const n = this.parse(v, place);
    if (!Number.isFinite(n)) throw problemAt(place, `„${quoted(v)}“ ist keine Zahl`, `"${quoted(v)}" is not a number`);
    return n;
  }

  private parse(v: unknown, place: Place): number {
    if (typeof v === "number" && Number.isFinite(v)) return v;
    const text = String(v ?? "").trim();
    // the shape nearly every export writes ("12", "-3", "10,125", "0.5"), read as parseNumberText and parseNumberIn
    // read it, without their general patterns: one separator or none
    const sep = simpleShape(text);
    if (sep === -1) return Number(text);
    const negative = text.charCodeAt(0) === 45;
    const wholeDigits = sep - (negative ? 1 : 0);
    const fractionDigits = text.length - sep - 1;
    // a separator before three digits after more than three is no group: the general path says what it is
    if (sep >= 0 && !(fractionDigits === 3 && wholeDigits > 3)) {
      const mark = text[sep] as Mark;
      if (fractionDigits !== 3 || (wholeDigits === 1 && text.charCodeAt(sep - 1) === 48)) {
        this.learn(mark, text, place);
        return withPoint(text, sep);
      }
      const decimal = this.fromOption ? this.fallback : (this.seen?.mark ?? this.fallback);
      this.notes.assumed ??= { mark: decimal, because: this.fromOption ? "option" : this.seen ? "data" : "separator", example: text, place };
      return decimal === mark ? withPoint(text, sep) : Number(text.slice(0, sep) + text.slice(sep + 1));
    }
    const n = parseNumberText(text);
    if (typeof n === "number" && Number.isFinite(n)) {
      const mark = shows(text);
      if (mark) this.learn(mark, text, place);
      return n;
    }
    if (n === "ambiguous") {
      const mark = this.fromOption ? this.fallback : (this.seen?.mark ?? this.fallback);
      this.notes.assumed ??= { mark, because: this.fromOption ? "option" : this.seen ? "data" : "separator", example: text, place };
      const read = parseNumberIn(text, mark === "," ? "de" : "en");
      if (read !== null) return read;
    }
    throw problemAt(place, `„${quoted(text)}“ ist keine Zahl`, `"${quoted(text)}" is not a number`);
  }

  private learn(mark: Mark, example: string, place: Place): void {
    if (this.seen?.mark === mark) return;
    if (!this.seen) {
      this.seen = { mark, example, place };
      const assumed = this.notes.assumed;
      if (assumed && assumed.mark !== mark && !this.fromOption) {
        throw problemAt(place,
          `„${example}“ schreibt das Dezimalzeichen „${mark}“, „${assumed.example}“ (Zeile ${assumed.place.row}) wurde mit „${assumed.mark}“ gelesen: --decimal "${mark}" angeben`,
          `"${example}" writes the decimal mark "${mark}", "${assumed.example}" (row ${assumed.place.row}) was read with "${assumed.mark}": give --decimal "${mark}"`);
      }
      return;
    }
    if (mark !== this.seen.mark && !this.fromOption) {
      throw problemAt(place,
        `„${example}“ schreibt das Dezimalzeichen „${mark}“, „${this.seen.example}“ (Zeile ${this.seen.place.row}) „${this.seen.mark}“: eine Datei, ein Dezimalzeichen`,
        `"${example}" writes the decimal mark "${mark}", "${this.seen.example}" (row ${this.seen.place.row}) "${this.seen.mark}": one file, one decimal mark`);
    }
  }
}

/** A cell split into its number and a unit written after it ("12,5 kWh", "20 %"). */
export function splitUnit(v: unknown): { number: unknown; unit: string } {
  if (typeof v !== "string" || unitless(v)) return { number: v, unit: "" };
  const m = /^\s*([-+−]?[\d\s\u00a0\u202f'.,]*\d(?:[eE][+-]?\d+)?)\s*([^\d\s].*?)?\s*$/.exec(v);
  return m ? { number: m[1], unit: m[2] ?? "" } : { number: v, unit: "" };
}

/** `-?[0-9.,]*[0-9]`: a number written without a unit (most cells of an export), told without a pattern. */
function unitless(text: string): boolean {
  const n = text.length;
  if (n === 0 || !isDigit(text.charCodeAt(n - 1))) return false;
  for (let i = text.charCodeAt(0) === 45 ? 1 : 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isDigit(c) && c !== 44 && c !== 46) return false;
  }
  return true;
}
