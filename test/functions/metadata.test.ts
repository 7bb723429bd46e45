/**
 * The custom-function metadata that Excel reads: dist/functions.json (from the JSDoc) and
 * dist/functions-de.json (German), built by `npm run build`, agree with each other and with the engine table.
 */
import fs from "fs";
import path from "path";
import { deuzFunctions } from "../../src/engine/formulas";

interface Meta {
  functions: { id: string; name: string; description: string; parameters?: { name: string; description: string; optional?: boolean }[] }[];
}

const dist = path.resolve(__dirname, "../../dist");
function read(file: string): Meta {
  const full = path.join(dist, file);
  if (!fs.existsSync(full)) throw new Error(`${full} is missing: run npm run build first (npm test does)`);
  return JSON.parse(fs.readFileSync(full, "utf8"));
}

const en = read("functions.json");
const de = read("functions-de.json");

test("English and German metadata have the same ids, names and parameters", () => {
  const shape = (m: Meta) => m.functions.map((f) => [f.id, f.name, (f.parameters ?? []).map((p) => [p.name, Boolean(p.optional)])]);
  expect(shape(de)).toEqual(shape(en));
});

test("every German description is German, not the English fallback", () => {
  en.functions.forEach((f, i) => {
    const g = de.functions[i];
    expect(g.description).not.toBe(f.description);
    (f.parameters ?? []).forEach((p, k) => expect({ id: f.id, param: p.name, same: g.parameters![k].description === p.description }).toEqual({ id: f.id, param: p.name, same: false }));
  });
});

test("the metadata declares exactly the engine's functions with their parameters", () => {
  const fromEngine = deuzFunctions.map((f) => [f.name, f.params.map((p) => [p.name, Boolean(p.optional)])]);
  const fromMetadata = en.functions.map((f) => [f.id, (f.parameters ?? []).map((p) => [p.name, Boolean(p.optional)])]);
  expect(new Map(fromMetadata as [string, unknown][])).toEqual(new Map(fromEngine as [string, unknown][]));
  expect(en.functions.every((f) => f.id === f.name)).toBe(true);
});

test("every function is associated with its implementation in functions.js", () => {
  const js = fs.readFileSync(path.join(dist, "functions.js"), "utf8");
  for (const f of en.functions) expect(js).toContain(`associate("${f.id}"`);
});
