/**
 * The calculator prerendered into taskpane.html (issue 12: first result within 500 ms; src/taskpane/prerender.tsx,
 * scripts/prerender.js, src/taskpane/boot.ts): outside Excel the page shows the what-if result before its large
 * script has run, inert until React has hydrated it; React reuses that markup (no mismatch); inside Excel the
 * prerendered calculator is never shown. Against a production build (`npm run build`; DEUZ_DIST=DIR for another).
 */
import { Page } from "playwright-core";
import { servePane, Served } from "./serve";

let pane: Served;
const pageErrors: string[] = [];
const warnings: string[] = [];

beforeAll(async () => {
  pane = await servePane();
}, 60_000);

afterAll(() => pane?.close());

afterEach(() => {
  expect(pageErrors.splice(0)).toEqual([]);
  expect(warnings.splice(0)).toEqual([]);
});

const notInOffice = "window.Office = { HostType: { Excel: 'Excel' }, onReady: () => Promise.resolve({ host: null, platform: null }) };";

async function open(office: string, block?: string): Promise<Page> {
  const p = await (await pane.browser.newContext({ viewport: { width: 420, height: 900 }, locale: "de-DE" })).newPage();
  p.on("pageerror", (e) => pageErrors.push(`${e.name}: ${e.message}`));
  p.on("console", (m) => (m.type() === "warning" || m.type() === "error") && warnings.push(m.text()));
  await p.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ contentType: "text/javascript", body: office }));
  if (block) await p.route(`**/${block}`, (route) => route.abort());
  await p.goto(`${pane.base}/taskpane.html`);
  return p;
}

test("the result is on screen before the pane's script has run, and the same once React has taken over", async () => {
  // taskpane.js (React, Fluent, the engine) never arrives: what shows is the page alone
  const bare = await open(notInOffice, "taskpane.js");
  warnings.length = 0;
  await bare.getByTestId("pue-value").waitFor();
  const before = await bare.getByTestId("summary").textContent();
  expect(before).toMatch(/^PUE 1,\d+/);
  await expect(bare.getByTestId("not-connected").count()).resolves.toBe(1);
  // shown, not usable until hydrated
  await expect(bare.evaluate(() => document.getElementById("root")!.inert)).resolves.toBe(true);
  await bare.context().close();

  const p = await open(notInOffice);
  await p.waitForFunction(() => !document.getElementById("root")!.inert);
  await expect(p.getByTestId("summary").textContent()).resolves.toBe(before);
  await expect(p.evaluate(() => document.getElementById("root")!.getAttribute("aria-busy"))).resolves.toBeNull();
  // React owns the markup: typing changes the result (a warning "prerendered calculator not reused" fails afterEach)
  const it = p.getByTestId("input-itKwh").locator("input").or(p.locator('input[data-testid="input-itKwh"]')).first();
  await it.click();
  await it.press("Control+A");
  await it.pressSequentially("6.000.000", { delay: 10 });
  await it.press("Tab");
  await expect(p.getByTestId("summary").textContent()).resolves.not.toBe(before);
  await p.context().close();
}, 60_000);

test("inside Excel the prerendered calculator never shows: the placeholder, then Start", async () => {
  const inExcel = "window.Office = { HostType: { Excel: 'Excel' }, onReady: () => new Promise((r) => setTimeout(() => r({ host: 'Excel' }), 800)), context: { requirements: { isSetSupported: () => false } } }; window.Excel = { run: () => Promise.reject(new Error('no workbook')) };";
  const p = await open(inExcel);
  await expect(p.locator(".loading").textContent()).resolves.toBe("DE-UZ 228 …");
  await expect(p.getByTestId("pue-value").count()).resolves.toBe(0);
  await p.getByRole("tab", { name: "Start", selected: true }).waitFor();
  await expect(p.getByTestId("not-connected").count()).resolves.toBe(0);
  await p.context().close();
  warnings.length = 0;
}, 60_000);
