/**
 * The pane reads a picked file 1 MB at a time and hands it to the reader 64 KB at a time, letting the page draw
 * between (src/taskpane/excel/importData.ts chunksOf; bench/pane-import.js measures the main thread's longest task):
 * a file of several MB, with UTF-8 umlauts split across those boundaries, gives exactly what `deuz import` reads from
 * disk, and the progress only grows, from 0 to 1.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { readSourceFile } from "../../src/taskpane/excel/importData";
import { readCsv } from "../../src/workbook/import/source";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deuz-pane-chunks-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Hourly CPU of servers whose names carry umlauts (two bytes each in UTF-8), German marks: some 5 MB. */
function cpuCsv(): string {
  const lines = ["Server;Zeitstempel;CPU-Auslastung [%]"];
  for (let day = 1; day <= 60; day++) {
    const d = new Date(Date.UTC(2024, 0, day));
    const date = `${String(d.getUTCDate()).padStart(2, "0")}.${String(d.getUTCMonth() + 1).padStart(2, "0")}.2024`;
    for (let h = 0; h < 24; h++) {
      for (let s = 1; s <= 80; s++) lines.push(`Rechner-Größe-Ü${s};${date} ${String(h).padStart(2, "0")}:00:00;${(s * 7 + h * 13 + day) % 100},${String((s + h) % 100).padStart(2, "0")}`);
    }
  }
  return lines.join("\n") + "\n";
}

test("a file of some MB read in slices, umlauts across their boundaries: what deuz import reads from disk; the progress grows from 0 to 1", async () => {
  const text = cpuCsv();
  const disk = path.join(dir, "cpu.csv");
  fs.writeFileSync(disk, text, "utf8");
  expect(fs.statSync(disk).size).toBeGreaterThan(4 * 2 ** 20);
  const bytes = fs.readFileSync(disk);
  // some 64 KB boundaries fall inside a character (a UTF-8 continuation byte right after them)
  expect(Array.from({ length: Math.floor(bytes.length / 65_536) }, (_, k) => bytes[(k + 1) * 65_536]).filter((b) => b >= 0x80 && b < 0xc0).length).toBeGreaterThan(0);
  const shares: number[] = [];
  const pane = await readSourceFile(new File([bytes], "cpu.csv"), {}, (share) => shares.push(share));
  expect(pane).toEqual(await readCsv(disk, {}));
  expect(pane.encoding).toBe("utf-8");
  expect(pane.devices.map((d) => d.id)).toContain("Rechner-Größe-Ü80");
  expect(shares[0]).toBe(0);
  expect(shares[shares.length - 1]).toBe(1);
  expect(shares.every((s, i) => s <= 1 && (i === 0 || s >= shares[i - 1]))).toBe(true);
  // the page had turns within the 1 MB reads too (the reader works some 25 ms on 1 MB here)
  expect(shares.length).toBeGreaterThan(Math.ceil(fs.statSync(disk).size / 2 ** 20) + 1);
});
