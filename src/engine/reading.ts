/**
 * Reading a cell as people type it, once for every layer: yes/no answers, dates, numbers with their unit,
 * shares, refrigerant names and the words of a list. A value is read or it is not: what cannot be read is
 * never taken for a value (the criterion that needs it is *fehlt*, naming the cell and what it holds).
 * What each reader accepts is listed in docs/interpretations.md ("Eingaben lesen").
 */
import { parseIsoDate, ymdToSerial, daysInMonth } from "./dates";
import { classifyRefrigerant } from "./refrigerants";
import { Scalar } from "./values";

/** What a cell was expected to hold, for the message that says what to enter. */
export type Expected = "yesno" | "date" | "number" | "share" | "refrigerant" | "word";

export type Reading<T> =
  | { ok: true; value: T }
  | { ok: false; blank: true }
  /** `found`: the cell's content as the user sees it; `why`: a reason beyond "not a …" (ambiguous, other unit). */
  | { ok: false; blank: false; found: string; expected: Expected; why?: "ambiguous" | "unit" | "percentNumber" | "range" };

const value = <T>(v: T): Reading<T> => ({ ok: true, value: v });
const BLANK: Reading<never> = { ok: false, blank: true };
const unreadable = (found: unknown, expected: Expected, why?: "ambiguous" | "unit" | "percentNumber" | "range"): Reading<never> =>
  ({ ok: false, blank: false, found: shownRaw(found), expected, ...(why ? { why } : {}) });

/** A cell's content as text for a message: numbers as JavaScript writes them, errors by their code. */
export function shownRaw(v: unknown): string {
  if (typeof v === "object" && v !== null && "error" in v) return String((v as { error: string }).error);
  return typeof v === "string" ? v : String(v);
}

