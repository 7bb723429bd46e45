/**
 * What a check knows of the template without laying it out (src/workbook/templateFacts.ts) is what the template
 * gives now: its sheets and names, who fills each name, the formula of every computed cell in both languages.
 * When this fails, the template changed: `npm run assets` writes src/workbook/template/facts.json anew. The task
 * pane lays the same facts out from the builder (templateFacts without stored facts): the same, part by part.
 */
import fs from "fs";
import path from "path";
import stored from "../../../src/workbook/template/facts.json";
import { buildFacts, factsJson, perRowFormulaOf } from "../../../src/workbook/template/facts";
import { RangeFacts, TemplateFacts, templateFacts } from "../../../src/workbook/templateFacts";
import { computedNames, inputNames } from "../../../src/workbook/computed";
import { buildTemplate } from "../../../src/workbook/template/build";

const built = buildFacts();
const file = stored as unknown as TemplateFacts;

test("src/workbook/template/facts.json is what the template gives now (npm run assets)", () => {
  expect(file).toEqual(built);
  expect(fs.readFileSync(path.resolve(__dirname, "../../../src/workbook/template/facts.json"), "utf8")).toBe(factsJson(built));
});

test("laid out from the builder (the task pane's way), the facts are the stored ones", () => {
  expect(templateFacts.shape()).toEqual({ sheets: file.sheets, names: file.names });
  expect(templateFacts.kinds()).toEqual(file.kinds);
  expect(templateFacts.percent()).toEqual(file.percent);
  // the rows Anlage 4.3's months are written in are the file's only (laid out, they come from perRowFormulaOf)
  const withoutRows = (ranges: RangeFacts[]) => ranges.map((r) => ({ ...r, rows: undefined }));
  for (const lang of ["de", "en"] as const) {
    const laid = templateFacts.ranges(lang);
    expect(laid.formulas).toEqual(file.formulas[lang]);
    expect(withoutRows(laid.ranges)).toEqual(withoutRows(file.ranges[lang]));
  }
});

test("the facts' sheets and names are the full template's (the tables' lengths move no name's sheet)", () => {
  const full = buildTemplate("de").book;
  expect(file.sheets).toEqual(full.sheets.map((s) => s.name));
  expect(file.names).toEqual(full.names.map((n) => ({ name: n.name, sheet: n.sheet })));
  expect(computedNames().length + inputNames().length).toBe(full.names.length);
});

test("a per-row formula held row by row (Anlage 4.3) is the layout's, also past the rows held", () => {
  for (const lang of ["de", "en"] as const) {
    const ranges = file.ranges[lang].filter((r) => r.rows);
    expect(ranges.map((r) => r.at.name).sort()).toEqual(["ITEU_Monat", "ITEU_Monatswert"]);
    for (const r of ranges) {
      expect(r.rows!.map((_, i) => perRowFormulaOf(r.at.name, lang, i, r.at.row))).toEqual(r.rows);
      expect(perRowFormulaOf(r.at.name, lang, r.rows!.length, r.at.row)).toMatch(/\S/);
    }
  }
});
