/**
 * Which defined names of the template the applicant fills (inputs) and which the template computes, from the
 * template's layout (layout.ts: a Field or a table column of kind "formula", a table's summary row) and
 * Anlage 2's status cells, one per criterion of the catalogue. One list for every reader: the check that
 * reads only inputs (inputs.ts) and the integrity check that compares the computed cells with the template.
 * The names are the same in the German and the English template and do not depend on the tables' lengths.
 */
import { criteria } from "../engine/criteria/catalogue";
import { statusName } from "./template/checklist";
import { monthColumn, sheets } from "./template/layout";

export type NameKind = "input" | "computed";

/** Anlage 2's status column as a whole (build.ts lays it out beside the per-criterion names). */
export const CHECKLIST_STATUS = "Anlage2_Status";

let kinds: Map<string, { name: string; kind: NameKind }> | undefined;

/** Every defined name of the template, by its lower-case spelling (Excel's names are case-insensitive). */
function nameKinds(): Map<string, { name: string; kind: NameKind }> {
  if (kinds) return kinds;
  const all = new Map<string, { name: string; kind: NameKind }>();
  const add = (name: string, kind: NameKind) => all.set(name.toLowerCase(), { name, kind });
  for (const spec of sheets()) {
    for (const f of spec.fields) add(f.name, f.kind === "formula" ? "computed" : "input");
    const table = spec.table;
    if (!table) continue;
    for (const c of table.columns) {
      const kind = c.kind === "formula" ? "computed" : "input";
      add(c.name, kind);
      for (let k = 0; k < (c.span ?? 0); k++) add(monthColumn(c.name, k), kind);
    }
    if (table.summary) add(table.summary.name, "computed");
    // a block spans adjacent columns: computed when any of them is
    for (const b of table.blocks ?? []) {
      const names = table.columns.map((c) => c.name);
      const span = table.columns.slice(names.indexOf(b.from), names.indexOf(b.to) + 1);
      add(b.name, span.some((c) => c.kind === "formula") ? "computed" : "input");
    }
  }
  for (const c of criteria) add(statusName(c.id), "computed");
  add(CHECKLIST_STATUS, "computed");
  kinds = all;
  return all;
}

/** "input" or "computed" for a name of the template (any spelling), undefined for a name it does not have. */
export function nameKind(name: string): NameKind | undefined {
  return nameKinds().get(name.toLowerCase())?.kind;
}

/** The template's names whose cells the template computes: a value typed there is not the template's. */
export function computedNames(): string[] {
  return [...nameKinds().values()].filter((n) => n.kind === "computed").map((n) => n.name);
}

/** The template's names whose cells the applicant fills. */
export function inputNames(): string[] {
  return [...nameKinds().values()].filter((n) => n.kind === "input").map((n) => n.name);
}
