/** Runs the criteria catalogue for the applicant's roles (section 3, Tabelle 1): DE-UZ 228 as a rule set. */
import { deUz228RuleSet, roleNames } from "../rulesets/deuz228";
import { runRuleSet } from "../rulesets/run";
import { Reader } from "./reader";
import { Finding, Inputs, Role } from "./types";

export * from "./types";
export { criteria } from "./catalogue";

export { roleNames };

/** The roles answered yes in Stammdaten ("Ja", "ja", "Yes" … as the reading layer reads them). */
export function rolesOf(inputs: Inputs): Role[] {
  const r = new Reader(inputs);
  return (Object.keys(roleNames) as Role[]).filter((role) => r.yesNo(roleNames[role]) === true);
}

/** DE-UZ 228's findings (the rule set of ../rulesets/deuz228.ts) for the roles given or those in Stammdaten. */
export function checkAll(inputs: Inputs, roles?: Role[]): Finding[] {
  return runRuleSet(deUz228RuleSet(roles), inputs, { asOf: 0 });
}
