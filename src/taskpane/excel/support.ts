/**
 * Which Office requirement sets each button needs, checked with Office.context.requirements.isSetSupported before
 * any call (https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements).
 * The manifest asks only for what the custom functions need (SharedRuntime 1.1, CustomFunctionsRuntime 1.1), so a
 * host without a set still loads the add-in; the button then says in the pane's language what is missing.
 *
 * Sets, from the office-js reference (https://learn.microsoft.com/javascript/api/excel):
 * - insertWorksheetsFromBase64 ExcelApi 1.13 (Excel.Workbook); not on iPad.
 * - names.getItemOrNullObject, NamedItem.getRangeOrNullObject, getUsedRangeOrNullObject, Range.cellCount ExcelApi 1.4.
 * - WorksheetProtection.protected/options/protect/unprotect ExcelApi 1.2, allowEditObjects ExcelApi 1.7.
 * - RangeFill.pattern/patternColor/tintAndShade/patternTintAndShade ExcelApi 1.9.
 * - Workbook.notes, Worksheet.notes, Note.content ExcelApi 1.18.
 * - Excel.createWorkbook ExcelApi 1.8; Document.getFileAsync(Compressed) File 1.1 + CompressedFile 1.1
 *   (Excel on the web hands out only PDF: https://learn.microsoft.com/javascript/api/office/office.document#office-office-document-getfileasync-member(1)).
 */
import type { Language, Text } from "../../engine/errors";
import { strings } from "../i18n";
import { PaneError } from "../messages";

export type Feature = "insert" | "check" | "marks" | "notes" | "export" | "scenario" | "example" | "reenter";

export const requirements: Record<Feature, [set: string, version: string][]> = {
  insert: [["ExcelApi", "1.13"]],
  check: [["ExcelApi", "1.4"]],
  marks: [["ExcelApi", "1.9"]],
  notes: [["ExcelApi", "1.18"]],
  export: [["ExcelApi", "1.8"], ["File", "1.1"], ["CompressedFile", "1.1"]],
  scenario: [["ExcelApi", "1.4"]],
  // Excel.createWorkbook(base64)
  example: [["ExcelApi", "1.8"]],
  // getUsedRangeOrNullObject, Range.valueTypes; protection state and options
  reenter: [["ExcelApi", "1.4"]],
};

/** The requirement sets of `feature` the host lacks (empty: all there). */
export function missingSets(feature: Feature): string[] {
  return missingOf(requirements[feature]);
}

/** Which of `sets` the host lacks (a button outside the Feature table, e.g. "Diagramme einfügen", asks this). */
export function missingOf(sets: [set: string, version: string][]): string[] {
  const req = (globalThis as { Office?: typeof Office }).Office?.context?.requirements;
  return sets
    .filter(([set, version]) => {
      try {
        return !req?.isSetSupported(set, version);
      } catch {
        return true;
      }
    })
    .map(([set, version]) => `${set} ${version}`);
}

export const supported = (feature: Feature) => missingSets(feature).length === 0;

/** A button the host cannot run: names the button and the missing sets and says what to do, in both languages. */
export class UnsupportedError extends PaneError {
  constructor(readonly feature: Feature, readonly missing: string[], lang: Language) {
    super(featureText(feature, missing), lang);
    this.name = "UnsupportedError";
  }
}

function featureText(feature: Feature, missing: string[]): Text {
  const one = (lang: Language) => {
    const e = strings[lang].errors;
    return e.unsupported(e.features[feature], missing.join(", "), e.hints[feature]);
  };
  return { de: one("de"), en: one("en") };
}

/** Throws an UnsupportedError naming the missing sets, before anything is sent to Excel. */
export function requireFeature(feature: Feature, lang: Language): void {
  const missing = missingSets(feature);
  if (missing.length) throw new UnsupportedError(feature, missing, lang);
}
