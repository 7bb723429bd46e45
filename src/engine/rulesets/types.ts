/**
 * A rule set as a value (design review § 4.1): DE-UZ 228, the Energieeffizienzgesetz and the EU data-centre
 * report judge the same workbook, each with its id, edition, source, date, scope, criteria and roll-up, and each
 * criterion judged as of a date. A finding carries the rule set it belongs to.
 */
import { Text } from "../errors";
import type { Reader } from "../criteria/reader";
import { CellRef, Evaluation, Finding } from "../criteria/types";

/** What a criterion of a rule set knows besides the workbook: the day it is judged on (an Excel serial). */
export interface Context {
  asOf: number;
}

/** Whether a rule set's scope takes the data centre in, and why not. */
export type Scope =
  | "applies"
  | { notApplicable: Text }
  /** The scope cannot be decided: a cell it needs is blank or unreadable. */
  | { unknown: Text; cells: CellRef[] };

export interface RuleCriterion {
  /** Stable id, used in JSON and the pane ("3.2.7", "EnEfG-11-1", "EU-1364"). */
  id: string;
  title: Text;
  /** Where the user documents it: a sheet of the template ("Anlage 3.9", "Gesetz EnEfG-EU"). */
  anlage: string;
  /** A verdict over many cells: a fail that rests on a cell not read becomes *fehlt* (reader.ts withUnreadable). */
  aggregate?: boolean;
  evaluate(reader: Reader, context: Context): Evaluation;
}

/** One dated requirement: from when it binds, its limit, the workbook's figure, and whether it would be met. */
export interface RoadmapEntry {
  ruleSet: string;
  id: string;
  /** ISO date from which it binds. */
  from: string;
  /** What it asks: a number (PUE ≤ 1.5, share ≥ 0.5) or words ("ISO 50001 / EMAS"). */
  limit: number | string;
  /** "≤", "≥" or "=" (a requirement that is met or not). */
  comparison: "≤" | "≥" | "=";
  /** What is compared: "PUE", "ERF", "EE-Anteil" … */
  figure: string;
  value: number | string | null;
  /** null where the figure is missing. */
  met: boolean | null;
  /** The period the figure comes from, for the message ("01.01.2025-31.12.2025"). */
  period?: string;
}

export interface RuleSet {
  /** "de-uz-228", "enefg-2023", "eu-2024-1364", "enefg-2026-entwurf". */
  id: string;
  title: Text;
  edition: string;
  /** Where the rules come from (the official text), for the report. */
  source: string;
  /** The date of that text (ISO). */
  date: string;
  /** A draft: never a default, and marked wherever it shows. */
  draft?: boolean;
  /** What the rule set covers and what could not be verified, for the docs and `--json`. */
  covers: Text;
  scope(reader: Reader, context: Context): Scope;
  criteria: RuleCriterion[];
  /**
   * Per criterion, before it is judged: a finding that stands instead (DE-UZ 228: the roles of Tabelle 1), or null
   * to judge it.
   */
  gate?(criterion: RuleCriterion, inputsReader: Reader): Evaluation | null;
  /** After all criteria are judged: a criterion that sums up the others (DE-UZ 228: 3.1.2). Mutates findings. */
  rollUp?(findings: Finding[]): void;
  /** The dated requirements and whether the workbook's figures would meet them. */
  roadmap?(reader: Reader, context: Context): RoadmapEntry[];
}

export interface RuleSetFinding extends Finding {
  ruleSet: string;
}
