/**
 * Texts of the task pane's law view (issue 13: "which rule sets to check, findings grouped by rule set, the roadmap"),
 * German and English alike: here the choice in the check tab (loaded with the pane), in ./lawView.ts the groups and
 * the roadmap (loaded after a check). The rule sets' own titles, editions and messages come from the engine
 * (src/engine/rulesets/); here is only what the pane says around them.
 */
import type { Language } from "../../engine/errors";

/** The rule sets the pane offers, in the order the engine's `ruleSets` lists them (test/taskpane/rulesets.test.ts). */
export const RULE_SET_IDS = ["de-uz-228", "enefg-2023", "eu-2024-1364", "enefg-2026-entwurf"] as const;
export type RuleSetId = (typeof RULE_SET_IDS)[number];
/** Never a default and marked wherever it shows (issue 13). */
export const DRAFT_ID: RuleSetId = "enefg-2026-entwurf";
/** What the pane checks until the user chooses otherwise (the brief: DE-UZ 228). */
export const DEFAULT_RULE_SETS: RuleSetId[] = ["de-uz-228"];

export const lawDe = {
  choice: {
    legend: "Regelwerke",
    /** The short name of each rule set, in the choice, the group headings and the roadmap. */
    names: {
      "de-uz-228": "Blauer Engel DE-UZ 228",
      "enefg-2023": "EnEfG 2023 (geltendes Recht)",
      "eu-2024-1364": "EU-Bericht (EU) 2024/1364",
      "enefg-2026-entwurf": "EnEfG-Novelle 2026",
    } as Record<RuleSetId, string>,
    hints: {
      "de-uz-228": "Freiwilliges Umweltzeichen, Ausgabe Januar 2023: Abschnitt 3 für die Rollen in Stammdaten.",
      "enefg-2023": "Geltendes Recht für Rechenzentren ab 300 kW nicht redundanter Nennanschlussleistung (§ 3 Nr. 24).",
      "eu-2024-1364": "EU-Rechenzentrumsbericht ab 500 kW installierter IT-Leistung: Angaben vollständig?",
      "enefg-2026-entwurf": "Referentenentwurf vom 09.04.2026, kein geltendes Recht: zeigt, was die Novelle ändern würde.",
    } as Record<RuleSetId, string>,
    draft: "Entwurf",
    none: "Mindestens ein Regelwerk wählen, dann erneut prüfen.",
    asOf: "Stichtag",
    asOfHint: "Die Pflichten des EnEfG und des EU-Berichts gelten je ab einem Tag; leer: heute. DE-UZ 228 wird über den Berichtszeitraum beurteilt.",
    asOfInvalid: "Ein Datum eingeben (TT.MM.JJJJ) oder leer lassen für heute.",
  },
};

export type LawStrings = typeof lawDe;

export const lawEn: LawStrings = {
  choice: {
    legend: "Rule sets",
    names: {
      "de-uz-228": "Blue Angel DE-UZ 228",
      "enefg-2023": "EnEfG 2023 (law in force)",
      "eu-2024-1364": "EU report (EU) 2024/1364",
      "enefg-2026-entwurf": "EnEfG amendment 2026",
    },
    hints: {
      "de-uz-228": "Voluntary eco-label, edition January 2023: section 3 for the roles in Stammdaten.",
      "enefg-2023": "The law in force for data centres from 300 kW non-redundant rated connection power (§ 3 No. 24).",
      "eu-2024-1364": "EU data-centre report from 500 kW installed IT power: is every item there?",
      "enefg-2026-entwurf": "Ministry draft of 2026-04-09, not law: shows what the amendment would change.",
    },
    draft: "Draft",
    none: "Choose at least one rule set, then check again.",
    asOf: "As of",
    asOfHint: "The duties of the EnEfG and the EU report each bind from a day; blank: today. DE-UZ 228 is judged over the reporting period.",
    asOfInvalid: "Enter a date or leave it blank for today.",
  },
};

export const lawStrings: Record<Language, LawStrings> = { de: lawDe, en: lawEn };
