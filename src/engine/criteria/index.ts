/** Runs the criteria catalogue for the applicant's roles (section 3, Tabelle 1). */
import { criteria } from "./catalogue";
import { answer } from "./read";
import { Finding, Inputs, Role } from "./types";

export * from "./types";
export { criteria } from "./catalogue";

const roleNames: Record<Role, string> = {
  rzBetreiber: "Rolle_RZ_Betreiber",
  rzDienstleister: "Rolle_RZ_Dienstleister",
  itBetreiber: "Rolle_IT_Betreiber",
};

/** The roles answered "Ja" in Stammdaten. */
export function rolesOf(inputs: Inputs): Role[] {
  return (Object.keys(roleNames) as Role[]).filter((r) => answer(inputs, roleNames[r]) === true);
}

export function checkAll(inputs: Inputs, roles: Role[] = rolesOf(inputs)): Finding[] {
  const findings: Finding[] = criteria.map((c) => {
    const base = { id: c.id, title: c.title, anlage: c.anlage };
    if (roles.length === 0) {
      return {
        ...base, status: "missing", cells: Object.values(roleNames).map((name) => ({ name })),
        message: { de: "Abschnitt 3: In Stammdaten mindestens eine Rolle mit „Ja“ wählen.", en: "Section 3: choose at least one role with \"Yes\" in Stammdaten." },
      };
    }
    if (!c.roles.some((r) => roles.includes(r))) {
      return { ...base, status: "not_applicable", cells: [], message: { de: `${c.id} gilt nicht für die gewählten Rollen.`, en: `${c.id} does not apply to the chosen roles.` } };
    }
    return { ...base, ...c.evaluate(inputs) };
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
