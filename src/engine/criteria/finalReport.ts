/**
 * DE-UZ 228 3.1.3, Energieeffizienzbericht zur Abschlussevaluation: "Der Zeichennehmer muss spätestens 6 Monate vor
 * Ende der vereinbarten Vertragslaufzeit einen aktualisierten Energieeffizienzbericht vorlegen" (Nachweis: "als
 * aktualisierte Anlage 2 bei der RAL gGmbH"). The contract's end is an optional input of Stammdaten (Vertragsende);
 * given, it dates the report in the roadmap and in 3.1.3's message. 3.1.3 itself stays *nicht anwendbar* in an
 * application: the report is handed in at the contract's end, which no workbook can show.
 */
import { edate, toIsoDate } from "../dates";
import { Text } from "../errors";
import { germanDate } from "../rulesets/enefgParams";
import type { RoadmapEntry } from "../rulesets/types";
import { cellRef, Reader, unreadableText } from "./reader";
import { CellRef } from "./types";

/** The defined name of the contract's end (Stammdaten). */
export const CONTRACT_END = "Vertragsende";
/** "spätestens 6 Monate vor Ende der vereinbarten Vertragslaufzeit" */
export const FINAL_REPORT_MONTHS_BEFORE = 6;

/** The last day for the final report: the contract's end 6 months earlier (Excel's EDATE, a shorter month's last day). */
export const finalReportDue = (contractEnd: number): number => edate(contractEnd, -FINAL_REPORT_MONTHS_BEFORE);

const NOT_YET: Text = { de: "3.1.3 gilt erst 6 Monate vor Ende der Vertragslaufzeit.", en: "3.1.3 applies only 6 months before the contract ends." };

/**
 * 3.1.3's message: not applicable in an application; with the contract's end, when the report is due; with a cell
 * that holds no date, which cell and what to enter (the due date cannot be given, never in silence).
 */
export function finalReportNote(r: Reader): { cells: CellRef[]; message: Text } {
  const end = r.date(CONTRACT_END);
  const at = cellRef(CONTRACT_END);
  if (end !== null) {
    const due = finalReportDue(end);
    return {
      cells: [at],
      message: {
        de: `${NOT_YET.de} Vertragsende ${germanDate(end)}: den Energieeffizienzbericht zur Abschlussevaluation (aktualisierte Anlage 2) spätestens am ${germanDate(due)} bei der RAL gGmbH vorlegen.`,
        en: `${NOT_YET.en} Contract end ${toIsoDate(end)}: hand in the energy efficiency report for the final evaluation (updated Anlage 2) to RAL gGmbH by ${toIsoDate(due)} at the latest.`,
      },
    };
  }
  const problem = r.problems.find((p) => p.cell.name === CONTRACT_END);
  if (!problem) return { cells: [], message: NOT_YET };
  const why = unreadableText(problem, r.where(at));
  return {
    cells: [at],
    message: {
      de: `${NOT_YET.de} Der Abgabetermin des Abschlussberichts ist nicht bestimmbar: ${why.de}`,
      en: `${NOT_YET.en} The final report's due date cannot be given: ${why.en}`,
    },
  };
}

/** The roadmap's entry: the final report by its due date, when the contract's end is given (met: unknown to the workbook). */
export function finalReportRoadmap(r: Reader, ruleSet: string): RoadmapEntry[] {
  const end = r.date(CONTRACT_END);
  if (end === null) return [];
  return [{ ruleSet, id: "3.1.3", from: toIsoDate(finalReportDue(end)), limit: "aktualisierte Anlage 2", comparison: "=", figure: "Abschlussbericht", value: null, met: null }];
}
