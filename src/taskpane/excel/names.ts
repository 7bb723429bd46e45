/** The defined names the criteria catalogue reads, from the template's layout (the same list deuz check needs). */
import { monthColumn, sheets } from "../../workbook/template/layout";

let cached: string[] | undefined;
let derived: Map<string, { parent: string; column: number }> | undefined;

export function inputNames(): string[] {
  if (cached) return cached;
  const names = new Set<string>();
  derived = new Map();
  for (const s of sheets()) {
    for (const f of s.fields) names.add(f.name);
    for (const c of s.table?.columns ?? []) {
      names.add(c.name);
      for (let k = 0; k < (c.span ?? 0); k++) {
        names.add(monthColumn(c.name, k));
        derived.set(monthColumn(c.name, k), { parent: c.name, column: k });
      }
    }
    if (s.table?.summary) names.add(s.table.summary.name);
    for (const b of s.table?.blocks ?? []) names.add(b.name);
  }
  return (cached = [...names]);
}

/**
 * Names that are one column of a spanned table column (CPU_Auslastung_M01 is column 0 of CPU_Auslastung): the
 * check reads the whole span once and takes the columns from it, instead of sending the same cells twice.
 */
export function derivedNames(): Map<string, { parent: string; column: number }> {
  if (!derived) inputNames();
  return derived!;
}

/** The template's sheet names in both languages' templates (the layout names them alike). */
export function templateSheetNames(): string[] {
  return sheets().map((s) => s.name);
}
