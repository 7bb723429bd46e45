/**
 * The task pane's law view (issue 13): the rule sets the user chose, judged as of a day through the engine's rule
 * sets (src/engine/rulesets/) on the inputs the check's one sync read (excel/check.ts), grouped by rule set with each
 * group's scope verdict, and the roadmap of the dated requirements sorted by date. DE-UZ 228's group holds the
 * findings the check made (criteria and the integrity of 3.1.2), as `deuz check` carries them over (cli/rulesets.ts).
 * No Office code here: test/taskpane/rulesets.test.ts runs it on plain inputs.
 */
import type { Finding } from "../engine/criteria";
import { months } from "../engine/criteria/figures";
import { Reader } from "../engine/criteria/reader";
import type { CellRef, Inputs } from "../engine/criteria/types";
import { compareIso, parseIsoDate, serial, toIsoDate } from "../engine/dates";
import type { Text } from "../engine/errors";
import { checkRuleSets, RoadmapEntry, RuleSetFinding, ruleSets, scopeOf, today } from "../engine/rulesets";
import { enefg2023 } from "../engine/rulesets/enefgParams";
import { EU_SCOPE_KW } from "../engine/rulesets/eu1364";
import { periodText } from "../engine/rulesets/lawFigures";
import type { LawViewStrings } from "./i18n/lawView";

/** What the user chose in the check tab: rule set ids, and the day (ISO "2027-07-01"; blank: today). */
export interface LawRequest {
  ruleSets: string[];
  asOf?: string;
}

export type GroupScope = { applies: true } | { notApplicable: Text } | { unknown: Text; cells: CellRef[] };

export interface RuleSetGroup {
  id: string;
  title: Text;
  edition: string;
  draft: boolean;
  /** The non-redundant connection power (EnEfG) or IT power (EU) from which it applies, for "anwendbar: …". */
  scopeKw?: number;
  scope: GroupScope;
  findings: RuleSetFinding[];
}

export interface LawView {
  /** The day judged (Excel serial). */
  asOf: number;
  groups: RuleSetGroup[];
  /** The dated requirements of the groups in scope, sorted by date (stable: a rule set's own order within a day). */
  roadmap: RoadmapEntry[];
  /** The reporting period the roadmap's figures come from. */
  period: Text;
}

/** The day asked for, or today when blank or not a date (the pane's field says so). */
export function asOfSerial(asOf: string | undefined): number {
  return asOf && parseIsoDate(asOf) ? serial(asOf) : today();
}

/** The rule sets asked for, in the engine's order (the order `deuz check` shows them); unknown ids left out. */
function chosen(ids: string[]) {
  return ruleSets.filter((r) => ids.includes(r.id));
}

/** Every chosen rule set judged on `inputs` as of the day; `deuz` are the check's DE-UZ 228 findings. */
export function judgeRuleSets(inputs: Inputs, deuz: Finding[], request: LawRequest): LawView {
  const asOf = asOfSerial(request.asOf);
  const sets = chosen(request.ruleSets);
  const law = sets.filter((r) => r.id !== "de-uz-228");
  const result = checkRuleSets(inputs, law, asOf);
  const groups = sets.map((rs): RuleSetGroup => {
    const scope = rs.id === "de-uz-228" ? "applies" : scopeOf(rs, inputs, { asOf });
    const findings = rs.id === "de-uz-228" ? deuz.map((f) => ({ ...f, ruleSet: rs.id })) : result.findings.filter((f) => f.ruleSet === rs.id);
    return {
      id: rs.id, title: rs.title, edition: rs.edition, draft: Boolean(rs.draft),
      scopeKw: rs.id === "eu-2024-1364" ? EU_SCOPE_KW : rs.id.startsWith("enefg") ? enefg2023.scopeKw : undefined,
      scope: scope === "applies" ? { applies: true } : scope,
      findings,
    };
  });
  const order = new Map(sets.map((r, i) => [r.id, i]));
  // DE-UZ 228's dated requirement (3.1.3's final report, where Stammdaten gives the contract's end), as deuz check has it
  const deUz = sets.find((r) => r.id === "de-uz-228");
  const own = deUz?.roadmap ? deUz.roadmap(new Reader(inputs), { asOf }) : [];
  const roadmap = [...own, ...result.roadmap]
    .map((e, i) => ({ e, i }))
    .sort((a, b) => compareIso(a.e.from, b.e.from) || order.get(a.e.ruleSet)! - order.get(b.e.ruleSet)! || a.i - b.i)
    .map(({ e }) => e);
  return { asOf, groups, roadmap, period: periodText(months(new Reader(inputs))) };
}

/** The findings the pane lists and marks: every group's, in the groups' order. */
export function shownFindings(view: LawView): RuleSetFinding[] {
  return view.groups.flatMap((g) => g.findings);
}

export type Caveat = keyof LawViewStrings["roadmap"]["caveats"];

/**
 * Where law-notes.md marks a roadmap entry's reading UNVERIFIED or open (§ 1.2 observation on "Jahresdurchschnitt",
 * E-11-5 "ungefördert", § 5 example 5 on the ERF's denominator, N-2 on the draft, § 1.5 on § 20(2)).
 */
export function caveatsOf(e: RoadmapEntry, draft: boolean): Caveat[] {
  const out: Caveat[] = [];
  if (e.figure === "PUE" || e.figure === "ERF" || e.figure === "EE-Anteil") out.push("annualAverage");
  if (e.id === "EnEfG-11-5") out.push(...(draft ? (["unsubsidised", "draftRenewable"] as const) : (["unsubsidised"] as const)));
  if (e.id === "EnEfG-11-2-ERF") out.push("erfDenominator");
  if (draft && e.id.startsWith("EnEfG-11-2")) out.push("draftGrace");
  if (e.id === "EnEfG-13") out.push("registerFirst");
  return out;
}

/** EnEfG-13: the next 31 March on or after the day judged (§ 13(1): every year for the year before). */
export function nextRegisterDeadline(asOf: number): number {
  const year = Number(toIsoDate(asOf).slice(0, 4));
  const thisYear = serial(`${year}-03-31`);
  return asOf <= thisYear ? thisYear : serial(`${year + 1}-03-31`);
}

/** A dated duty in words (law.ts `duties`): § 12(1) and § 12(3) are both EnEfG-12, told apart by their day. */
export function dutyOf(e: RoadmapEntry): string | undefined {
  if (e.comparison !== "=") return undefined;
  return e.id === "EnEfG-12" && e.from === toIsoDate(enefg2023.certifiedFrom) ? "EnEfG-12-certified" : e.id;
}
