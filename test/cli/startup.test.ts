/**
 * `deuz check` of a workbook that carries its formulas' values starts without ExcelJS and HyperFormula (some 300 and
 * 150 ms to load, most of a check of the example; docs/performance.md): they load only for --out, --freeze or a
 * formula typed into an input cell without a value. A module that imports either at its top undoes that silently.
 */
import { execFileSync, spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { writeExample } from "../../src/workbook/assets";

const root = path.resolve(__dirname, "../..");

beforeAll(() => {
  if (!fs.existsSync(path.join(root, "lib/cli/main.js"))) {
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: root });
  }
});

/** The packages `node bin/deuz.js …args` loaded, as a preloaded hook sees them. */
function packagesLoaded(args: string[]): { status: number | null; packages: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deuz-startup-"));
  const hook = path.join(dir, "hook.js");
  const list = path.join(dir, "loaded.json");
  fs.writeFileSync(hook, `process.on("exit", () => require("fs").writeFileSync(${JSON.stringify(list)}, JSON.stringify(Object.keys(require.cache))));\n`);
  const r = spawnSync(process.execPath, ["-r", hook, "bin/deuz.js", ...args], { cwd: root, encoding: "utf8" });
  const files: string[] = JSON.parse(fs.readFileSync(list, "utf8"));
  const packages = [...new Set(files.map((f) => /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(f)?.[1]).filter((p): p is string => Boolean(p)))];
  fs.rmSync(dir, { recursive: true, force: true });
  return { status: r.status, packages: packages.sort() };
}

test("deuz check of the example loads neither ExcelJS nor HyperFormula", async () => {
  // the example as the current template writes it (with its formulas' values, as Excel saves them)
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "deuz-startup-")), "beispiel.xlsx");
  fs.writeFileSync(file, await writeExample("de"));
  const { status, packages } = packagesLoaded(["check", file]);
  expect(status).toBe(1);
  expect(packages).not.toContain("exceljs");
  expect(packages).not.toContain("hyperformula");
}, 60_000);

test("deuz --help loads neither", () => {
  const { packages } = packagesLoaded(["--help"]);
  expect(packages.filter((p) => p === "exceljs" || p === "hyperformula")).toEqual([]);
}, 60_000);
