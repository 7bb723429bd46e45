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
export type Feature = "insert" | "check" | "marks" | "notes" | "export" | "scenario";

export const requirements: Record<Feature, [set: string, version: string][]> = {
  insert: [["ExcelApi", "1.13"]],
  check: [["ExcelApi", "1.4"]],
  marks: [["ExcelApi", "1.9"]],
  notes: [["ExcelApi", "1.18"]],
  export: [["ExcelApi", "1.8"], ["File", "1.1"], ["CompressedFile", "1.1"]],
  scenario: [["ExcelApi", "1.4"]],
};

/** The requirement sets of `feature` the host lacks (empty: all there). */
export function missingSets(feature: Feature): string[] {
  const req = (globalThis as { Office?: typeof Office }).Office?.context?.requirements;
  return requirements[feature]
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

const what: Record<Feature, { de: string; en: string }> = {
  insert: { de: "Vorlage einfügen", en: "Insert template" },
  check: { de: "Prüfen", en: "Check" },
  marks: { de: "Markieren", en: "Marking" },
  notes: { de: "Notizen", en: "Notes" },
  export: { de: "Für Prüfer exportieren", en: "Export for auditors" },
  scenario: { de: "Was-wäre-wenn", en: "What-if" },
};

const hint: Record<Feature, { de: string; en: string }> = {
  insert: { de: "Microsoft 365 oder Excel 2024 (Windows, Mac) oder Excel im Web verwenden.", en: "Use Microsoft 365 or Excel 2024 (Windows, Mac) or Excel on the web." },
  check: { de: "Excel aktualisieren.", en: "Update Excel." },
  marks: { de: "Die Befunde werden nur aufgelistet; Excel aktualisieren, um sie zu markieren.", en: "The findings are only listed; update Excel to mark them." },
  notes: { de: "Zellen werden ohne Notiz markiert.", en: "Cells are marked without a note." },
  export: {
    de: "Excel im Web gibt die Datei nur als PDF heraus: in Excel für Windows oder Mac exportieren, oder die Datei speichern und `deuz check DATEI.xlsx --out KOPIE.xlsx --freeze` verwenden.",
    en: "Excel on the web hands out the file only as PDF: export in Excel on Windows or Mac, or save the file and use `deuz check FILE.xlsx --out COPY.xlsx --freeze`.",
  },
  scenario: { de: "Excel aktualisieren.", en: "Update Excel." },
};

export class UnsupportedError extends Error {
  constructor(readonly feature: Feature, readonly missing: string[], lang: "de" | "en") {
    super(
      lang === "de"
        ? `„${what[feature].de}“ braucht ${missing.join(", ")}; diese Excel-Version bietet das nicht. ${hint[feature].de}`
        : `"${what[feature].en}" needs ${missing.join(", ")}, which this version of Excel lacks. ${hint[feature].en}`,
    );
    this.name = "UnsupportedError";
  }
}

/** Throws an UnsupportedError naming the missing sets, before anything is sent to Excel. */
export function requireFeature(feature: Feature, lang: "de" | "en"): void {
  const missing = missingSets(feature);
  if (missing.length) throw new UnsupportedError(feature, missing, lang);
}
