/**
 * Writes what a check needs to know of the template (../templateFacts.ts) from the template itself: its layout
 * (layout.ts: a Field or a table column of kind "formula", a table's summary row are computed; Anlage 2's status
 * cells, one per criterion of the catalogue) and the formulas `buildTemplate` puts in every computed cell.
 * `npm run assets` writes the result to facts.json; test/workbook/template/facts.test.ts holds the file equal to
 * what this gives now. The names are the same in the German and the English template and do not depend on the
 * tables' lengths; the positions of fields, summaries, Anlage 2 and each table's first row do not either, so
 * the template is laid out with one row a table.
 */
import { criteria } from "../../engine/criteria/catalogue";
import { CHECKLIST_STATUS } from "../computed";
import { normaliseFormula } from "../formula";
import type { NameKind, RangeFacts, TemplateFacts } from "../templateFacts";
import { buildTemplate } from "./build";
import { checklistFormulas, statusName } from "./checklist";
import { defaultOptions, monthColumn, sheets, TemplateOptions } from "./layout";
import { Column, Lang } from "./model";

/** One row a table. */
export const ONE_ROW: TemplateOptions = { monitoringMonths: 1, inventoryRows: 1, customerRows: 1, itRows: 1, cpuRows: 1, storageRows: 1 };

/** Every defined name of the template and who fills it, in the layout's order. */
export function nameKindsOfLayout(): [string, NameKind][] {
  const all = new Map<string, [string, NameKind]>();
  const add = (name: string, kind: NameKind) => all.set(name.toLowerCase(), [name, kind]);
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
  return [...all.values()];
}

/** Row numbers no formula of the template holds: where a per-row formula puts its own row, and its table's first row. */
const OWN_ROW = 900001;
const FIRST_ROW = 800003;

/** A per-row column's formula for row r of a table starting in row `top`, as the template writes it. */
export function perRowFormula(column: Column, lang: Lang, r: number, top: number): string {
  return normaliseFormula(column.formula!(top + r, lang, r));
}

/**
 * A per-row column's formula as pieces around the two row numbers it may hold (its own row, `$A$top`), so that a
 * check fills them in per row (a table of 5,000 servers); or, for a column whose formula depends on the row
 * otherwise (Anlage 4.3's months), written row by row over the full template's rows.
 */
function perRow(column: Column, lang: Lang, top: number, fullRows: number): Pick<RangeFacts, "pieces" | "rows"> {
  const pieces = perRowFormula(column, lang, OWN_ROW - FIRST_ROW, FIRST_ROW).split(String(OWN_ROW)).map((p) => p.split(String(FIRST_ROW)));
  const fill = (r: number, t: number) => pieces.map((p) => p.join(String(t))).join(String(t + r));
  if ([0, 1, 2].every((r) => fill(r, 19) === perRowFormula(column, lang, r, 19))) return { pieces };
  return { rows: Array.from({ length: fullRows }, (_, r) => perRowFormula(column, lang, r, top)) };
}

function rangesOf(lang: Lang, computed: string[], formulas: string[], withRows = true): RangeFacts[] {
  const index = new Map<string, number>();
  const formulaIndex = (f: string) => {
    let i = index.get(f);
    if (i === undefined) index.set(f, (i = formulas.push(f) - 1));
    return i;
  };
  const { book } = buildTemplate(lang, ONE_ROW);
  // the full template's rows only for the file (laid out for the task pane, such rows come from perRowFormulaOf)
  const full = withRows ? buildTemplate(lang, defaultOptions).book : undefined;
  const perRowColumns = new Map<string, { column: Column; inputs: string[] }>();
  for (const spec of sheets(ONE_ROW)) {
    const columns = spec.table?.columns ?? [];
    const inputs = columns.filter((c) => c.kind !== "formula").map((c) => c.name);
    for (const column of columns) if (column.kind === "formula") perRowColumns.set(column.name.toLowerCase(), { column, inputs });
  }
  const bySheet = new Map(book.sheets.map((s) => [s.name, s]));
  const out: RangeFacts[] = [];
  for (const name of computed) {
    const at = book.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
    if (!at) continue;
    const table = perRowColumns.get(name.toLowerCase());
    if (table) {
      const fullRows = full ? full.names.find((n) => n.name === at.name)?.rows ?? at.rows : 0;
      out.push({ at, rowInputs: table.inputs, ...perRow(table.column, lang, at.row, fullRows) });
      continue;
    }
    const sheet = bySheet.get(at.sheet)!;
    const cells: [number, number, number][] = [];
    for (let r = 0; r < at.rows; r++) {
      for (let c = 0; c < at.cols; c++) {
        const f = sheet.rows[at.row - 1 + r]?.[at.col - 1 + c]?.formula;
        if (f) cells.push([r, c, formulaIndex(normaliseFormula(f))]);
      }
    }
    out.push({ at, cells });
  }
  return out;
}

