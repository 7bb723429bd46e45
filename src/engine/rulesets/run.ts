/** Runs a rule set over a workbook's inputs as of a day: scope, then each criterion (gate, evaluate), then the roll-up. */
import { Text } from "../errors";
import { Reader, withUnreadable } from "../criteria/reader";
import { Finding, Inputs } from "../criteria/types";
import { Context, RuleSet, Scope } from "./types";

/** The rule set's scope for these inputs (read through a reader of its own). */
export function scopeOf(ruleSet: RuleSet, inputs: Inputs, context: Context): Scope {
  return ruleSet.scope(new Reader(inputs), context);
}

/**
 * Every criterion of the rule set as a finding. Outside its scope every criterion is *nicht anwendbar* saying why;
 * a scope that cannot be decided makes every criterion *fehlt*, naming the cell.
 */
export function runRuleSet(ruleSet: RuleSet, inputs: Inputs, context: Context): Finding[] {
  const scope = scopeOf(ruleSet, inputs, context);
  const findings: Finding[] = ruleSet.criteria.map((c) => {
    const base = { id: c.id, title: c.title, anlage: c.anlage };
    if (scope !== "applies") {
      if ("notApplicable" in scope) return { ...base, status: "not_applicable", cells: [], message: scope.notApplicable };
      return { ...base, status: "missing", cells: scope.cells, message: scope.unknown };
    }
    const gated = ruleSet.gate?.(c, new Reader(inputs));
    if (gated) return { ...base, ...gated };
    const reader = new Reader(inputs);
    return { ...base, ...withUnreadable(c.id, c.evaluate(reader, context), reader, c.aggregate) };
  });
  if (scope === "applies") ruleSet.rollUp?.(findings);
  return findings;
}

/** "EnEfG 2023 (BGBl. 2023 I Nr. 309)", with "ENTWURF"/"DRAFT" in front of a draft. */
export function ruleSetLabel(ruleSet: RuleSet): Text {
  const draft = ruleSet.draft ? { de: "ENTWURF, kein geltendes Recht: ", en: "DRAFT, not law: " } : { de: "", en: "" };
  return { de: `${draft.de}${ruleSet.title.de}`, en: `${draft.en}${ruleSet.title.en}` };
}
