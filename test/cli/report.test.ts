/**
 * `deuz report` through main(): the report of the example and of an empty template, German and English, opened
 * in Debian's Chromium (playwright-core, never a downloaded browser) with no page error and no request leaving
 * the page, printed to PDF; its numbers are `deuz check --json`'s; the input is never written.
 * UPDATE_SCREENSHOT=1 rewrites docs/report-de.png and docs/report-en.png (the first page).
 */
import fs from "fs";
import os from "os";
import path from "path";
import { chromium, Browser, Page } from "playwright-core";
import { run, sha } from "./run";
import { writeExample, writeTemplate } from "../../src/workbook/assets";
import { editCell, typed } from "../workbook/editXlsx";
import { valueText } from "../../src/report/model";

const CHROMIUM = "/usr/bin/chromium";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deuz-report-"));
const files: Record<string, string> = {};
let browser: Browser;

beforeAll(async () => {
  for (const lang of ["de", "en"] as const) {
    files[`example-${lang}`] = path.join(dir, `beispiel-${lang}.xlsx`);
    fs.writeFileSync(files[`example-${lang}`], await writeExample(lang));
    files[`template-${lang}`] = path.join(dir, `vorlage-${lang}.xlsx`);
    fs.writeFileSync(files[`template-${lang}`], await writeTemplate(lang));
  }
  files.overTrue = path.join(dir, "ueberschrieben.xlsx");
  fs.writeFileSync(files.overTrue, await editCell(fs.readFileSync(files["example-de"]), "Anlage 3.9", "B6", typed("1")));
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: npm test's pretest installs Debian's chromium`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** The report opened in Chromium: every request the page makes and every uncaught error recorded; any http(s) request is refused. */
async function open(html: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 794, height: 1123 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(`${e.name}: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  await context.route("**/*", (route) => (route.request().url().startsWith("file:") ? route.continue() : route.abort()));
  await page.goto(`file://${html}`);
  await page.waitForLoadState("load");
  return { page, requests, errors };
}

describe.each(["de", "en"] as const)("deuz report --lang %s", (lang) => {
  test("the example: written, opened without error or request, numbers as deuz check --json, printed to PDF", async () => {
    const input = files[`example-${lang}`];
    const before = sha(input);
    const out = path.join(dir, `Bericht-${lang}.html`);
    const r = await run(["report", input, "--out", out, "--lang", lang, "--as-of", "2025-03-15"]);
    expect(r.err).toBe("");
    // as deuz check: criteria not met
    expect(r.code).toBe(1);
    expect(r.out).toBe(`${lang === "de" ? "Bericht" : "Report"}: ${out}\n`);
    expect(sha(input)).toBe(before);

    // the same day as the report: the example fills the law's sheet, whose verdicts are dated (issue 13)
    const check = JSON.parse((await run(["check", input, "--json", "--lang", lang, "--as-of", "2025-03-15"])).out);
    const { page, requests, errors } = await open(out);
    try {
      expect(errors).toEqual([]);
      expect(requests).toEqual([`file://${out}`]);
      // the summary: one row per criterion, its status, value and limit exactly the check's
      const rows = await page.$$eval("table.summary tr[data-id]", (trs) => trs.map((tr) => ({
        id: tr.getAttribute("data-id"), status: tr.getAttribute("data-status"), value: JSON.parse(tr.getAttribute("data-value")!), limit: JSON.parse(tr.getAttribute("data-limit")!),
        shown: tr.querySelector('[data-shown="value"]')!.textContent,
      })));
      expect(rows.map(({ id, status, value, limit }) => ({ id, status, value, limit }))).toEqual(check.criteria.map((c: { id: string; status: string; value: unknown; limit: unknown }) => ({ id: c.id, status: c.status, value: c.value, limit: c.limit })));
      for (const row of rows) expect(row.shown).toBe(valueText(row.id!, row.value, lang, row.limit));
      expect(rows.find((x) => x.id === "3.2.7")!.shown).toBe(lang === "de" ? "1,32" : "1.32");
      const counts = JSON.parse((await page.getAttribute("[data-counts]", "data-counts"))!);
      expect(counts).toEqual(check.summary);
      // a section per criterion in Anlage 2's order, the charts of the example with titles, and their tables
      await expect(page.$$eval("section.criterion", (s) => s.map((x) => x.getAttribute("data-id")))).resolves.toEqual(check.criteria.map((c: { id: string }) => c.id));
      await expect(page.locator("figure[data-chart] svg[role=img]").count()).resolves.toBe(7);
      await expect(page.locator("figure[data-chart] table.values").count()).resolves.toBe(7);
      await expect(page.locator("#k-3-2-7 .messages li.fail").textContent()).resolves.toContain(check.criteria.find((c: { id: string }) => c.id === "3.2.7").message);
      await expect(page.locator("#integrity").textContent()).resolves.toMatch(lang === "de" ? /enthalten ihre Formel/ : /holds its formula/);
      // the header of the printed pages: data centre, applicant, period, edition
      const css = await page.locator("style").textContent();
      expect(css).toMatch(/@top-left \{ content: "RZ Rheinufer 1 · Rheinufer Rechenzentren GmbH"/);
      // then the law's editions: the example fills the sheet "Gesetz EnEfG-EU" (issue 13)
      expect(css).toMatch(/@top-right \{ content: "[^"]*(01\.01\.2024 – 31\.12\.2024|2024-01-01 – 2024-12-31) · DE-UZ 228 Ausgabe Januar 2023, Version 3 · EnEfG vom 13\.11\.2023[^"]* · Delegierte Verordnung \(EU\) 2024\/1364[^"]*"/);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      expect((pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(5);
      // the first page, for the docs
      // as printed: print styles, and the page's margins (@page) around the cover
      await page.emulateMedia({ media: "print" });
      // the first printed page is the cover alone (the summary starts a page)
      await page.addStyleTag({ content: "body { padding: 20mm 15mm 0; } body > section:not(.cover) { display: none; }" });
      const shot = process.env.UPDATE_SCREENSHOT ? path.resolve(__dirname, `../../docs/report-${lang}.png`) : path.join(dir, `report-${lang}.png`);
      await page.screenshot({ path: shot, clip: { x: 0, y: 0, width: 794, height: 1123 } });
      expect(errors).toEqual([]);
      expect(requests).toEqual([`file://${out}`]);
    } finally {
      await page.context().close();
    }
  }, 120_000);

  test("an empty template: no chart, keine Daten / no data, no error", async () => {
    const out = path.join(dir, `Vorlage-${lang}.html`);
    const r = await run(["report", files[`template-${lang}`], "--out", out, "--lang", lang]);
    expect(r.code).toBe(1);
    const { page, requests, errors } = await open(out);
    try {
      await expect(page.locator("svg").count()).resolves.toBe(0);
      await expect(page.locator("[data-nodata]").count()).resolves.toBeGreaterThan(0);
      await expect(page.locator("[data-nodata]").first().textContent()).resolves.toContain(lang === "de" ? "keine Daten" : "no data");
      const pdf = await page.pdf({ preferCSSPageSize: true });
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      expect(errors).toEqual([]);
      expect(requests).toEqual([`file://${out}`]);
    } finally {
      await page.context().close();
    }
  }, 120_000);
});

describe("deuz report", () => {
  test("--pdf prints the same page with the installed Chromium", async () => {
    const out = path.join(dir, "mit-pdf.html");
    // a directory is never created on the way (issue 11): it exists before
    fs.mkdirSync(path.join(dir, "pdf"), { recursive: true });
    const pdf = path.join(dir, "pdf", "Bericht.pdf");
    const r = await run(["report", files["example-de"], "--out", out, "--pdf", pdf, "--as-of", "2025-03-15"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(1);
    expect(r.out).toBe(`Bericht: ${out}\nPDF: ${pdf}\n`);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
  }, 120_000);

  test("--pdf without Chromium says so, and what to do; the HTML is written all the same", async () => {
    const out = path.join(dir, "ohne-chromium.html");
    const saved = process.env.DEUZ_CHROMIUM;
    process.env.DEUZ_CHROMIUM = path.join(dir, "kein-chromium");
    try {
      const r = await run(["report", files["example-de"], "--out", out, "--pdf", path.join(dir, "nie.pdf")]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^deuz report: --pdf braucht Chromium, es ist keines installiert \(gesucht: .*kein-chromium\)\. .*sudo apt-get install chromium.*lädt keinen Browser herunter\. Der HTML-Bericht ist geschrieben: /);
      expect(fs.existsSync(out)).toBe(true);
      expect(fs.existsSync(path.join(dir, "nie.pdf"))).toBe(false);
      // the HTML of the German run is there: kept unless --force
      expect((await run(["report", files["example-en"], "--out", out, "--lang", "en"])).err).toMatch(/^deuz report: --out .*ohne-chromium\.html: exists: choose another name, or --force to overwrite it\n$/);
      const en = await run(["report", files["example-en"], "--out", out, "--pdf", path.join(dir, "nie.pdf"), "--lang", "en", "--force"]);
      expect(en.err).toMatch(/^deuz report: --pdf needs Chromium and none is installed .*downloads no browser/);
    } finally {
      if (saved === undefined) delete process.env.DEUZ_CHROMIUM;
      else process.env.DEUZ_CHROMIUM = saved;
    }
  }, 60_000);

  test("--rules: each rule set its summary and sections, the rows as deuz check --json gives them for the same rules and day", async () => {
    const out = path.join(dir, "regelwerke.html");
    const rules = ["--rules", "de-uz-228,enefg-2023,eu-2024-1364", "--as-of", "2025-03-15"];
    const r = await run(["report", files["example-de"], "--out", out, ...rules]);
    expect(r.err).toBe("");
    const html = fs.readFileSync(out, "utf8");
    const check = JSON.parse((await run(["check", files["example-de"], "--json", ...rules])).out);
    const rows = [...html.matchAll(/<tr class="[^"]*" data-id="([^"]+)" data-status="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(rows).toEqual(check.criteria.map((c: { id: string; status: string }) => `${c.id} ${c.status}`));
    for (const id of ["de-uz-228", "enefg-2023", "eu-2024-1364"]) expect(html).toContain(`<section class="part group" data-rule-set="${id}">`);
    expect(html.match(/data-roadmap=/g)?.length ?? 0).toBe(check.roadmap.length);
  }, 60_000);

  test("typed-over cells: the integrity section lists them with cell, content and the template's formula", async () => {
    const out = path.join(dir, "integritaet.html");
    const r = await run(["report", files.overTrue, "--out", out]);
    expect(r.code).toBe(1);
    const html = fs.readFileSync(out, "utf8");
    expect(html).toMatch(/<tr data-overwritten="PUE_Pruefung"><td class="cell">&#39;Anlage 3\.9&#39;!B6<\/td>/);
    expect(html).toContain("=DEUZ.PUE.CHECK(PUE_Jahr,Inbetriebnahme_RZ,Berichtszeitraum_Beginn)");
    expect(html).toMatch(/Integrität der Arbeitsmappe \(3\.1\.2\): 1/);
  }, 60_000);

  test("the input is never written: --out or --pdf naming it is refused; bad options say what is expected", async () => {
    const input = files["example-de"];
    const before = sha(input);
    const same = await run(["report", input, "--out", input]);
    expect(same.code).toBe(2);
    expect(same.err).toBe("deuz report: --out muss eine neue Datei nennen; die Eingabe wird nie geschrieben\n");
    const pdf = await run(["report", input, "--out", path.join(dir, "x.html"), "--pdf", input, "--lang", "en"]);
    expect(pdf.err).toBe("deuz report: --pdf must name a new file; the input is never written\n");
    expect(sha(input)).toBe(before);
    expect((await run(["report", input])).err).toMatch(/^deuz report: usage: deuz report FILE\.xlsx --out REPORT\.html/);
    // --rules and --as-of as deuz check reads them (src/cli/rulesets.ts)
    expect((await run(["report", input, "--out", path.join(dir, "y.html"), "--as-of", "15.03.2025"])).err).toBe("deuz report: --as-of is a date YYYY-MM-DD, not 15.03.2025\n");
    expect((await run(["report", input, "--out", path.join(dir, "y.html"), "--rules", "gibt-es-nicht"])).err).toMatch(/^deuz report: --rules takes de-uz-228, .*not gibt-es-nicht\n$/);
    const missing = await run(["report", path.join(dir, "gibt-es-nicht.xlsx"), "--out", path.join(dir, "z.html")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^deuz report: .*gibt-es-nicht\.xlsx kann nicht gelesen werden \(ENOENT\)/);
  }, 60_000);
});
