/**
 * Numbers and dates in the report's language: German "1.234.567" and "1,32", English "1,234,567" and "1.32";
 * dates 31.12.2024 / 2024-12-31 (as the messages write them). Key figures through the engine's own formatters
 * (src/engine/criteria/format.ts), so a value close to its limit is never rounded onto it.
 */
import { serialToYmd } from "../engine/dates";
import { percentText, ratioText } from "../engine/criteria/format";

export type Lang = "de" | "en";

const locale = (lang: Lang) => (lang === "de" ? "de-DE" : "en-GB");

/** A number with `digits` decimals at most (grouped), e.g. kWh. */
export function number(v: number, lang: Lang, digits = 0, minDigits = 0): string {
  return v.toLocaleString(locale(lang), { maximumFractionDigits: digits, minimumFractionDigits: Math.min(minDigits, digits) });
}

/** A quantity with its unit: "9.000.000 kWh". */
export function amount(v: number | null | undefined, unit: string, lang: Lang, digits = 0): string {
  return v === null || v === undefined ? "–" : `${number(v, lang, digits)} ${unit}`;
}

/** A key figure (PUE, CER …) with `digits` decimals, more where it would look equal to its limit. */
export function ratio(v: number | null | undefined, lang: Lang, limit?: number | null, digits = 2): string {
  return v === null || v === undefined ? "–" : ratioText(v, limit, digits)[lang];
}

/** A share (fraction) in percent, "19,99 %" beside a limit of 20 %. */
export function percent(v: number | null | undefined, lang: Lang, limit?: number | null, digits = 1): string {
  return v === null || v === undefined ? "–" : percentText(v, limit, digits)[lang];
}

export function date(serial: number | null | undefined, lang: Lang): string {
  if (serial === null || serial === undefined) return "–";
  const { year, month, day } = serialToYmd(serial);
  const p = (x: number) => String(x).padStart(2, "0");
  return lang === "de" ? `${p(day)}.${p(month)}.${year}` : `${year}-${p(month)}-${p(day)}`;
}

const MONTHS: Record<Lang, string[]> = {
  de: ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

/** "Mär 2024" / "Mar 2024"; short: "Mär 24". */
export function monthName(serial: number, lang: Lang, short = false): string {
  const { year, month } = serialToYmd(serial);
  return `${MONTHS[lang][month - 1]} ${short ? String(year).slice(2) : year}`;
}

/** The month's short name and, for the first month and each January, its year (the chart's x axis). */
export function monthCategory(serial: number, lang: Lang, first: boolean): { label: string; sub?: string } {
  const { year, month } = serialToYmd(serial);
  return first || month === 1 ? { label: MONTHS[lang][month - 1], sub: String(year) } : { label: MONTHS[lang][month - 1] };
}
