/**
 * DE-UZ 228 (Ausgabe Januar 2023, Version 3) as a rule set: the criteria catalogue (../criteria/catalogue.ts) for the
 * applicant's roles (Abschnitt 3, Tabelle 1), with 3.1.2 summing up the others. The label is voluntary: its scope
 * is whoever applies, so it always applies; its criteria are judged on the workbook's reporting period, not a day.
 */
import { EDITION } from "../edition";
import { criteria } from "../criteria/catalogue";
import { finalReportRoadmap } from "../criteria/finalReport";
import { Reader, unreadableText } from "../criteria/reader";
import { Criterion, Finding, Role } from "../criteria/types";
import { RuleCriterion, RuleSet } from "./types";

export const roleNames: Record<Role, string> = {
  rzBetreiber: "Rolle_RZ_Betreiber",
  rzDienstleister: "Rolle_RZ_Dienstleister",
  itBetreiber: "Rolle_IT_Betreiber",
};

const allRoles = Object.keys(roleNames) as Role[];

/** The catalogue's criterion behind a rule-set criterion (for its roles). */
const byId = new Map<string, Criterion>(criteria.map((c) => [c.id, c]));

/** 3.1.2: the report must document that every requirement that applies is met; a failing criterion outweighs missing data. */
function rollUp312(findings: Finding[]): void {
  const report = findings.find((f) => f.id === "3.1.2");
  if (!report || (report.status !== "pass" && report.status !== "missing")) return;
  const others = findings.filter((f) => f.id !== "3.1.2");
  const failing = others.filter((f) => f.status === "fail").map((f) => f.id);
  const lacking = others.filter((f) => f.status === "missing").map((f) => f.id);
  // its own missing answer stays in front of the list
  const own = (lang: "de" | "en") => (report.status === "missing" ? `${report.message[lang]} ` : "");
  if (failing.length) {
    Object.assign(report, { status: "fail", message: { de: `${own("de")}3.1.2: Nicht erfüllt sind ${failing.join(", ")}.`, en: `${own("en")}3.1.2: not met are ${failing.join(", ")}.` } });
  } else if (lacking.length) {
    Object.assign(report, { status: "missing", message: { de: `${own("de")}3.1.2: Angaben fehlen zu ${lacking.join(", ")}.`, en: `${own("en")}3.1.2: data are missing for ${lacking.join(", ")}.` } });
  }
}

/** DE-UZ 228 for the roles given, or (without) the roles answered yes in Stammdaten. */
export function deUz228RuleSet(roles?: Role[]): RuleSet {
  return {
    id: "de-uz-228",
    title: { de: "Blauer Engel DE-UZ 228 Rechenzentren", en: "Blue Angel DE-UZ 228 data centres" },
    edition: EDITION,
    source: "RAL gGmbH / Umweltbundesamt, Vergabekriterien DE-UZ 228, Ausgabe Januar 2023",
    date: "2023-01-01",
    covers: {
      de: "Die Vergabekriterien des Umweltzeichens (freiwillig): Abschnitt 3 für die gewählten Rollen, beurteilt über den Berichtszeitraum. Versionsnummer und Gültigkeitsende nicht bestätigt (UNVERIFIED, law-notes.md B-1).",
      en: "The eco-label's award criteria (voluntary): section 3 for the chosen roles, judged over the reporting period. Version number and end of validity not confirmed (UNVERIFIED, law-notes.md B-1).",
    },
    scope: () => "applies",
    criteria: criteria.map((c): RuleCriterion => ({ id: c.id, title: c.title, anlage: c.anlage, aggregate: c.aggregate, evaluate: (r) => c.evaluate(r) })),
    gate(c, roleReader: Reader) {
      // a role that cannot be read decides nothing: every criterion waits for it (never "nicht anwendbar" in silence)
      const chosen = roles ?? allRoles.filter((role) => roleReader.yesNo(roleNames[role]) === true);
      const unreadable = roles ? [] : roleReader.problems;
      if (unreadable.length) {
        const texts = unreadable.map((p) => unreadableText(p, roleReader.where(p.cell)));
        return {
          status: "missing", cells: unreadable.map((p) => p.cell),
          message: {
            de: `Abschnitt 3, Tabelle 1: Die Rollen entscheiden, welche Kriterien gelten. ${texts.map((t) => t.de).join(" ")}`,
            en: `Section 3, Tabelle 1: the roles decide which criteria apply. ${texts.map((t) => t.en).join(" ")}`,
          },
        };
      }
      if (chosen.length === 0) {
        return {
          status: "missing", cells: Object.values(roleNames).map((name) => ({ name })),
          message: { de: "Abschnitt 3: In Stammdaten mindestens eine Rolle mit „Ja“ wählen.", en: "Section 3: choose at least one role with \"Yes\" in Stammdaten." },
        };
      }
      const own = byId.get(c.id)!;
      if (!own.roles.some((r) => chosen.includes(r))) {
        return { status: "not_applicable", cells: [], message: { de: `${c.id} gilt nicht für die gewählten Rollen.`, en: `${c.id} does not apply to the chosen roles.` } };
      }
      return null;
    },
    rollUp: rollUp312,
    // 3.1.3: the final report, 6 months before the contract's end where Stammdaten gives it
    roadmap: (r) => finalReportRoadmap(r, "de-uz-228"),
  };
}

/** DE-UZ 228 for the roles in Stammdaten. */
export const deUz228: RuleSet = deUz228RuleSet();
