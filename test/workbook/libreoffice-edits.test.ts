/**
 * LibreOffice Calc as a real client edits the filled example and saves it as .xlsx, driven through UNO
 * (lo-edit.py, Debian's python3-uno; both installed by scripts/pretest.sh): deleting a server row of
 * 'Anlage 4.1' leaves the workbook checkable and movable (LibreOffice then writes an empty row 1048576);
 * renaming a sheet makes check and upgrade stop with the line that says to rename it back. Nothing is skipped:
 * without LibreOffice or its Python bridge the tests fail.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { writeExample } from "../../src/workbook/assets";

const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));
const python = "/usr/bin/python3";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deuz-lo-edit-"));
/** One LibreOffice run: start, open, edit, save, quit. */
const RUN_MS = 170_000;

async function deuz(argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t), readStdin: async () => "" });
  return { code, out, err };
}

/** LibreOffice opens `source`, makes one edit and saves it as .xlsx to `target`. */
function libreOffice(source: string, target: string, ...edit: string[]): void {
  const profile = path.join(dir, "profile-" + path.basename(target, ".xlsx"));
  const r = spawnSync(python, [path.join(__dirname, "lo-edit.py"), source, target, profile, ...edit], { encoding: "utf8", timeout: RUN_MS });
  if (r.status !== 0) throw new Error(`LibreOffice (${edit.join(" ")}) failed: status ${r.status}, signal ${r.signal}\n${r.stderr}`);
  expect(fs.existsSync(target)).toBe(true);
}

let example: string;
beforeAll(async () => {
  // the example as assets/DE-UZ-228-Beispiel.xlsx holds it (assets.test.ts keeps them equal), written to a temp
  // dir so that the asset itself is never opened for writing
  example = path.join(dir, "DE-UZ-228-Beispiel.xlsx");
  fs.writeFileSync(example, await writeExample("de"));
});

test("LibreOffice and its Python bridge are installed (scripts/pretest.sh installs them)", () => {
  expect(soffice).toBeDefined();
  const r = spawnSync(python, ["-c", "import uno"], { encoding: "utf8", timeout: 30_000 });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
});

describe("a server row of 'Anlage 4.1' deleted in LibreOffice and saved as .xlsx", () => {
  const edited = path.join(dir, "Zeile-geloescht.xlsx");
  beforeAll(() => libreOffice(example, edited, "delete-row", "Anlage 4.1", "6"), RUN_MS + 10_000);

  test("LibreOffice wrote what made it uncheckable before: an empty row 1048576", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(edited));
    const sheets = await Promise.all(zip.file(/^xl\/worksheets\/sheet\d+\.xml$/).map((f) => f.async("string")));
    expect(sheets.some((xml) => /<row r="1048576"[^>]*>(<\/row>|$)|<row r="1048576"[^>]*\/>/.test(xml))).toBe(true);
  });

  test("deuz check runs on it: findings, exit 0 or 1", async () => {
    const r = await deuz(["check", edited, "--json"]);
    expect(r.err).toBe("");
    expect([0, 1]).toContain(r.code);
    expect(JSON.parse(r.out).criteria.length).toBeGreaterThan(10);
  }, 60_000);

  test("deuz upgrade moves it", async () => {
    const out = path.join(dir, "Zeile-geloescht-neu.xlsx");
    const r = await deuz(["upgrade", edited, "--out", out]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^\d+ Werte übernommen/);
    expect(fs.existsSync(out)).toBe(true);
  }, 60_000);
});

describe("a sheet renamed in LibreOffice and saved as .xlsx", () => {
  const edited = path.join(dir, "Blatt-umbenannt.xlsx");
  beforeAll(() => libreOffice(example, edited, "rename-sheet", "Anlage 3.4", "Monatswerte"), RUN_MS + 10_000);

  test.each([["check"], ["upgrade"]])("deuz %s exits 2 with one line: rename it back", async (command) => {
    const out = path.join(dir, `umbenannt-${command}.xlsx`);
    const r = await deuz(command === "check" ? ["check", edited] : ["upgrade", edited, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/Blatt „Monatswerte“ heißt in der Vorlage „Anlage 3\.4“: zurückbenennen/);
    expect(fs.existsSync(out)).toBe(false);
  }, 60_000);
});
