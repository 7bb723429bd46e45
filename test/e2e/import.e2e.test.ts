/**
 * "Daten importieren" in the built pane (issue 14), in Debian's Chromium against the browser build of the Excel
 * fake (test/e2e/fakeOffice.ts) holding the filled example (reporting period 2024): a German CSV generated here in
 * Windows-1252 (MWh, decimal comma, an umlaut header) is picked with setInputFiles; the preview names the
 * conversion, the encoding, the column not recognised and the one cell that holds another value, with old and new;
 * "Übernehmen" writes only the empty cells, "Rückgängig" empties them again, and the replaced cell is written only
 * after "ersetzen" is ticked. In English a header that is no meter is refused in English until it is mapped. The
 * file never leaves the page: no request but the pane's own. DEUZ_DIST=DIR runs it against a build in DIR.
 */
import { Page } from "playwright-core";
import { paneRun } from "./serve";

// the file is read in the page: nothing but the pane's own files (and office.js, answered locally) is requested
const pane = paneRun();

async function openImport(lang: "de" | "en"): Promise<Page> {
  const p = await pane.open({ book: "example", lang }, { width: 360, height: 1000 });
  await p.getByTestId("tab-import").click();
  await p.getByTestId("import").waitFor({ timeout: 30_000 });
  return p;
}

/** The rows of 2024 in Anlage 3.4: where its Monat column holds 1 January 2024 (serial 45292) and the eleven after. */
const FIRST_2024 = 45_292;
/** The values of a defined name's column in the fake, the twelve months of 2024 (the example has 2023 above them). */
const column = (p: Page, name: string) => p.evaluate(({ n, first }) => {
  const excel = (window as unknown as { __excel: { ev: { name: (x: string) => { sheet: string; range: string } }; read: (s: string, a: string) => unknown[][] } }).__excel;
  const read = (x: string) => { const at = excel.ev.name(x); return excel.read(at.sheet, at.range.replace(/\$/g, "")).map((r) => r[0]); };
  const from = read("Monat").indexOf(first);
  return read(n).slice(from, from + 12);
}, { n: name, first: FIRST_2024 });
const text = (p: Page, testId: string) => p.getByTestId(testId).first().textContent();

