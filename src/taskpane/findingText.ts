/**
 * How the findings list shows a criterion's value and limit (issue 12, 2): the language's decimal mark, units, PUE
 * and CER with two decimals as the criteria write them (Tabellen 2-5: 1,30; 9,00), shares in % (ITEU_SV ≥ 20 %),
 * never a value rounded onto its limit (the engine's format.ts does the digits). Nothing while a criterion is
 * *fehlt*: its figure is not known.
 */
import type { Finding } from "../engine/criteria";
import { percentText, ratioText } from "../engine/criteria/format";
import type { Language } from "../engine/errors";

type Shown = { kind: "ratio"; digits: number; op: string } | { kind: "share"; op: string } | { kind: "unit"; unit: Record<Language, string> };

/** The criteria whose value is a key figure or a share, with the comparison the criterion makes. */
const shownAs: Record<string, Shown> = {
  "3.2.4": { kind: "share", op: "=" }, // 100 % erneuerbarer Strom
  "3.2.7": { kind: "ratio", digits: 2, op: "≤" }, // PUE, Tabelle 2/3
  "3.2.8": { kind: "ratio", digits: 2, op: ">" }, // CER, Tabelle 4/5
  "3.2.10": { kind: "ratio", digits: 3, op: ">" }, // ERF
  "3.3.2": { kind: "share", op: "≥" },
  "3.3.3": { kind: "share", op: "≥" }, // ITEU_SV ≥ 20 %
  // counts and the area efficiency: the number with what it counts
  "3.2.3": { kind: "unit", unit: { de: "Anlagen", en: "plants" } },
  "3.2.6.1": { kind: "unit", unit: { de: "IT-Kunden", en: "IT customers" } },
  "3.2.12": { kind: "unit", unit: { de: "kW/m²", en: "kW/m²" } },
  "3.3.1": { kind: "unit", unit: { de: "Geräte", en: "devices" } },
  // the law's key figures (issue 13): § 11(1), (2) PUE, § 11(2) ERF, § 11(5) renewable share
  "EnEfG-11-1": { kind: "ratio", digits: 2, op: "≤" },
  "EnEfG-11-2-PUE": { kind: "ratio", digits: 2, op: "≤" },
  "EnEfG-11-2-ERF": { kind: "share", op: "≥" },
  "EnEfG-11-5": { kind: "share", op: "≥" },
};

const locale = (lang: Language) => (lang === "de" ? "de-DE" : "en-GB");
const numberFormats = new Map<string, Intl.NumberFormat>();
function plain(v: number, lang: Language): string {
  let f = numberFormats.get(lang);
  if (!f) numberFormats.set(lang, (f = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 3 })));
  return f.format(v);
}

function scalar(v: unknown, lang: Language): string | undefined {
  if (v === null || v === undefined || v === "") return undefined;
  if (typeof v === "number") return plain(v, lang);
  if (typeof v === "boolean") return lang === "de" ? (v ? "ja" : "nein") : v ? "yes" : "no";
  return String(v);
}

/** The value and the limit as the list shows them; both undefined while the criterion is *fehlt*. */
export function figureText(f: Pick<Finding, "id" | "status" | "value" | "limit">, lang: Language): { value?: string; limit?: string } {
  if (f.status === "missing") return {};
  const as = shownAs[f.id];
  const v = typeof f.value === "number" ? f.value : undefined;
  const l = typeof f.limit === "number" ? f.limit : undefined;
  if (as?.kind === "ratio") {
    return { value: v === undefined ? scalar(f.value, lang) : ratioText(v, l, as.digits)[lang], limit: l === undefined ? scalar(f.limit, lang) : `${as.op} ${l === 0 ? "0" : ratioText(l, null, as.digits)[lang]}` };
  }
  if (as?.kind === "share") {
    return { value: v === undefined ? scalar(f.value, lang) : percentText(v, l, v === 1 || v === 0 ? 0 : 1)[lang], limit: l === undefined ? scalar(f.limit, lang) : `${as.op} ${percentText(l, null, 0)[lang]}` };
  }
  if (as?.kind === "unit" && v !== undefined) return { value: `${plain(v, lang)} ${as.unit[lang]}`, limit: scalar(f.limit, lang) };
  return { value: scalar(f.value, lang), limit: scalar(f.limit, lang) };
}
