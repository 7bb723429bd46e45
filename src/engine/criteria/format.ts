/**
 * Figures in messages, per language: the language's decimal mark and grouping, a unit, and never a value rounded
 * onto its limit (PUE 1.3004 is not shown as "1,30" beside the limit 1,30: it gets the digits that tell them apart).
 */
import { Text } from "../errors";

type Lang = "de" | "en";

/**
 * A number with `digits` decimals in the language's marks: "1.234,5" / "1,234.5". Written out rather than with
 * Intl.NumberFormat, whose locale data costs a command line some 60 ms to load for a handful of numbers.
 */
function fixed(v: number, lang: Lang, digits: number, grouping = true): string {
  const text = Math.abs(v).toFixed(digits);
  const [whole, fraction] = text.split(".");
  const grouped = grouping ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "de" ? "." : ",") : whole;
  const sign = v < 0 && Number(text) !== 0 ? "-" : "";
  return `${sign}${grouped}${fraction === undefined ? "" : (lang === "de" ? "," : ".") + fraction}`;
}

/** The fewest digits from `digits` on at which `v` and `limit` no longer look equal (up to 10). */
function digitsApart(v: number, limit: number | null | undefined, digits: number, scale = 1): number {
  if (limit === null || limit === undefined || v === limit) return digits;
  let d = digits;
  while (d < 10 && (v * scale).toFixed(d) === (limit * scale).toFixed(d)) d++;
  return d;
}

/** A key figure (PUE, CER, ERF …) with `digits` decimals as the criteria write them, apart from its limit. */
export function ratioText(v: number | null | undefined, limit?: number | null, digits = 2): Text {
  if (v === null || v === undefined) return { de: "?", en: "?" };
  const d = digitsApart(v, limit, digits);
  return { de: fixed(v, "de", d, false), en: fixed(v, "en", d, false) };
}

/** A share (a fraction) in percent, "19,99 %" beside a limit of 20 %, never "20 %". */
export function percentText(v: number | null | undefined, limit?: number | null, digits = 1): Text {
  if (v === null || v === undefined) return { de: "?", en: "?" };
  const d = digitsApart(v, limit, digits, 100);
  return { de: `${fixed(v * 100, "de", d, false)} %`, en: `${fixed(v * 100, "en", d, false)} %` };
}

/** A quantity with its unit, grouped: "9.000.000 kWh" / "9,000,000 kWh". */
export function amountText(v: number, unit: string, digits = 0): Text {
  return { de: `${fixed(v, "de", digits)} ${unit}`, en: `${fixed(v, "en", digits)} ${unit}` };
}

/** Joins Texts language by language. */
export function join(parts: Text[], separator = " "): Text {
  return { de: parts.map((p) => p.de).join(separator), en: parts.map((p) => p.en).join(separator) };
}

/** A number with at most `maxDigits` decimals (trailing zeros dropped), in one language's marks: "1,3208", "8". */
export function numberIn(v: number, lang: "de" | "en", maxDigits: number, grouping = false): string {
  const text = fixed(v, lang, maxDigits, grouping);
  const mark = lang === "de" ? "," : ".";
  return text.includes(mark) ? text.replace(/0+$/, "").replace(new RegExp(`\\${mark}$`), "") : text;
}

/** A number with exactly `digits` decimals in one language's marks, without grouping. */
export function fixedIn(v: number, lang: "de" | "en", digits: number): string {
  return fixed(v, lang, digits, false);
}
