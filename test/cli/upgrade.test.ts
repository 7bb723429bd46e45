/** `deuz upgrade`: a workbook of an earlier template version into the current one; the old file is never written. */
import fs from "fs";
import os from "os";
import path from "path";
import { run, sha } from "./run";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deuz-upgrade-"));
const old = path.join(dir, "alt.xlsx");
fs.copyFileSync(path.join(__dirname, "../fixtures/DE-UZ-228-Beispiel-Vorlage-2026-11-22.xlsx"), old);

test("deuz check on a workbook of an earlier template exits 2 and names deuz upgrade", async () => {
  const r = await run(["check", old]);
  expect(r.code).toBe(2);
  expect(r.err.trim().split("\n")).toHaveLength(1);
  expect(r.err).toMatch(/älteren Version der Vorlage.*deuz upgrade/);
});

test("deuz upgrade writes the current template with the old values, lists the new questions, leaves the old file as it was", async () => {
  const before = sha(old);
  const neu = path.join(dir, "neu.xlsx");
  const r = await run(["upgrade", old, "--out", neu]);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/^\d+ Werte übernommen: .*neu\.xlsx\n/);
  expect(r.out).toMatch(/bitte ausfüllen: .*RZ_zertifiziert/);
  expect(sha(old)).toBe(before);
  // the moved workbook checks: findings, not an unusable file
  const c = await run(["check", neu, "--json"]);
  expect(c.code).toBe(1);
  const ids = JSON.parse(c.out).criteria.filter((f: { status: string }) => f.status === "missing").map((f: { id: string }) => f.id);
  expect(ids).toContain("3.2.8");
});

test("usage errors exit 2 with one line: no --out, --out naming the input, a file made by someone else", async () => {
  for (const argv of [["upgrade", old], ["upgrade", old, "--out", old], ["upgrade", path.join(dir, "fehlt.xlsx"), "--out", path.join(dir, "x.xlsx")]]) {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  }
  const other = path.join(dir, "fremd.xlsx");
  fs.writeFileSync(other, "kein zip");
  const r = await run(["upgrade", other, "--out", path.join(dir, "y.xlsx")]);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/keine \.xlsx-Datei/);
  expect(fs.existsSync(path.join(dir, "y.xlsx"))).toBe(false);
});
