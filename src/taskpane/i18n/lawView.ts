/**
 * Texts of the task pane's law view after a check (issue 13): the findings grouped by rule set and the roadmap, German
 * and English alike. Loaded with the groups (components/RuleSets.tsx), not with the pane; the choice's texts are in
 * ./law.ts.
 */
import type { Language } from "../../engine/errors";

export const lawViewDe = {
  groups: {
    /** The summary above the groups (announced once). */
    summary: (fail: number, missing: number, asOf: string) => `${fail} nicht erfüllt, ${missing} mit fehlenden Angaben (Stichtag ${asOf})`,
    allMet: (asOf: string) => `Alle anwendbaren Anforderungen sind erfüllt (Stichtag ${asOf}).`,
    edition: "Fassung",
    scope: { applies: "anwendbar", notApplicable: "nicht anwendbar", unknown: "nicht entscheidbar" },
    /** Why a rule set applies, when it does (its thresholds from the engine). */
    appliesBecause: {
      "de-uz-228": "freiwillig, für die gewählten Rollen",
      "enefg-2023": (kw: number) => `nicht redundante Nennanschlussleistung ab ${kw} kW (§ 3 Nr. 24 EnEfG)`,
      "eu-2024-1364": (kw: number) => `installierte IT-Leistung ab ${kw} kW ((EU) 2024/1364 Art. 1)`,
      "enefg-2026-entwurf": (kw: number) => `nicht redundante Nennanschlussleistung ab ${kw} kW (§ 3 Nr. 24 EnEfG)`,
    },
    draftNote: "ENTWURF, kein geltendes Recht: die Befunde zeigen, was der Entwurf ändern würde.",
  },
  roadmap: {
    title: "Fahrplan: was ab wann gilt",
    intro: (period: string) => `Jede datierte Anforderung mit dem Wert der Arbeitsmappe (${period}) und ob er sie erfüllen würde.`,
    introNoPeriod: "Jede datierte Anforderung mit dem Wert der Arbeitsmappe und ob er sie erfüllen würde.",
    none: "Kein datierter Termin: das Regelwerk ist nicht anwendbar oder seine Anwendbarkeit ist offen (siehe oben).",
    from: (date: string) => `ab ${date}`,
    value: "Wert der Arbeitsmappe",
    noValue: "fehlt",
    met: { yes: "würde erfüllt", no: "würde nicht erfüllt", open: "offen" },
    unverified: "nicht verifiziert",
    /** What each figure of the engine's roadmap is called. */
    figures: { PUE: "PUE", ERF: "ERF", "EE-Anteil": "EE-Anteil", EnMS: "Energiemanagementsystem", Register: "Register", "§ 15": "Kundeninformation" } as Record<string, string>,
    /** The dated duties in words, by criterion id (the engine gives a word limit in German). */
    duties: {
      "EnEfG-12": "Energie- oder Umweltmanagementsystem (§ 12 Abs. 1 EnEfG)",
      "EnEfG-12-certified": "System validiert oder zertifiziert (§ 12 Abs. 3 EnEfG)",
      "EnEfG-13": "Angaben nach Anlage 3 an das Register (§ 13, § 20 Abs. 2 EnEfG)",
      "EnEfG-15": "Jedem Kunden seinen Jahresverbrauch darstellen (§ 15 EnEfG)",
      "3.1.3": "Energieeffizienzbericht zur Abschlussevaluation (aktualisierte Anlage 2) an die RAL gGmbH, 6 Monate vor Vertragsende (DE-UZ 228, 3.1.3)",
    } as Record<string, string>,
    /** EnEfG-13: after the first deadline, every year by 31 March for the year before. */
    registerYearly: (next: string) => `danach jährlich bis 31. März für das Vorjahr; nächste Frist ${next}`,
    /** Where law-notes.md marks a requirement UNVERIFIED or open, said beside the roadmap entry. */
    caveats: {
      annualAverage: "„Jahresdurchschnitt“ ist als Verhältnis der 12-Monats-Summen des Berichtszeitraums gelesen; ob Kalenderjahr oder gleitend, ist nicht belegt (UNVERIFIED).",
      unsubsidised: "Ob der Strom „ungefördert“ sein muss, steht nicht im Gesetzestext, nur in Sekundärquellen (UNVERIFIED).",
      erfDenominator: "Ob DIN EN 50600-4-6 den Strom der Abwärmeaufwertung im Nenner lässt, ist nicht geprüft (UNVERIFIED): mit und ohne ihn gerechnet, offen, wo beide verschieden ausfallen.",
      draftGrace: "Entwurf: die vom Kabinett berichteten 4 statt 2 Jahre für neue Rechenzentren sind nicht belegt (UNVERIFIED) und nicht berücksichtigt.",
      draftRenewable: "Entwurf: ein um 3 Jahre späterer Termin für 100 % erneuerbaren Strom ist nur schwach belegt (UNVERIFIED) und nicht berücksichtigt.",
      registerFirst: "Erste Frist ab 500 kW: gesetzlich 15.05.2024, vom BMWK auf 15.08.2024 verschoben; Untergrenze 300 kW statt der im Gesetzestext genannten 200 kW (§ 3 Nr. 24, BMWK/BAFA).",
    },
  },
};

