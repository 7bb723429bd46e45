/**
 * `deuz check`'s rule sets (issue 13): `--rules de-uz-228,enefg-2023,eu-2024-1364` and `--as-of YYYY-MM-DD` read,
 * the law's findings beside DE-UZ 228's, grouped by rule set in the table, with the roadmap of dated requirements.
 * Without `--rules`: every rule set that is no draft and whose scope applies; one whose scope cannot be decided is
 * named with the cell to fill.
 */
import { Finding, Inputs } from "../engine/criteria";
import { Reader } from "../engine/criteria/reader";
import { parseIsoDate, serial, toIsoDate } from "../engine/dates";
import { germanDate } from "../engine/rulesets/enefgParams";
import { roadmapNumbers } from "../engine/rulesets/roadmapText";
import {
  checkRuleSets, defaultRuleSets, RoadmapEntry, RuleSet, ruleSetById, ruleSetLabel, ruleSets, RuleSetFinding, Scope, today,
} from "../engine/rulesets";
import { UsageError } from "./io";

type Lang = "de" | "en";

export interface RuleChoice {
  /** Rule sets named by --rules, or null for the default. */
  named: RuleSet[] | null;
  asOf: number;
}

/** `--rules` and `--as-of` as given (exit 2 with one line when they name nothing known). */
export function ruleChoice(command: string, rules: string | undefined, asOf: string | undefined): RuleChoice {
  let day = today();
  if (asOf !== undefined) {
    if (!parseIsoDate(asOf)) throw new UsageError(`deuz ${command}: --as-of is a date YYYY-MM-DD, not ${asOf}`);
    day = serial(asOf);
  }
  if (rules === undefined) return { named: null, asOf: day };
  const ids = rules.split(",").map((s) => s.trim()).filter(Boolean);
  const unknown = ids.filter((id) => !ruleSetById(id));
  if (unknown.length || !ids.length) {
    throw new UsageError(`deuz ${command}: --rules takes ${ruleSets.map((r) => r.id).join(", ")} (comma-separated), not ${unknown.join(",") || rules}`);
  }
  return { named: [...new Set(ids)].map((id) => ruleSetById(id)!), asOf: day };
}

export interface RuleOutcome {
  chosen: RuleSet[];
  /** Left out of the default: out of scope or not decidable (with the reason). */
  skipped: { ruleSet: RuleSet; scope: Exclude<Scope, "applies"> }[];
  findings: RuleSetFinding[];
  roadmap: RoadmapEntry[];
  asOf: number;
}

/**
 * Every chosen rule set's findings as of the day. DE-UZ 228's are the ones the check made (`deuz`), carried over
 * unchanged, so the integrity check and --out see the same.
 */
export function runRules(choice: RuleChoice, inputs: Inputs, deuz: Finding[]): RuleOutcome {
  const base = choice.named ? { chosen: choice.named, skipped: [] } : defaultRuleSets(inputs, choice.asOf);
  const law = base.chosen.filter((r) => r.id !== "de-uz-228");
  const result = checkRuleSets(inputs, law, choice.asOf);
  const findings: RuleSetFinding[] = [];
  for (const rs of base.chosen) {
    if (rs.id === "de-uz-228") findings.push(...deuz.map((f) => ({ ...f, ruleSet: rs.id })));
    else findings.push(...result.findings.filter((f) => f.ruleSet === rs.id));
  }
  // DE-UZ 228's dated requirement (3.1.3's final report, where Stammdaten gives the contract's end) before the law's;
  // its findings are the check's, so only its roadmap is asked for
  const deUz = base.chosen.find((r) => r.id === "de-uz-228");
  const own = deUz?.roadmap ? deUz.roadmap(new Reader(inputs), { asOf: choice.asOf }) : [];
  return { ...base, findings, roadmap: [...own, ...result.roadmap], asOf: choice.asOf };
}

