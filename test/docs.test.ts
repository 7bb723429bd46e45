/** docs/functions.md is generated: it must be what scripts/gen-functions-doc.js writes now. */
import { spawnSync } from "child_process";
import path from "path";

const root = path.resolve(__dirname, "..");

test("docs/functions.md is up to date (npm run docs regenerates it)", () => {
  const r = spawnSync(process.execPath, ["scripts/gen-functions-doc.js", "--check"], { cwd: root, encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
});

test("docs/criteria.md is up to date (npm run docs regenerates it)", () => {
  const r = spawnSync(process.execPath, ["scripts/gen-criteria-doc.js", "--check"], { cwd: root, encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
});

test("German formulas use ';' between arguments, ',' for decimals and '.' between array columns", () => {
   
  const { germanFormula } = require("../scripts/gen-functions-doc.js");
  expect(germanFormula('=DEUZ.ITEU({0.15,0.25;0.25,0.35})')).toBe("=DEUZ.ITEU({0,15.0,25;0,25.0,35})");
  expect(germanFormula('=DEUZ.PUE.CHECK(1.3, "2019-06-01", TRUE)')).toBe('=DEUZ.PUE.CHECK(1,3; "2019-06-01"; WAHR)');
});
