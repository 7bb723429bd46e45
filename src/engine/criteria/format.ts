/**
 * Figures in messages, per language: the language's decimal mark and grouping, a unit, and never a value rounded
 * onto its limit (PUE 1.3004 is not shown as "1,30" beside the limit 1,30: it gets the digits that tell them apart).
 */
import { Text } from "../errors";

type Lang = "de" | "en";
const locale = (lang: Lang) => (lang === "de" ? "de-DE" : "en-GB");

/** One formatter per language, digits and grouping: building one costs more than formatting a thousand numbers. */
const formatters = new Map<string, Intl.NumberFormat>();
function fixed(v: number, lang: Lang, digits: number, grouping = true): string {
  const key = `${lang}|${digits}|${grouping}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(locale(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: grouping })));
  return f.format(v);
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
