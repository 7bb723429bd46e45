/** The defined names the criteria catalogue reads, from the template's layout (the same list deuz check needs). */
import { sheets } from "../../workbook/template/layout";
import { monthColumn } from "../../workbook/template/layout";

let cached: string[] | undefined;

export function inputNames(): string[] {
  if (cached) return cached;
  const names = new Set<string>();
  for (const s of sheets()) {
    for (const f of s.fields) names.add(f.name);
    for (const c of s.table?.columns ?? []) {
      names.add(c.name);
      for (let k = 0; k < (c.span ?? 0); k++) names.add(monthColumn(c.name, k));
    }
    if (s.table?.summary) names.add(s.table.summary.name);
    for (const b of s.table?.blocks ?? []) names.add(b.name);
  }
  return (cached = [...names]);
}