test("German CSV (Windows-1252, MWh): preview first, Übernehmen fills the empty cells, Rückgängig empties them, ersetzen replaces the one typed value", async () => {
  const p = await openImport("de");
  const it = (await column(p, "MP_IT2")) as number[];
  expect(it.every((v) => typeof v === "number")).toBe(true);
  // the example fills every meter: MP_An's months emptied in the fake, as a user who has not typed them yet
  const blank = "MP_An";
  await p.evaluate(({ n, first }) => {
    const excel = (window as unknown as { __excel: { ev: { name: (x: string) => { sheet: string; range: string } }; read: (s: string, a: string) => unknown[][]; sheet: (s: string) => { cells: Map<string, unknown> } } }).__excel;
    const monat = excel.ev.name("Monat");
    const from = excel.read(monat.sheet, monat.range.replace(/\$/g, "")).map((r) => r[0]).indexOf(first);
    const at = excel.ev.name(n);
    const [, col, row] = /^\$?([A-Z]+)\$?(\d+)/.exec(at.range)!;
    for (let r = 0; r < 12; r++) excel.sheet(at.sheet).cells.set(`${col}${Number(row) + from + r}`, "");
  }, { n: blank, first: FIRST_2024 });
  expect(await column(p, blank)).toEqual(Array(12).fill(""));
  const mwh = (kwh: number) => String(kwh / 1000).replace(".", ",");
  const lines = [`Monat;MP_IT2 [MWh];${blank} [kWh];Größe`];
  for (let m = 1; m <= 12; m++) lines.push(`${String(m).padStart(2, "0")}.2024;${mwh(m === 3 ? it[2] + 1000 : it[m - 1])};${1000 + m};groß`);
  await p.getByTestId("import-file").setInputFiles({ name: "zähler.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\r\n"), "latin1") });
  await p.getByTestId("import-preview").waitFor({ timeout: 30_000 });

  const notes = await text(p, "import-notes");
  expect(notes).toMatch(/Monatswerte je Spalte; 12 Zeilen, Windows-1252, Trennzeichen ;/);
  expect(notes).toMatch(/MP_IT2: MWh in kWh umgerechnet \(× 1\.000\)/);
  expect(notes).toMatch(/Spalte „Größe“ nicht erkannt, nicht gelesen/);
  await expect(text(p, "import-period")).resolves.toMatch(/Berichtszeitraum 2024-01 … 2024-12/);
  await expect(text(p, "import-to-write")).resolves.toBe("12 leere Zelle(n) werden gefüllt, 11 enthalten den Wert schon.");
  const conflict = await text(p, "import-conflict-cells");
  expect(conflict).toContain("MP_IT2 2024-03");
  expect(conflict).toContain(it[2].toLocaleString("de-DE", { maximumFractionDigits: 6 }));
  expect(conflict).toContain((it[2] + 1000).toLocaleString("de-DE", { maximumFractionDigits: 6 }));
  // nothing written before Übernehmen
  expect(await column(p, blank)).toEqual(Array(12).fill(""));

  await expect(text(p, "import-apply")).resolves.toBe("Übernehmen (12 Zellen)");
  await p.getByTestId("import-apply").click();
  await expect(p.getByTestId("import-message").textContent()).resolves.toMatch(/^12 Zelle\(n\) eingetragen\./);
  expect(await column(p, blank)).toEqual(Array.from({ length: 12 }, (_, i) => 1001 + i));
  expect((await column(p, "MP_IT2"))[2]).toBe(it[2]);

  await p.getByTestId("import-undo").click();
  await expect(p.getByTestId("import-message").textContent()).resolves.toBe("12 Zelle(n) wiederhergestellt.");
  expect(await column(p, blank)).toEqual(Array(12).fill(""));

  // the same file again, this time replacing the typed value
  await p.getByTestId("import-file").setInputFiles({ name: "zähler2.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\r\n"), "latin1") });
  await p.getByTestId("import-replace").click();
  await expect(text(p, "import-apply")).resolves.toBe("Übernehmen (13 Zellen, 1 ersetzt)");
  await p.getByTestId("import-apply").click();
  await expect(p.getByTestId("import-message").textContent()).resolves.toMatch(/^13 Zelle\(n\) eingetragen, davon 1 ersetzt\./);
  expect((await column(p, "MP_IT2"))[2]).toBeCloseTo(it[2] + 1000, 6);
  await p.context().close();
}, 120_000);

test("English: a header that is no meter is refused in English until it is mapped; then the preview", async () => {
  const p = await openImport("en");
  const lines = ["Month,Main meter (MWh)"];
  for (let m = 1; m <= 12; m++) lines.push(`2024-${String(m).padStart(2, "0")},${(700 + m / 10).toFixed(1)}`);
  await p.getByTestId("import-file").setInputFiles({ name: "main.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\n"), "utf8") });
  await expect(p.getByTestId("import-message").textContent()).resolves.toMatch(/^row 1: no recognisable columns in "Month", "Main meter \(MWh\)"/);
  await p.locator('textarea[data-testid="import-map"]').or(p.getByTestId("import-map").locator("textarea")).first().fill("Main meter=MP_EVU");
  await p.getByTestId("import-preview").waitFor({ timeout: 30_000 });
  await expect(text(p, "import-notes")).resolves.toMatch(/MP_EVU: MWh converted to kWh \(× 1,000\)/);
  // the example's MP_EVU is filled: every month is a cell holding another value, none replaced unless ticked
  await expect(text(p, "import-conflicts")).resolves.toMatch(/^12 cell\(s\) already hold another value\. They stay as they are unless you confirm replacing them:/);
  await expect(text(p, "import-apply")).resolves.toBe("Apply (0 cells)");
  await p.context().close();
}, 120_000);