export type LawViewStrings = typeof lawViewDe;

export const lawViewEn: LawViewStrings = {
  groups: {
    summary: (fail: number, missing: number, asOf: string) => `${fail} not met, ${missing} with missing data (as of ${asOf})`,
    allMet: (asOf: string) => `Every applicable requirement is met (as of ${asOf}).`,
    edition: "Edition",
    scope: { applies: "applies", notApplicable: "not applicable", unknown: "cannot be decided" },
    appliesBecause: {
      "de-uz-228": "voluntary, for the chosen roles",
      "enefg-2023": (kw: number) => `non-redundant rated connection power from ${kw} kW (EnEfG § 3 No. 24)`,
      "eu-2024-1364": (kw: number) => `installed IT power from ${kw} kW ((EU) 2024/1364 Art. 1)`,
      "enefg-2026-entwurf": (kw: number) => `non-redundant rated connection power from ${kw} kW (EnEfG § 3 No. 24)`,
    },
    draftNote: "DRAFT, not law: the findings show what the draft would change.",
  },
  roadmap: {
    title: "Roadmap: what binds when",
    intro: (period: string) => `Each dated requirement with the workbook's figure (${period}) and whether it would meet it.`,
    introNoPeriod: "Each dated requirement with the workbook's figure and whether it would meet it.",
    none: "No dated requirement: the rule set does not apply or whether it applies is open (see above).",
    from: (date: string) => `from ${date}`,
    value: "Workbook's figure",
    noValue: "missing",
    met: { yes: "would be met", no: "would not be met", open: "open" },
    unverified: "not verified",
    figures: { PUE: "PUE", ERF: "ERF", "EE-Anteil": "renewable share", EnMS: "management system", Register: "register", "§ 15": "customer information" },
    duties: {
      "EnEfG-12": "Energy or environmental management system (EnEfG § 12(1))",
      "EnEfG-12-certified": "System validated or certified (EnEfG § 12(3))",
      "EnEfG-13": "Anlage 3 information to the register (EnEfG § 13, § 20(2))",
      "EnEfG-15": "Show each customer their annual energy (EnEfG § 15)",
      "3.1.3": "Energy efficiency report for the final evaluation (updated Anlage 2) to RAL gGmbH, 6 months before the contract ends (DE-UZ 228, 3.1.3)",
    },
    registerYearly: (next: string) => `then every year by 31 March for the year before; next deadline ${next}`,
    caveats: {
      annualAverage: "\"Annual average\" is read as the ratio of the reporting period's 12-month sums; whether a calendar year or a rolling period is meant is not documented (UNVERIFIED).",
      unsubsidised: "Whether the electricity must be \"unsubsidised\" is not in the statute, only in secondary sources (UNVERIFIED).",
      erfDenominator: "Whether DIN EN 50600-4-6 keeps the heat-upgrade electricity in the denominator is not verified (UNVERIFIED): computed with and without it, open where the two differ.",
      draftGrace: "Draft: the cabinet's reported 4 instead of 2 years for new data centres are not verified (UNVERIFIED) and not applied.",
      draftRenewable: "Draft: a 100 % renewable date 3 years later rests on a weak source (UNVERIFIED) and is not applied.",
      registerFirst: "First deadline from 500 kW: 2024-05-15 by statute, moved to 2024-08-15 by BMWK; lower bound 300 kW instead of the 200 kW of the statute's text (§ 3 No. 24, BMWK/BAFA).",
    },
  },
};

export const lawViewStrings: Record<Language, LawViewStrings> = { de: lawViewDe, en: lawViewEn };
