/**
 * `deuz register FILE.xlsx [--json|--csv] [--lang de|en]` (issue 13): the register data of EnEfG Anlage 3 (§ 13
 * Abs. 1, numbered as in the Anlage) and the items of the EU report ((EU) 2024/1364), each with value, unit and the
 * cells it comes from, *fehlt* where missing, ready to be typed into the register's form. Exit 0 when every item is
 * there, 1 when one is missing, 2 when the file cannot be used. The input file is only ever read.
 */
import { Finding } from "../engine/criteria";
import { Reader } from "../engine/criteria/reader";
import { months } from "../engine/criteria/figures";
import { periodText } from "../engine/rulesets/lawFigures";
import { registerItems, RegisterItem } from "../engine/rulesets/register";
import { checkWorkbook } from "../workbook/check";
import { UnusableFile } from "../workbook/problems";
import { language, parseArgs } from "./args";
import { Io, readInput, unusableLine, UsageError } from "./io";

type Lang = "de" | "en";

export const REGISTER_USAGE = "deuz register FILE.xlsx [--json|--csv] [--lang de|en]\n" +
  "                              the register data of EnEfG Anlage 3 and the EU report (2024/1364): value,\n" +
  "                              unit and cells per item, fehlt where missing; exit 0 complete, 1 not, 2 unusable";

const heading: Record<RegisterItem["ruleSet"], { de: string; en: string }> = {
  "enefg-2023": { de: "EnEfG Anlage 3 (§ 13 Abs. 1): Informationen von Betreibern von Rechenzentren", en: "EnEfG Anlage 3 (§ 13(1)): information from data-centre operators" },
  "eu-2024-1364": { de: "EU-Bericht, Delegierte Verordnung (EU) 2024/1364 (Nummerierung der Liste, nicht der Verordnung)", en: "EU report, Delegated Regulation (EU) 2024/1364 (numbering of this list, not the Regulation's)" },
};

function valueText(v: RegisterItem["value"], lang: Lang): string {
  if (v === null) return lang === "de" ? "fehlt" : "missing";
  if (typeof v === "number") return v.toLocaleString(lang === "de" ? "de-DE" : "en-GB", { maximumFractionDigits: 4 });
  return v;
}

/** A CSV field: quoted where needed; a leading = + - @ made inert for spreadsheets (formula injection). */
function csvField(s: string, sep: string): string {
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return safe.includes(sep) || safe.includes('"') || safe.includes("\n") ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export async function registerCommand(args: string[], io: Io): Promise<number> {
  const p = parseArgs("register", args, ["json", "csv"], ["lang"]);
  if (p.positional.length !== 1 || (p.flags.has("json") && p.flags.has("csv"))) throw new UsageError(`deuz register: usage: ${REGISTER_USAGE.split("\n")[0]}`);
  const file = p.positional[0];
  const lang = language("register", p.values.get("lang"));
  const data = readInput("register", file, lang);
  let result;
  try {
    result = await checkWorkbook(data, file);
  } catch (e) {
    if (e instanceof UnusableFile) throw unusableLine("register", e, lang);
    throw e;
  }
  const { evaluated } = result;
  const reader = new Reader(evaluated.inputs);
  const items = registerItems(reader);
  const period = periodText(months(new Reader(evaluated.inputs)))[lang];
  const cells = (i: RegisterItem) => i.cells.map((c) => evaluated.address({ ...c } as Finding["cells"][number]));
  if (p.flags.has("json")) {
    io.out(JSON.stringify({
      file, period,
      items: items.map((i) => ({ ruleSet: i.ruleSet, no: i.no, label: i.label[lang], value: i.value, unit: i.unit, cells: cells(i), missing: i.missing, ...(i.note ? { note: i.note[lang] } : {}) })),
    }, null, 2) + "\n");
  } else if (p.flags.has("csv")) {
    const sep = lang === "de" ? ";" : ",";
    const head = lang === "de" ? ["Regelwerk", "Nr.", "Angabe", "Wert", "Einheit", "Zellen", "Hinweis"] : ["Rule set", "No.", "Item", "Value", "Unit", "Cells", "Note"];
    const rows = items.map((i) => [i.ruleSet, i.no, i.label[lang], valueText(i.value, lang), i.unit, cells(i).join(" "), i.note?.[lang] ?? ""]);
    io.out([head, ...rows].map((r) => r.map((f) => csvField(f, sep)).join(sep)).join("\r\n") + "\r\n");
  } else {
    const out: string[] = [`${lang === "de" ? "Werte aus dem" : "Figures from the"} ${period}. ${lang === "de" ? "Anlage 3 verlangt das letzte volle Kalenderjahr." : "Anlage 3 asks for the last full calendar year."}`, ""];
    for (const rs of ["enefg-2023", "eu-2024-1364"] as const) {
      const own = items.filter((i) => i.ruleSet === rs);
      out.push(heading[rs][lang], "-".repeat(Math.min(100, heading[rs][lang].length)));
      const rows = own.map((i) => [i.no, i.label[lang], valueText(i.value, lang), i.unit, cells(i).slice(0, 2).join(", ") + (i.cells.length > 2 ? ` (+${i.cells.length - 2})` : "")]);
      const widths = [0, 1, 2, 3].map((k) => Math.min(k === 1 ? 60 : k === 2 ? 40 : 24, Math.max(...rows.map((r) => r[k].length))));
      for (const r of rows) out.push(r.map((c, k) => (k < 4 ? (c.length > widths[k] ? c.slice(0, widths[k] - 1) + "…" : c.padEnd(widths[k])) : c)).join("  ").trimEnd());
      const notes = own.filter((i) => i.note && !i.missing && !i.note[lang].startsWith(period.split(" ")[0]));
      for (const i of notes) out.push(`  ${i.no}: ${i.note![lang]}`);
      out.push("");
    }
    const lacking = items.filter((i) => i.missing).length;
    out.push(lacking ? (lang === "de" ? `${lacking} Angaben fehlen.` : `${lacking} items are missing.`) : (lang === "de" ? "Alle Angaben vorhanden." : "Every item is there."));
    io.out(out.join("\n") + "\n");
  }
  evaluated.destroy();
  return items.some((i) => i.missing) ? 1 : 0;
}
