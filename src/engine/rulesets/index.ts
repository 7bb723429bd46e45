/**
 * The rule sets a workbook can be judged by, and the check over several of them as of a day: DE-UZ 228 (the label),
 * EnEfG 2023 (the law in force), the EU report of 2024/1364, and the EnEfG draft of 9.4.2026 (never a default).
 */
import { Reader } from "../criteria/reader";
import { Inputs } from "../criteria/types";
import { deUz228 } from "./deuz228";
import { enefg2023RuleSet, enefg2026DraftRuleSet } from "./enefg";
import { eu1364RuleSet } from "./eu1364";
import { runRuleSet, scopeOf } from "./run";
import { RoadmapEntry, RuleSet, RuleSetFinding, Scope } from "./types";

export * from "./types";
export { deUz228, deUz228RuleSet } from "./deuz228";
export { enefg2023RuleSet, enefg2026DraftRuleSet, today } from "./enefg";
export { eu1364RuleSet } from "./eu1364";
export { ruleSetLabel, runRuleSet, scopeOf } from "./run";

/** Every rule set, in the order the output shows them. */
export const ruleSets: RuleSet[] = [deUz228, enefg2023RuleSet, eu1364RuleSet, enefg2026DraftRuleSet];

export function ruleSetById(id: string): RuleSet | undefined {
  return ruleSets.find((r) => r.id === id);
}

/** The rule sets a check runs without `--rules`: every one that is no draft and whose scope applies. */
export function defaultRuleSets(inputs: Inputs, asOf: number): { chosen: RuleSet[]; skipped: { ruleSet: RuleSet; scope: Exclude<Scope, "applies"> }[] } {
  const chosen: RuleSet[] = [];
  const skipped: { ruleSet: RuleSet; scope: Exclude<Scope, "applies"> }[] = [];
  for (const rs of ruleSets) {
    if (rs.draft) continue;
    const s = scopeOf(rs, inputs, { asOf });
    if (s === "applies") chosen.push(rs);
    else skipped.push({ ruleSet: rs, scope: s });
  }
  return { chosen, skipped };
}

export interface RuleSetsResult {
  findings: RuleSetFinding[];
  roadmap: RoadmapEntry[];
}

/** The findings of each rule set (each carrying its id) and the roadmap of those in scope, as of `asOf` (Excel serial). */
export function checkRuleSets(inputs: Inputs, chosen: RuleSet[], asOf: number): RuleSetsResult {
  const findings: RuleSetFinding[] = [];
  const roadmap: RoadmapEntry[] = [];
  for (const rs of chosen) {
    const context = { asOf };
    for (const f of runRuleSet(rs, inputs, context)) findings.push({ ...f, ruleSet: rs.id });
    if (rs.roadmap && scopeOf(rs, inputs, context) === "applies") roadmap.push(...rs.roadmap(new Reader(inputs), context));
  }
  return { findings, roadmap };
}