/** The rule sets in --json: id, title, edition, source, date, whether a draft, and what it covers. */
export function ruleSetsJson(o: RuleOutcome, lang: Lang) {
  return {
    asOf: toIsoDate(o.asOf),
    ruleSets: o.chosen.map((r) => ({ id: r.id, title: ruleSetLabel(r)[lang], edition: r.edition, source: r.source, date: r.date, draft: Boolean(r.draft), covers: r.covers[lang] })),
    skipped: o.skipped.map((s) => ({ id: s.ruleSet.id, reason: ("notApplicable" in s.scope ? s.scope.notApplicable : s.scope.unknown)[lang] })),
    roadmap: o.roadmap.map((e) => ({ ruleSet: e.ruleSet, id: e.id, from: e.from, limit: e.limit, comparison: e.comparison, figure: e.figure, value: e.value, met: e.met, period: e.period })),
  };
}

/** "ab 01.07.2027 PUE ≤ 1,5: 1,32 ✓" / "from 2027-07-01 PUE ≤ 1.5: 1.32 ✓"; shares in percent; "?" without a figure. */
export function roadmapLine(e: RoadmapEntry, lang: Lang): string {
  const { limit, value } = roadmapNumbers(e, lang);
  const from = lang === "de" ? `ab ${germanDate(serial(e.from))}` : `from ${e.from}`;
  const figure = e.figure === "EE-Anteil" ? (lang === "de" ? "EE-Anteil" : "renewable share") : e.figure;
  const mark = e.met === true ? "✓" : e.met === false ? "✗" : "?";
  return `${from} ${figure} ${e.comparison} ${limit}: ${value ?? "?"} ${mark}  (${e.id})`;
}

/** A scope every criterion shares ("fehlt: § 3 Nr. 24 …") said once: repeated lines of a table's text dropped. */
function once(text: string): string {
  const seen = new Set<string>();
  return text.split("\n").filter((line) => {
    if (!/^\S.*: /.test(line) || line.startsWith(" ")) return true;
    if (seen.has(line)) return false;
    seen.add(line);
    return true;
  }).join("\n");
}

/** The findings table per rule set (each under its heading; a draft marked), then the roadmap and what was left out. */
export function groupedText(o: RuleOutcome, table: (findings: Finding[]) => string, lang: Lang): string {
  const out: string[] = [];
  const asOf = lang === "de" ? germanDate(o.asOf) : toIsoDate(o.asOf);
  for (const rs of o.chosen) {
    const label = ruleSetLabel(rs)[lang];
    const head = rs.id === "de-uz-228" ? `${label} (${rs.edition})` : `${label}: ${rs.edition}, ${lang === "de" ? "Stichtag" : "as of"} ${asOf}`;
    out.push(head, "=".repeat(Math.min(head.length, 100)), once(table(o.findings.filter((f) => f.ruleSet === rs.id))));
  }
  const roadmap = o.roadmap.filter((e) => o.chosen.some((r) => r.id === e.ruleSet));
  if (roadmap.length) {
    const head = lang === "de" ? "Fahrplan: was ab wann gilt (Kennzahlen des Berichtszeitraums)" : "Roadmap: what binds when (figures of the reporting period)";
    out.push(head, "-".repeat(head.length));
    for (const rs of o.chosen) {
      const own = roadmap.filter((e) => e.ruleSet === rs.id);
      if (!own.length) continue;
      if (rs.draft || o.chosen.filter((r) => roadmap.some((e) => e.ruleSet === r.id)).length > 1) out.push(`${ruleSetLabel(rs)[lang]}:`);
      out.push(...own.map((e) => roadmapLine(e, lang)));
    }
    out.push("");
  }
  for (const s of o.skipped) {
    const why = "notApplicable" in s.scope ? s.scope.notApplicable : s.scope.unknown;
    out.push(`${lang === "de" ? "Nicht geprüft" : "Not checked"}: ${ruleSetLabel(s.ruleSet)[lang]}. ${why[lang]}`);
  }
  if (o.skipped.length) out.push("");
  return out.join("\n");
}
