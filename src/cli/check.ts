/**
 * `deuz check FILE.xlsx [--json] [--out ANNOTATED.xlsx] [--freeze] [--rules …] [--as-of …] [--lang de|en]`: checks a filled
 * template. Exit 0 when every applicable criterion is met, 1 when one fails or misses data, 2 when the file
 * cannot be used. The input file is only ever read.
 */
import { numberIn } from "../engine/criteria/format";
import { Finding } from "../engine/criteria";
import { EDITION } from "../engine/edition";
import { annotate, fitted, freeze } from "../workbook/annotate";
import { checkWorkbook } from "../workbook/check";
import { Overwritten, overwrittenFindings } from "../workbook/integrity";
import { UnusableFile } from "../workbook/problems";
import { templateFacts } from "../workbook/templateFacts";
import { statusWords } from "../workbook/template/vocabulary";
import { language, parseArgs } from "./args";
import { euKpisJson } from "./euKpis";
import { groupedText, ruleChoice, RuleOutcome, ruleSetsJson, runRules } from "./rulesets";
import { checkTarget, Io, readInput, sameFile, unusableLine, UsageError, writeOutput } from "./io";

const MAX_CELLS_SHOWN = 3;
/** The law's criteria whose value and limit are shares (§ 11(2) S. 1 Nr. 2 ERF, § 11(5) renewable electricity). */
const LAW_SHARES = new Set(["EnEfG-11-2-ERF", "EnEfG-11-5"]);

/** A value or limit as Anlage 2 shows it: shares in %, key figures to 4 decimals, in the language's digits. */
function shown(v: unknown, id: string, lang: "de" | "en"): string {
  if (v === null || v === undefined) return "";
  if (typeof v !== "number") return String(v);
  // as Anlage 2 formats it (template/checklist.ts), read from the template's facts: no template code loaded
  if (templateFacts.percent().includes(id) || LAW_SHARES.has(id)) return `${numberIn(v * 100, lang, 1)} %`;
  return numberIn(v, lang, 4);
}

