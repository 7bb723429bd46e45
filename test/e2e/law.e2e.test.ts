/**
 * The task pane's law view (issue 13) in Debian's Chromium, inside "Excel" as test/e2e/taskpane.e2e.test.ts runs it
 * (office.js answered by the browser build of the HyperFormula-backed fake, test/e2e/fakeOffice.ts, with the bundled
 * example): choose the EnEfG in Prüfen, see the findings grouped by rule set with their scope verdicts and the
 * roadmap sorted by date, German and English. The law's inputs that decide a verdict asserted here are typed into
 * the fake's cells by the test, so the example's own law sheet may hold what it likes.
 */
import os from "os";
import path from "path";
import type { Page } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { paneRun } from "./serve";

const pane = paneRun();

/** 2021-01-01 as Excel counts days. */
const JAN_2021 = 44197;

/** The law's answers that decide what this test asserts (a 1.5 MW site, 1.2 MW IT; customers not yet informed). */
const LAW = {
  Nennanschlussleistung_nr_kW: 1500, IT_Nennanschlussleistung_kW: 1200, Oeffentlicher_Traeger: "Nein",
  EnMS_Art: "DIN EN ISO 50001", EnMS_eingerichtet: JAN_2021, EnMS_zertifiziert: JAN_2021, EnMS_Befreiung_12_4: "Nein",
  Ausserbetriebnahme_geplant: null, Kunden_Dritte: "Ja", Kunden_Jahresverbrauch: "Nein",
};

async function openPane(lang: "de" | "en", law: Record<string, string | number | null>): Promise<Page> {
  const p = await pane.open({ book: "example", lang });
  // the answers typed into the fake's cells by defined name, as a user types them into "Gesetz EnEfG-EU"
  await p.evaluate((values) => {
    const x = (window as unknown as { __excel: { nameRange(n: string): { sheet: string; range: string }; sheet(s: string): { cells: Map<string, unknown> } } }).__excel;
    for (const [name, v] of Object.entries(values)) {
      const at = x.nameRange(name);
      x.sheet(at.sheet).cells.set(at.range.replace(/\$/g, "").split(":")[0], v);
    }
  }, law);
  await p.getByRole("tab", { name: /Prüfen|Check/ }).click();
  return p;
}

/** Chooses the rule sets (by id) and the day, then runs the check. */
async function check(p: Page, ids: string[], asOf: string) {
  for (const id of ["de-uz-228", "enefg-2023", "eu-2024-1364", "enefg-2026-entwurf"]) {
    const box = p.getByTestId(`rule-set-${id}`);
    await (ids.includes(id) ? box.check() : box.uncheck());
  }
  await p.locator('input[data-testid="as-of"]').fill(asOf);
  await p.getByTestId("run-check").click();
  await p.getByTestId("law-findings").waitFor({ timeout: 60_000 });
  await p.waitForFunction(() => document.querySelector("[data-testid=run-check]")?.getAttribute("aria-disabled") !== "true");
}

const texts = (p: Page, selector: string) => p.locator(selector).allTextContents();

