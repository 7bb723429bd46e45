/**
 * The template's "Add-in fehlt" hints (src/workbook/template/addin.ts): `IF(ISERROR(DEUZ.VERSION()),"…","")`. They
 * have no defined name, so the check does not read them; "Formeln neu eingeben" (issue 12, 8) enters them again
 * with the DEUZ formulas of their sheet, found by the template's addresses (template/addinCells.ts).
 */
import { apiFormula, callsDeuz } from "../../workbook/formula";

/**
 * The formula to enter again when a hint cell is not bound to the add-in, else null. Inside Excel with the add-in
 * loaded, a bound hint shows nothing; one that shows its text (DEUZ.VERSION() failed: #NAME?), an error, or
 * still carries Excel's `_xldudf_` prefix is not bound.
 */
export function unboundHint(formula: unknown, value: unknown, error: boolean): string | null {
  if (typeof formula !== "string" || !formula.startsWith("=") || !callsDeuz(formula)) return null;
  const shown = error || (typeof value === "string" && value !== "");
  return shown || /_xldudf_/i.test(formula) ? apiFormula(formula) : null;
}