function table(findings: Finding[], address: (f: Finding) => string[], lang: "de" | "en"): string {
  const words = statusWords[lang];
  const head = lang === "de" ? ["Abschnitt", "Anforderung", "Status", "Wert", "Grenzwert", "Zellen"] : ["Section", "Requirement", "Status", "Value", "Limit", "Cells"];
  const rows = findings.map((f) => {
    const cells = address(f);
    return [f.id, f.title[lang], words[f.status], shown(f.value, f.id, lang), shown(f.limit, f.id, lang), cells.slice(0, MAX_CELLS_SHOWN).join(", ") + (cells.length > MAX_CELLS_SHOWN ? ` (+${cells.length - MAX_CELLS_SHOWN})` : "")];
  });
  const widths = head.map((h, i) => Math.min(i === 1 ? 48 : 60, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const line = (r: string[]) => r.map((c, i) => (c.length > widths[i] ? c.slice(0, widths[i] - 1) + "…" : c.padEnd(widths[i]))).join("  ").trimEnd();
  const out = [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
  const messages = findings.filter((f) => f.status === "fail" || f.status === "missing").map((f) => {
    const cells = address(f);
    const where = cells.length ? ` [${lang === "de" ? "Zelle" : "cell"} ${cells[0]}${cells.length > 1 ? ` +${cells.length - 1}` : ""}]` : "";
    return `${words[f.status]}: ${fitted(f.message[lang])}${where}`;
  });
  // cells to look at that do not change a status (3.3.3 Ausnahme 2: GPU servers listed in Anlage 4.2)
  for (const f of findings) {
    if (!f.note) continue;
    const cells = f.note.cells.map((c) => address({ ...f, cells: [c] })[0]);
    const where = cells.length ? ` [${lang === "de" ? "Zelle" : "cell"} ${cells[0]}${cells.length > 1 ? ` +${cells.length - 1}` : ""}]` : "";
    messages.push(`${lang === "de" ? "Hinweis" : "Note"}: ${fitted(f.note.message[lang])}${where}`);
  }
  return [...out, "", ...messages].join("\n") + "\n";
}

/**
 * JSON with two spaces, and the characters JSON leaves raw that a terminal may act on (DEL, C1 controls, the
 * bidirectional overrides, lone surrogates) escaped as \\uXXXX: the same string to a JSON reader, inert on a screen.
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/g, (c, at: number, all: string) => {
    const code = c.charCodeAt(0);
    // a well-formed pair stays as it is
    if (code >= 0xd800 && code <= 0xdbff && /[\uDC00-\uDFFF]/.test(all[at + 1] ?? "")) return c;
    if (code >= 0xdc00 && code <= 0xdfff && /[\uD800-\uDBFF]/.test(all[at - 1] ?? "")) return c;
    return "\\u" + code.toString(16).padStart(4, "0");
  });
}

/** Cells the template computes that hold something else (3.1.2), under their own heading after the criteria. */
function overwrittenText(list: Overwritten[], lang: "de" | "en"): string {
  if (!list.length) return "";
  const head = lang === "de" ? `Zellen, die nicht die Formel der Vorlage enthalten (3.1.2): ${list.length}` : `Cells that do not hold the template's formula (3.1.2): ${list.length}`;
  return ["", head, "-".repeat(head.length), ...list.map((o) => fitted(o.message[lang]))].join("\n") + "\n";
}

export async function checkCommand(args: string[], io: Io): Promise<number> {
  const p = parseArgs("check", args, ["json", "freeze", "force"], ["out", "lang", "rules", "as-of"]);
  if (p.positional.length !== 1) throw new UsageError("deuz check: usage: deuz check FILE.xlsx [--json] [--out ANNOTATED.xlsx [--force]] [--freeze] [--rules ID,...] [--as-of YYYY-MM-DD] [--lang de|en]");
  const file = p.positional[0];
  const lang = language("check", p.values.get("lang"));
  // issue 13: which rule sets, as of which day (src/cli/rulesets.ts)
  const choice = ruleChoice("check", p.values.get("rules"), p.values.get("as-of"));
  const out = p.values.get("out");
  if (p.flags.has("freeze") && !out) throw new UsageError("deuz check: --freeze writes the copy given by --out FILE.xlsx");
  if (out && sameFile(out, file)) throw new UsageError("deuz check: --out must name a new file; the input is never written");
  const force = p.flags.has("force");
  // where the copy goes is settled before any work: an existing file without --force, a missing directory
  if (out) checkTarget("check", out, force, lang);
  const data = readInput("check", file, lang);
  let result;
  let rules: RuleOutcome;
  let copy: Buffer | undefined;
  try {
    result = await checkWorkbook(data, file);
    // DE-UZ 228 as checked, the law's rule sets beside it; each finding carries its rule set
    rules = runRules(choice, result.evaluated.inputs, result.findings);
    // decide before printing: the copy is made before the report, so a file ExcelJS cannot read exits 2 alone
    if (out) {
      const workbook = await result.openCopy();
      // every rule set's findings with a cell are marked (DE-UZ 228's carried over unchanged; drafts named so)
      annotate(workbook, [...rules.findings, ...overwrittenFindings(result.overwritten)], result.evaluated, lang);
      if (p.flags.has("freeze")) freeze(workbook, result.evaluated);
      // the writer loads ExcelJS and HyperFormula: only when a copy is asked for (a check starts without them)
      const { wellFormedXlsx } = await import("../workbook/write");
      copy = await wellFormedXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
    }
  } catch (e) {
    if (e instanceof UnusableFile) throw unusableLine("check", e, lang);
    throw e;
  }
  const { evaluated, overwritten } = result;
  const addresses = (f: Finding) => f.cells.map((c) => evaluated.address(c));
  const shown = rules.findings;
  if (p.flags.has("json")) {
    const summary = { pass: 0, fail: 0, missing: 0, not_applicable: 0 };
    for (const f of shown) summary[f.status]++;
    io.out(jsonText({
      file,
      edition: EDITION,
      criteria: shown.map((f) => ({
        id: f.id, ruleSet: f.ruleSet, title: f.title[lang], status: f.status, value: f.value ?? null, limit: f.limit ?? null, cells: addresses(f), message: f.message[lang],
        ...(f.note ? { note: { cells: f.note.cells.map((c) => evaluated.address(c)), message: f.note.message[lang] } } : {}),
      })),
      summary,
      ...ruleSetsJson(rules, lang),
      // the KPIs of (EU) 2024/1364 Annex III with their own definitions, whether or not the report is due (euKpis.ts)
      euKpis: euKpisJson(evaluated.inputs, (c) => evaluated.address(c), lang),
      // cells the template computes, typed over or changed (integrity.ts): the verdicts above stay the engine's
      overwritten: overwritten.map((o) => ({ name: o.name, cell: o.cell, found: o.found, expected: o.expected, ...(o.expectedValue !== undefined ? { expectedValue: o.expectedValue } : {}), message: o.message[lang] })),
    }) + "\n");
  } else {
    io.out(groupedText(rules, (fs) => table(fs, addresses, lang), lang) + overwrittenText(overwritten, lang));
  }
  if (out && copy) {
    writeOutput("check", out, copy, force, lang);
    if (!p.flags.has("json")) io.out(`${lang === "de" ? "Kommentierte Kopie" : "Annotated copy"}: ${out}\n`);
  }
  evaluated.destroy();
  // a workbook that does not show its own figures is not the report: exit 1 as for a criterion not met
  return overwritten.length || shown.some((f) => f.status === "fail" || f.status === "missing") ? 1 : 0;
}