export function isBlankCell(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** A cell a reader cannot start from: blank, or an Excel error (then unreadable, quoting the error). */
function start<T>(v: unknown, expected: Expected): Reading<T> | null {
  if (isBlankCell(v)) return BLANK;
  if (typeof v === "object") return unreadable(v, expected);
  return null;
}

// ---- yes / no -------------------------------------------------------------------------------------------

/**
 * The words read as yes and as no, lower case. "x" is neither: a cross in a Ja/Nein column says that something
 * was ticked, not which answer (docs/interpretations.md).
 */
export const YES_WORDS = ["ja", "j", "yes", "y", "wahr", "true"];
export const NO_WORDS = ["nein", "n", "no", "falsch", "false", "kein", "keine", "keines", "none"];

/** The words the template's drop-downs offer, per language. */
export const YES_NO = { de: ["Ja", "Nein"], en: ["Yes", "No"] } as const;

export function readYesNo(v: Scalar | unknown): Reading<boolean> {
  const s = start<boolean>(v, "yesno");
  if (s) return s;
  if (typeof v === "boolean") return value(v);
  if (v === 1 || v === 0) return value(v === 1);
  if (typeof v === "string") {
    const word = v.trim().toLowerCase();
    if (YES_WORDS.includes(word)) return value(true);
    if (NO_WORDS.includes(word)) return value(false);
  }
  return unreadable(v, "yesno");
}

// ---- dates ----------------------------------------------------------------------------------------------

/** Excel's date range (1900 system): serial 1 is 1900-01-01, 2958465 is 9999-12-31. */
const SERIAL_MAX = 2958466;

/**
 * A date: a date cell (an Excel serial), ISO text "2020-07-01", or German text "01.07.2020" / "1.7.2020".
 * Text such as "07/01/2020" is not read: month and day could be either way round.
 */
export function readDate(v: Scalar | unknown): Reading<number> {
  const s = start<number>(v, "date");
  if (s) return s;
  if (typeof v === "number") return Number.isFinite(v) && v >= 1 && v < SERIAL_MAX ? value(Math.floor(v)) : unreadable(v, "date");
  if (typeof v !== "string") return unreadable(v, "date");
  const iso = parseIsoDate(v);
  // one range for every date, typed or as text (issue 11): "0001-01-01" is no more a date than serial -1
  if (iso) return iso.year >= 1900 ? value(ymdToSerial(iso)) : unreadable(v, "date");
  const de = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(v);
  if (de) {
    const ymd = { year: Number(de[3]), month: Number(de[2]), day: Number(de[1]) };
    if (ymd.month >= 1 && ymd.month <= 12 && ymd.day >= 1 && ymd.day <= daysInMonth(ymd.year, ymd.month) && ymd.year >= 1900) {
      return value(ymdToSerial(ymd));
    }
  }
  return unreadable(v, "date");
}

// ---- numbers --------------------------------------------------------------------------------------------

/**
 * Units a column is kept in, with the spellings read as that unit (lower case, spaces removed). A number typed
 * with its column's unit ("40 kW" in a kW column) is that number; with another unit ("40 MW") it is not read.
 */
export const UNITS = {
  kW: ["kw", "kwel", "kw_el", "kwth", "kw_th"],
  kWh: ["kwh", "kwhel", "kwh_el", "kwhth", "kwh_th"],
  m3: ["m³", "m3", "cbm"],
  m2: ["m²", "m2", "qm"],
  GB: ["gb"],
  EUR_kWh: ["€/kwh", "eur/kwh", "euro/kwh"],
} as const;
export type Unit = keyof typeof UNITS;

/** Thousands separators besides "." and ",": spaces (also narrow and no-break) and the apostrophe. */
const GROUP_SPACES = /[\s\u00a0\u202f\u2009']/g;

/**
 * A number written as text, German or English: "9.000.000", "9,000,000", "19,5", "19.5", "1.234,5",
 * "9 000 000", "-5e6". "1.234" and "1,234" (one separator before exactly three digits) are ambiguous and not
 * read. Null when it is no number; "ambiguous" when it could be either.
 */
export function parseNumberText(text: string): number | "ambiguous" | null {
  const n = numberOfText(text);
  // "5e600" or 400 digits: no finite number, so none
  return typeof n === "number" && !Number.isFinite(n) ? null : n;
}

function numberOfText(text: string): number | "ambiguous" | null {
  let t = text.trim().replace(/^\+/, "");
  if (t === "") return null;
  const sign = t.startsWith("-") || t.startsWith("−") ? -1 : 1;
  if (sign < 0) t = t.slice(1);
  t = t.replace(GROUP_SPACES, (m) => (m === "'" ? "" : " "));
  // groups written with spaces: "9 000 000", "1 234,5"
  if (/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(t)) t = t.replace(/ /g, "");
  if (/\s/.test(t)) return null;
  if (/^\d+(\.\d+)?e[+-]?\d+$/i.test(t)) return sign * Number(t);
  if (/^\d+$/.test(t)) return sign * Number(t);
  const dots = (t.match(/\./g) ?? []).length;
  const commas = (t.match(/,/g) ?? []).length;
  const grouped = (sep: string) => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`);
  if (dots && commas) {
    // the later separator is the decimal mark: "1.234,5" German, "1,234.5" English
    const decimal = t.lastIndexOf(",") > t.lastIndexOf(".") ? "," : ".";
    const group = decimal === "," ? "." : ",";
    const [whole, frac, extra] = t.split(decimal);
    if (extra !== undefined || !/^\d+$/.test(frac) || !grouped(group).test(whole)) return null;
    return sign * Number(`${whole.split(group).join("")}.${frac}`);
  }
  const sep = dots ? "." : ",";
  const count = dots || commas;
  if (count > 1) return grouped(sep).test(t) ? sign * Number(t.split(sep).join("")) : null;
  const [whole, frac] = t.split(sep);
  if (!/^\d+$/.test(whole) || !/^\d+$/.test(frac)) return null;
  // "1.234" is 1234 in German and 1.234 in English; "0,234" and "19,5" are decimals either way
  if (frac.length === 3 && whole !== "0") return "ambiguous";
  return sign * Number(`${whole}.${frac}`);
}

/**
 * A number typed in a known language, as the task pane reads its fields: in German "." groups thousands and ","
 * is the decimal mark ("9.000.000", "19,5", "1.234,5"), in English the reverse ("9,000,000", "19.5"); spaces
 * (also no-break and narrow) may group thousands in both ("9 000 000"), a leading "+" or "-" (also "−") and an
 * exponent ("5e6", "1,5e6" in German) are read. Unlike parseNumberText, "1.234" is never ambiguous here: the
 * language decides (1234 in German, 1.234 in English). Groups must have three digits, so "19.5" in German and
 * "1,5" in English are no number (null), never read the other language's way in silence.
 */
export function parseNumberIn(text: string, lang: "de" | "en"): number | null {
  const decimal = lang === "de" ? "," : ".";
  const group = lang === "de" ? "\\." : ",";
  let t = text.trim().replace(/[\u00a0\u202f\u2009]/g, " ");
  let sign = 1;
  if (/^[-−+]/.test(t)) {
    sign = t[0] === "+" ? 1 : -1;
    t = t.slice(1).trimStart();
  }
  const m = new RegExp(`^(\\d{1,3}(?:(?:${group}| )\\d{3})+|\\d+)(?:\\${decimal}(\\d+))?(?:[eE]([+-]?\\d+))?$`).exec(t);
  if (!m) return null;
  const n = Number(`${m[1].replace(/\D/g, "")}${m[2] === undefined ? "" : `.${m[2]}`}${m[3] === undefined ? "" : `e${m[3]}`}`);
  return Number.isFinite(n) ? sign * n + 0 : null;
}

function unitOf(word: string): Unit | null {
  const w = word.toLowerCase().replace(/\s/g, "");
  for (const [unit, spellings] of Object.entries(UNITS)) if ((spellings as readonly string[]).includes(w)) return unit as Unit;
  return null;
}

/**
 * A number: a number cell, or text as people type it, optionally followed by the column's unit. A different
 * unit, or a unit where the column has none, is not read (never converted in silence).
 */
export function readNumber(v: Scalar | unknown, unit?: Unit): Reading<number> {
  const s = start<number>(v, "number");
  if (s) return s;
  if (typeof v === "number") return Number.isFinite(v) ? value(v) : unreadable(v, "number");
  if (typeof v !== "string") return unreadable(v, "number");
  const m = /^\s*([-+−]?[\d\s\u00a0\u202f\u2009'.,]*\d(?:[eE][+-]?\d+)?)\s*(.*?)\s*$/.exec(v);
  if (!m) return unreadable(v, "number");
  if (m[2] !== "") {
    const typed = unitOf(m[2]);
    if (typed === null || typed !== unit) return unreadable(v, "number", "unit");
  }
  const n = parseNumberText(m[1]);
  if (n === "ambiguous") return unreadable(v, "number", "ambiguous");
  if (n === null || !Number.isFinite(n)) return unreadable(v, "number");
  return value(n);
}

/**
 * A share or utilisation kept as a fraction (20 % = 0.2): a number from 0 to 1, or text "20 %" / "20,5%".
 * A number above 1 (a 20 meaning 20 %) is not read, never taken as 2,000 %; neither is one below 0.
 */
export function readShare(v: Scalar | unknown): Reading<number> {
  const s = start<number>(v, "share");
  if (s) return s;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return unreadable(v, "share");
    if (v > 1 && v <= 100) return unreadable(v, "share", "percentNumber");
    if (v < 0 || v > 1) return unreadable(v, "share", "range");
    return value(v);
  }
  if (typeof v !== "string") return unreadable(v, "share");
  const m = /^\s*(.*?)\s*%\s*$/.exec(v);
  const n = parseNumberText(m ? m[1] : v);
  if (n === "ambiguous") return unreadable(v, "share", "ambiguous");
  if (n === null || !Number.isFinite(n)) return unreadable(v, "share");
  const fraction = m ? n / 100 : n;
  if (!m && fraction > 1 && fraction <= 100) return unreadable(v, "share", "percentNumber");
  if (fraction < 0 || fraction > 1) return unreadable(v, "share", "range");
  return value(fraction);
}

// ---- refrigerants and words -----------------------------------------------------------------------------

/** A refrigerant by its ASHRAE 34 designation in any spelling, a common name or a trade name (refrigerants.ts). */
export function readRefrigerant(v: Scalar | unknown): Reading<{ designation: string; halogenFree: boolean }> {
  const s = start<{ designation: string; halogenFree: boolean }>(v, "refrigerant");
  if (s) return s;
  const r = typeof v === "string" ? classifyRefrigerant(v) : null;
  return r ? value({ designation: r.designation, halogenFree: r.halogenFree }) : unreadable(v, "refrigerant");
}

/** Lower case, umlauts spelt out, spaces, hyphens and underscores removed: "Kälte-Technik" = "kaeltetechnik". */
export function wordKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss")
    .replace(/[\s\-‐‑–—_./]/g, "");
}

/** One of a list's words, by key: each key with the words (German, English, synonyms) that name it. */
export function readWord<K extends string>(v: Scalar | unknown, words: Record<K, readonly string[]>): Reading<K> {
  const s = start<K>(v, "word");
  if (s) return s;
  if (typeof v !== "string") return unreadable(v, "word");
  const kind = keysOf(words).get(wordKey(v)) as K | undefined;
  return kind === undefined ? unreadable(v, "word") : value(kind);
}

/** Each list's words by their key, made once per list (an inventory of thousands of rows reads the same list). */
const keyed = new WeakMap<object, Map<string, string>>();
function keysOf(words: Record<string, readonly string[]>): Map<string, string> {
  let m = keyed.get(words);
  if (!m) {
    m = new Map();
    for (const [k, list] of Object.entries(words)) for (const w of list) if (!m.has(wordKey(w))) m.set(wordKey(w), k);
    keyed.set(words, m);
  }
  return m;
}