const computedOfLayout = () => nameKindsOfLayout().filter(([, k]) => k === "computed").map(([n]) => n);

/** The German template's sheets and names, laid out with one row a table. */
export function shapeFacts(): Pick<TemplateFacts, "sheets" | "names"> {
  const shape = buildTemplate("de", ONE_ROW).book;
  return { sheets: shape.sheets.map((s) => s.name), names: shape.names.map((n) => ({ name: n.name, sheet: n.sheet })) };
}

/** One language's computed ranges and their formulas, laid out now (the task pane's way). */
export function rangeFacts(lang: Lang): { ranges: RangeFacts[]; formulas: string[] } {
  const formulas: string[] = [];
  return { ranges: rangesOf(lang, computedOfLayout(), formulas, false), formulas };
}

/** The criteria whose value and limit Anlage 2 shows in %. */
export function percentFacts(): string[] {
  return Object.keys(checklistFormulas).filter((id) => checklistFormulas[id].format === "percent");
}

/** The facts as the template gives them now: what facts.json must hold. */
export function buildFacts(): TemplateFacts {
  const kinds = nameKindsOfLayout();
  const computed = computedOfLayout();
  const formulas: TemplateFacts["formulas"] = { de: [], en: [] };
  const ranges = { de: rangesOf("de", computed, formulas.de), en: rangesOf("en", computed, formulas.en) };
  return { ...shapeFacts(), kinds, ranges, percent: percentFacts(), formulas };
}

/** A per-row column's formula for rows the stored facts do not hold (a table lengthened past the template's rows). */
export function perRowFormulaOf(name: string, lang: Lang, r: number, top: number): string | undefined {
  for (const spec of sheets(ONE_ROW)) {
    const column = spec.table?.columns.find((c) => c.kind === "formula" && c.name.toLowerCase() === name.toLowerCase());
    if (column) return perRowFormula(column, lang, r, top);
  }
  return undefined;
}

/** facts.json as `npm run assets` writes it: one range a line, so that a change to the template reads as a diff. */
export function factsJson(facts: TemplateFacts = buildFacts()): string {
  const lines = (xs: unknown[]) => xs.map((x) => "    " + JSON.stringify(x)).join(",\n");
  return [
    "{",
    `  "sheets": ${JSON.stringify(facts.sheets)},`,
    `  "names": [\n${lines(facts.names)}\n  ],`,
    `  "kinds": [\n${lines(facts.kinds)}\n  ],`,
    `  "ranges": {`,
    `    "de": [\n${lines(facts.ranges.de).replace(/^/gm, "  ")}\n    ],`,
    `    "en": [\n${lines(facts.ranges.en).replace(/^/gm, "  ")}\n    ]`,
    "  },",
    `  "percent": ${JSON.stringify(facts.percent)},`,
    `  "formulas": {`,
    `    "de": [\n${lines(facts.formulas.de).replace(/^/gm, "  ")}\n    ],`,
    `    "en": [\n${lines(facts.formulas.en).replace(/^/gm, "  ")}\n    ]`,
    "  }",
    "}",
    "",
  ].join("\n");
}