test("German: the choice (DE-UZ 228 by default, the draft marked), EnEfG chosen on the example: grouped findings, not met first, the roadmap by date, the law's cell marked", async () => {
  const p = await openPane("de", LAW);
  // the choice: DE-UZ 228 alone by default, no day asked until a law's rule set is chosen; the draft says so
  await expect(p.getByTestId("rule-set-de-uz-228").isChecked()).resolves.toBe(true);
  for (const id of ["enefg-2023", "eu-2024-1364", "enefg-2026-entwurf"]) await expect(p.getByTestId(`rule-set-${id}`).isChecked()).resolves.toBe(false);
  await expect(p.locator(".role", { has: p.getByTestId("rule-set-enefg-2026-entwurf") }).textContent()).resolves.toMatch(/^EnEfG-Novelle 2026\s*Entwurf.*kein geltendes Recht/);
  await expect(p.getByTestId("as-of").count()).resolves.toBe(0);

  await check(p, ["de-uz-228", "enefg-2023"], "2027-07-01");
  await expect(p.getByTestId("findings-summary").first().textContent()).resolves.toMatch(/\d+ nicht erfüllt, \d+ mit fehlenden Angaben \(Stichtag 01\.07\.2027\)/);
  // one group per rule set, each with its title, edition and scope verdict
  await expect(texts(p, "[data-testid=law-findings] h3")).resolves.toEqual(["Blauer Engel DE-UZ 228 Rechenzentren", expect.stringMatching(/^Energieeffizienzgesetz \(EnEfG\) §§ 11-1\d$/)]);
  const enefg = p.getByTestId("group-enefg-2023");
  await expect(enefg.getByTestId("group-edition").textContent()).resolves.toMatch(/^Fassung: EnEfG vom 13\.11\.2023, BGBl\. 2023 I Nr\. 309/);
  await expect(enefg.getByTestId("group-scope").textContent()).resolves.toBe("anwendbar nicht redundante Nennanschlussleistung ab 300 kW (§ 3 Nr. 24 EnEfG)");
  // within the group: not met first (§ 15, customers not informed), the met ones folded
  await expect(enefg.locator("h4").first().textContent()).resolves.toMatch(/^Nicht erfüllt \(\d+\)/);
  const first = enefg.locator("ul.findings").first().locator("li").first();
  await expect(first.getAttribute("data-status")).resolves.toBe("fail");
  await expect(enefg.getByTestId("finding-EnEfG-15").getAttribute("data-status")).resolves.toBe("fail");
  await expect(enefg.getByTestId("finding-EnEfG-15").textContent()).resolves.toMatch(/§ 15 EnEfG: seit dem 01\.01\.2024 jedem Kunden/);
  await expect(enefg.locator("details.folded [data-testid=finding-EnEfG-12]").getAttribute("data-status")).resolves.toBe("pass");
  // the roadmap: sorted by date, PUE 1,5 from 01.07.2027 and 1,3 from 01.07.2030, UNVERIFIED readings flagged
  const roadmap = p.getByTestId("roadmap");
  await expect(roadmap.locator("h2").textContent()).resolves.toBe("Fahrplan: was ab wann gilt");
  const days = (await roadmap.locator("[data-testid=roadmap-entry] .finding-head > :first-child").allTextContents()).map((d) => d.replace(/^ab (\d\d)\.(\d\d)\.(\d{4})$/, "$3-$2-$1"));
  expect(days.length).toBeGreaterThanOrEqual(5);
  expect(days).toEqual([...days].sort());
  const pue = await roadmap.locator("[data-testid=roadmap-entry][data-id=EnEfG-11-1] .finding-head").allTextContents();
  expect(pue).toEqual([expect.stringMatching(/^ab 01\.07\.2027PUE ≤ 1,5[✓✗?]/), expect.stringMatching(/^ab 01\.07\.2030PUE ≤ 1,3[✓✗?]/)]);
  await expect(roadmap.locator("[data-id=EnEfG-11-1] [data-testid=roadmap-value]").first().textContent()).resolves.toMatch(/^Wert der Arbeitsmappe: \d,\d\d$/);
  await expect(roadmap.getByTestId("roadmap-caveat-annualAverage").textContent()).resolves.toMatch(/^nicht verifiziert.*UNVERIFIED/);
  await expect(roadmap.locator("[data-id=EnEfG-11-5] [data-testid=roadmap-caveat-unsubsidised]").first().textContent()).resolves.toMatch(/ungefördert/);
  await expect(roadmap.locator("[data-id=EnEfG-13]").textContent()).resolves.toMatch(/jährlich bis 31\. März für das Vorjahr; nächste Frist 31\.03\.2028/);
  // docs/taskpane-roadmap.png with UPDATE_SCREENSHOT=1; the EnEfG group beside it in the temp directory, to look at
  await roadmap.screenshot({ path: process.env.UPDATE_SCREENSHOT ? path.resolve(__dirname, "../../docs/taskpane-roadmap.png") : path.join(os.tmpdir(), "deuz-taskpane-roadmap.png") });
  await enefg.screenshot({ path: path.join(os.tmpdir(), "deuz-taskpane-enefg.png") });
  // the law's finding marked in its cell with a note naming it, like DE-UZ 228's
  const notes = await p.evaluate(() => [...(window as unknown as { __excel: { notes: Map<string, string> } }).__excel.notes.values()]);
  expect(notes.some((n) => /^EnEfG-15 \(Kunden über ihren Energieverbrauch informiert/.test(n))).toBe(true);
  // nothing cut off at 320 px; headings in order (h2 summary, h3 a rule set, h4 its lists); no serious axe violation
  await expect(p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).resolves.toBeLessThanOrEqual(0);
  const levels = await p.evaluate(() => [...document.querySelectorAll("[data-testid=law-findings] :is(h2,h3,h4)")].map((h) => Number(h.tagName[1])));
  expect(levels.every((l, i) => i === 0 || l <= levels[i - 1] + 1)).toBe(true);
  const axe = await new AxeBuilder({ page: p }).exclude("[data-tabster-dummy]").analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 100)).join(" | ")}`)).toEqual([]);
  await p.context().close();
});

test("English: the draft beside the law, marked Draft wherever it shows; a site under 300 kW: not applicable with the reason, no roadmap", async () => {
  const p = await openPane("en", LAW);
  await check(p, ["enefg-2023", "enefg-2026-entwurf"], "2026-11-30");
  await expect(p.getByTestId("findings-summary").first().textContent()).resolves.toMatch(/not met, \d+ with missing data \(as of 2026-11-30\)|Every applicable requirement is met \(as of 2026-11-30\)/);
  // DE-UZ 228 not chosen: only the two groups
  await expect(texts(p, "[data-testid=law-findings] h3")).resolves.toEqual([expect.stringMatching(/^Energy Efficiency Act \(EnEfG\) §§ 11-1\d$/), "EnEfG amendment, BMWE draft of 2026-04-09 (DRAFT) Draft"]);
  await expect(p.getByTestId("group-enefg-2026-entwurf").textContent()).resolves.toMatch(/DRAFT, not law: the findings show what the draft would change/);
  const draftPue = await p.locator("[data-testid=roadmap-entry][data-rule-set=enefg-2026-entwurf][data-id=EnEfG-11-1]").allTextContents();
  expect(draftPue).toEqual([expect.stringMatching(/^from 2027-07-01PUE ≤ 1\.6.*EnEfG amendment 2026 · EnEfG-11-1 Draft/), expect.stringMatching(/^from 2030-07-01PUE ≤ 1\.4/)]);
  await expect(p.locator("[data-testid=roadmap-entry][data-id=EnEfG-11-1]").first().getAttribute("data-rule-set")).resolves.toBe("enefg-2023");
  await expect(p.locator("[data-id=EnEfG-12] .finding-head").first().textContent()).resolves.toMatch(/^from 2025-07-01Energy or environmental management system \(EnEfG § 12\(1\)\)✓ would be met/);
  await p.context().close();

  const small = await openPane("en", { ...LAW, Nennanschlussleistung_nr_kW: 250 });
  await check(small, ["enefg-2023"], "2027-07-01");
  await expect(small.getByTestId("group-enefg-2023").getAttribute("data-scope")).resolves.toBe("not_applicable");
  await expect(small.getByTestId("group-scope").textContent()).resolves.toMatch(/^not applicable EnEfG § 3 No\. 24: .* from 300 kW; here 250 kW\.$/);
  // out of scope: no list of criteria, and no dated requirement
  await expect(small.getByTestId("group-enefg-2023").getByTestId("findings").count()).resolves.toBe(0);
  await expect(small.getByTestId("roadmap-none").textContent()).resolves.toMatch(/^No dated requirement/);
  await small.context().close();
});

test("the choice is kept for the session: a reloaded pane shows it again", async () => {
  const p = await openPane("de", LAW);
  await p.getByTestId("rule-set-eu-2024-1364").check();
  await p.reload();
  await p.getByRole("tab", { name: "Prüfen" }).click();
  await expect(p.getByTestId("rule-set-eu-2024-1364").isChecked()).resolves.toBe(true);
  await expect(p.getByTestId("rule-set-de-uz-228").isChecked()).resolves.toBe(true);
  await expect(p.getByTestId("rule-set-enefg-2026-entwurf").isChecked()).resolves.toBe(false);
  await p.context().close();
});
