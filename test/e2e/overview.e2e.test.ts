/**
 * The Übersicht tab (issue 15) in the built pane, in Debian's Chromium (playwright-core, never a downloaded browser),
 * with office.js answered by the browser build of the HyperFormula-backed Excel fake (test/e2e/fakeOffice.ts), as in
 * taskpane.e2e.test.ts: before a check it says so and offers the check; after one, the report's charts with their
 * tables in the pane's language (German 579.419 and 1,32; English 579,419 and 1.32); an empty template is "keine
 * Daten" without charts; "Diagramme einfügen" adds two charts to the fake's 'Anlage 3.9', a second press replaces them
 * and "Markierungen entfernen" removes them. No uncaught page error, no request leaving the machine.
 * DEUZ_DIST=DIR runs it against a build in DIR; UPDATE_SCREENSHOT=1 renews docs/taskpane-overview.png.
 */
import os from "os";
import path from "path";
import type { Page } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { FakeBook, paneRun } from "./serve";

const pane = paneRun();

const openPane = (fake: FakeBook, width = 320): Promise<Page> => pane.open(fake, { width, height: 900 });
const closePane = (p: Page) => p.context().close();
const charts = (p: Page) => p.evaluate("window.__excel.sheet('Anlage 3.9').charts.list.map((c) => c._name)") as Promise<string[]>;
/** A table's cells, row by row. */
const cells = (p: Page, testId: string) =>
  p.getByTestId(testId).evaluate((t) => [...t.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => c.textContent ?? "")));

test("German: before a check it says so and offers it; then the report's charts with their tables, German numbers", async () => {
  const p = await openPane({ book: "example", delayMs: 100 });
  await p.getByTestId("tab-overview").click();
  await expect(p.getByTestId("overview-before").textContent()).resolves.toMatch(/^Noch nicht geprüft/);
  await expect(p.getByTestId("figure-chart-pue").count()).resolves.toBe(0);
  await p.getByTestId("overview-check").click();
  await p.getByTestId("figure-chart-pue").waitFor({ timeout: 60_000 });
  await expect(p.getByTestId("overview-before").count()).resolves.toBe(0);
  // every chart of the report for this workbook, each an SVG with a title, axis label and its table
  const ids = await p.locator("[data-testid=overview] figure").evaluateAll((fs) => fs.map((f) => f.getAttribute("data-testid")));
  expect(ids).toEqual(expect.arrayContaining(["figure-chart-energy", "figure-chart-pue", "figure-chart-cer", "figure-chart-iteu"]));
  const pue = p.getByTestId("figure-chart-pue");
  await expect(pue.locator("svg").isVisible()).resolves.toBe(true);
  await expect(pue.locator("figcaption").textContent()).resolves.toBe("PUE je Monat und im Jahr (3.2.7)");
  await expect(pue.locator("svg text.axis").textContent()).resolves.toBe("PUE (kWh gesamt ÷ kWh IT)");
  await expect(pue.locator("svg").getAttribute("role")).resolves.toBe("img");
  // German decimal comma on the axis and in the legend, the limit named with its value
  const svgText = (await pue.locator("svg").textContent()) ?? "";
  expect(svgText).toMatch(/1,30/);
  expect(svgText).toMatch(/Grenzwert ≤ 1,30/);
  // the tables: visible, months as rows, German grouping and decimal comma
  await expect(p.getByTestId("table-chart-pue").isVisible()).resolves.toBe(true);
  const pueRows = await cells(p, "table-chart-pue");
  expect(pueRows).toHaveLength(12);
  expect(pueRows[0][0]).toBe("Jan 24");
  expect(pueRows[0][4]).toMatch(/^1,\d{2,3}$/);
  const energy = await cells(p, "table-chart-energy");
  expect(energy[0].slice(0, 2)).toEqual(["Jan 24", "579.419"]);
  // the pane does not scroll sideways: only a table may, inside its own focusable region
  await expect(p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).resolves.toBeLessThanOrEqual(0);
  const axe = await new AxeBuilder({ page: p }).include("[data-testid=overview]").analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  await p.screenshot({ path: process.env.UPDATE_SCREENSHOT ? path.resolve(__dirname, "../../docs/taskpane-overview.png") : path.join(os.tmpdir(), "deuz-taskpane-overview.png"), fullPage: false });
  await closePane(p);
}, 120_000);

test("English: the same charts with English numbers (579,419 and 1.3x); updated by a check run from Check", async () => {
  const p = await openPane({ book: "example", lang: "en" });
  await p.getByRole("tab", { name: "Check" }).click();
  await p.getByTestId("run-check").click();
  await p.getByTestId("findings-summary").waitFor({ timeout: 60_000 });
  await p.getByTestId("tab-overview").click();
  await p.getByTestId("figure-chart-pue").waitFor({ timeout: 30_000 });
  await expect(p.getByTestId("figure-chart-pue").locator("figcaption").textContent()).resolves.toBe("PUE by month and for the year (3.2.7)");
  const svgText = (await p.getByTestId("figure-chart-pue").locator("svg").textContent()) ?? "";
  expect(svgText).toMatch(/Limit ≤ 1\.30/);
  const pueRows = await cells(p, "table-chart-pue");
  expect(pueRows[0][4]).toMatch(/^1\.\d{2,3}$/);
  const energy = await cells(p, "table-chart-energy");
  expect(energy[0].slice(0, 2)).toEqual(["Jan 24", "579,419"]);
  await closePane(p);
}, 120_000);

test("an empty template: 'keine Daten', no chart and no button to insert charts", async () => {
  const p = await openPane({ book: "empty" });
  await p.getByTestId("tab-overview").click();
  await p.getByTestId("overview-check").click();
  await p.getByTestId("overview-empty").waitFor({ timeout: 60_000 });
  await expect(p.getByTestId("overview-empty").textContent()).resolves.toMatch(/^keine Daten/);
  await expect(p.locator("[data-testid=overview] figure").count()).resolves.toBe(0);
  await expect(p.getByTestId("insert-charts").count()).resolves.toBe(0);
  await closePane(p);
}, 120_000);

test("Diagramme einfügen: two charts on Anlage 3.9, replaced by a second press, removed by Markierungen entfernen", async () => {
  const p = await openPane({ book: "example" });
  await p.getByTestId("tab-overview").click();
  await p.getByTestId("overview-check").click();
  await p.getByTestId("insert-charts").waitFor({ timeout: 60_000 });
  await p.getByTestId("insert-charts").click();
  await p.getByTestId("charts-message").waitFor({ timeout: 30_000 });
  await expect(p.getByTestId("charts-message").getAttribute("data-intent")).resolves.toBe("success");
  await expect(p.getByTestId("charts-message").textContent()).resolves.toMatch(/Zwei Diagramme in „Anlage 3\.9“ eingefügt \(12 Monate/);
  await expect(charts(p)).resolves.toEqual(["DEUZ_PUE", "DEUZ_Strom"]);
  await p.getByTestId("insert-charts").click();
  await p.waitForFunction(() => document.querySelector("[data-testid=charts-message]")?.getAttribute("data-intent") === "success");
  await expect(charts(p)).resolves.toEqual(["DEUZ_PUE", "DEUZ_Strom"]);
  await p.getByRole("tab", { name: "Prüfen" }).click();
  await p.getByTestId("clear-marks").click();
  await p.getByTestId("message-bar").waitFor({ timeout: 30_000 });
  await expect(charts(p)).resolves.toEqual([]);
  await closePane(p);
}, 120_000);
