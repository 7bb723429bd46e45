/**
 * The Energieeffizienzbericht of a workbook (3.1.2): the model from the inputs and the findings (model.ts), its
 * charts (charts.ts, svg.ts) and one self-contained HTML file (html.ts). No file, no process, no DOM here.
 */
import { Inputs } from "../engine/criteria/types";
import { reportHtml } from "./html";
import { buildReport, ReportFinding, ReportOptions } from "./model";

export { buildReport, DEUZ_228 } from "./model";
export type { IntegrityItem, ReportFinding, ReportModel, ReportOptions, RoadmapEntry, RuleSet } from "./model";
export { chartsOf } from "./charts";
export { seriesOf } from "./series";
export { chartSvg } from "./svg";

export function renderReport(inputs: Inputs, findings: ReportFinding[], options: ReportOptions): string {
  return reportHtml(buildReport(inputs, findings, options));
}
