/**
 * Which defined names of the template the applicant fills (inputs) and which the template computes: a Field or a
 * table column of kind "formula" and a table's summary row of the layout (layout.ts), and Anlage 2's status cells,
 * one per criterion of the catalogue. One list for every reader: the check that reads only inputs (inputs.ts) and
 * the integrity check that compares the computed cells with the template. The names are the same in the German
 * and the English template and do not depend on the tables' lengths. The list is the template's facts
 * (templateFacts.ts: from the layout, template/facts.ts, or as `deuz check` stored them, tested equal).
 */
import { NameKind, templateFacts } from "./templateFacts";

export type { NameKind };

/** Anlage 2's status column as a whole (build.ts lays it out beside the per-criterion names). */
export const CHECKLIST_STATUS = "Anlage2_Status";

let kinds: Map<string, { name: string; kind: NameKind }> | undefined;

/** Every defined name of the template, by its lower-case spelling (Excel's names are case-insensitive). */
function nameKinds(): Map<string, { name: string; kind: NameKind }> {
  return (kinds ??= new Map(templateFacts.kinds().map(([name, kind]) => [name.toLowerCase(), { name, kind }])));
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
