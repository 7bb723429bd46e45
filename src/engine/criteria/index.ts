/** Runs the criteria catalogue for the applicant's roles (section 3, Tabelle 1). */
import { criteria } from "./catalogue";
import { Reader, unreadableText, withUnreadable } from "./reader";
import { Finding, Inputs, Role } from "./types";

export * from "./types";
export { criteria } from "./catalogue";

export const roleNames: Record<Role, string> = {
  rzBetreiber: "Rolle_RZ_Betreiber",
  rzDienstleister: "Rolle_RZ_Dienstleister",
  itBetreiber: "Rolle_IT_Betreiber",
};

/** The roles answered yes in Stammdaten ("Ja", "ja", "Yes" … as the reading layer reads them). */
export function rolesOf(inputs: Inputs): Role[] {
  const r = new Reader(inputs);
  return (Object.keys(roleNames) as Role[]).filter((role) => r.yesNo(roleNames[role]) === true);
}

export function checkAll(inputs: Inputs, roles?: Role[]): Finding[] {
  // a role that cannot be read decides nothing: every criterion waits for it (never "nicht anwendbar" in silence)
  const roleReader = new Reader(inputs);
  const chosen = roles ?? (Object.keys(roleNames) as Role[]).filter((role) => roleReader.yesNo(roleNames[role]) === true);
  const unreadableRoles = roles ? [] : roleReader.problems;
  const findings: Finding[] = criteria.map((c) => {
    const base = { id: c.id, title: c.title, anlage: c.anlage };
    if (unreadableRoles.length) {
      const texts = unreadableRoles.map((p) => unreadableText(p, roleReader.where(p.cell)));
      return {
        ...base, status: "missing", cells: unreadableRoles.map((p) => p.cell),
        message: {
          de: `Abschnitt 3, Tabelle 1: Die Rollen entscheiden, welche Kriterien gelten. ${texts.map((t) => t.de).join(" ")}`,
          en: `Section 3, Tabelle 1: the roles decide which criteria apply. ${texts.map((t) => t.en).join(" ")}`,
        },
      };
    }
    if (chosen.length === 0) {
      return {
        ...base, status: "missing", cells: Object.values(roleNames).map((name) => ({ name })),
        message: { de: "Abschnitt 3: In Stammdaten mindestens eine Rolle mit „Ja“ wählen.", en: "Section 3: choose at least one role with \"Yes\" in Stammdaten." },
      };
    }
    if (!c.roles.some((r) => chosen.includes(r))) {
      return { ...base, status: "not_applicable", cells: [], message: { de: `${c.id} gilt nicht für die gewählten Rollen.`, en: `${c.id} does not apply to the chosen roles.` } };
    }
    const reader = new Reader(inputs);
    return { ...base, ...withUnreadable(c.id, c.evaluate(reader), reader, c.aggregate) };
  });
  // 3.1.2: the report must document that every requirement that applies at application is met; its own
  // finding (the scope of Abschnitt 2) comes first, a failing criterion outweighs missing data
  const report = findings.find((f) => f.id === "3.1.2")!;
  if (report.status === "pass" || report.status === "missing") {
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
  return findings;
}
