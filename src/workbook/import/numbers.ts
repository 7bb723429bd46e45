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

const SIMPLE = /^(-?\d+)(?:([.,])(\d+))?$/;

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
    const simple = SIMPLE.exec(text);
    // a separator before three digits after more than three is no group: the general path says what it is
    if (simple && !(simple[3]?.length === 3 && simple[1].replace("-", "").length > 3)) {
      const [, whole, sep, frac] = simple;
      if (sep === undefined) return Number(text);
      const mark = sep as Mark;
      if (frac.length !== 3 || /^-?0$/.test(whole)) {
        this.learn(mark, text, place);
        return Number(`${whole}.${frac}`);
      }
      const decimal = this.fromOption ? this.fallback : (this.seen?.mark ?? this.fallback);
      this.notes.assumed ??= { mark: decimal, because: this.fromOption ? "option" : this.seen ? "data" : "separator", example: text, place };
      return decimal === mark ? Number(`${whole}.${frac}`) : Number(`${whole}${frac}`);
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
  if (typeof v !== "string") return { number: v, unit: "" };
  const m = /^\s*([-+−]?[\d\s\u00a0\u202f'.,]*\d(?:[eE][+-]?\d+)?)\s*([^\d\s].*?)?\s*$/.exec(v);
  return m ? { number: m[1], unit: m[2] ?? "" } : { number: v, unit: "" };
}
