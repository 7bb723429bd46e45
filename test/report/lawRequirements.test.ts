/**
 * The law's criteria in `deuz report` (issue 15): every criterion of every law rule set has its requirement text and
 * source cells (src/report/requirements.ts lawRequirements), every source is a defined name of the template, and a
 * report of the bundled example with --rules enefg-2023 shows both in an EnEfG section, in German and English.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { ruleSets } from "../../src/engine/rulesets";
import { draftRequirements, lawRequirements, requirements } from "../../src/report/requirements";
import { words } from "../../src/report/text";
import { writeExample } from "../../src/workbook/assets";
import { buildTemplate } from "../../src/workbook/template/build";
import { run } from "../cli/run";

const lawSets = ruleSets.filter((s) => s.id !== "de-uz-228");

describe("lawRequirements", () => {
  test("every criterion of every law rule set (EnEfG 2023, its draft, EU 2024/1364) has an entry citing its paragraph", () => {
    expect(lawSets.map((s) => s.id).sort()).toEqual(["enefg-2023", "enefg-2026-entwurf", "eu-2024-1364"]);
    const ids = lawSets.flatMap((s) => s.criteria.map((c) => c.id));
    expect(ids.filter((id) => !lawRequirements[id])).toEqual([]);
    // no entry without a criterion, and none shadowed by a DE-UZ id
    expect(Object.keys(lawRequirements).filter((id) => !ids.includes(id) || requirements[id])).toEqual([]);
    for (const [id, r] of Object.entries(lawRequirements)) {
      expect([id, r.text.de]).toEqual([id, expect.stringMatching(/(§ \d+|\(EU\) 2024\/1364)/)]);
      expect([id, r.text.en]).toEqual([id, expect.stringMatching(/(§ \d+|\(EU\) 2024\/1364)/)]);
      expect([id, r.sources.length > 0]).toEqual([id, true]);
    }
    // the EU report's unverified contents say so (law-notes.md § 2.2)
    expect(lawRequirements["EU-1364"].text.de).toContain("UNVERIFIED");
    expect(lawRequirements["EU-1364"].text.en).toContain("UNVERIFIED");
  });

  test("every source is a defined name of the template (German and English template alike)", () => {
    for (const lang of ["de", "en"] as const) {
      const names = new Set(buildTemplate(lang).book.names.map((n) => n.name));
      const unknown = Object.entries(lawRequirements).flatMap(([id, r]) => r.sources.filter((s) => !names.has(s.name)).map((s) => `${id}: ${s.name}`));
      expect(unknown).toEqual([]);
    }
  });
});

describe("deuz report --rules enefg-2023 of the example", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deuz-law-req-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each(["de", "en"] as const)("%s: an EnEfG section shows what it requires and the cells its inputs come from", async (lang) => {
    const input = path.join(dir, `beispiel-${lang}.xlsx`);
    fs.writeFileSync(input, await writeExample(lang));
    const out = path.join(dir, `bericht-${lang}.html`);
    const r = await run(["report", input, "--out", out, "--lang", lang, "--rules", "enefg-2023", "--as-of", "2025-03-15"]);
    expect(r.err).toBe("");
    const html = fs.readFileSync(out, "utf8");
    const section = (id: string) => {
      const start = html.search(new RegExp(`<section class="criterion" id="[^"]*" data-id="${id}"`));
      expect(start).toBeGreaterThan(-1);
      return html.slice(start, html.indexOf("</section>", start));
    };
    // § 11(5): the requirement, and the monthly meters of Anlage 3.4 it reads with their cells
    const ren = section("EnEfG-11-5");
    expect(ren).toContain(`<h4>${words[lang].what}</h4>`);
    expect(ren).toContain(lang === "de" ? "§ 11 Abs. 5 EnEfG: Betreiber von Rechenzentren decken den Stromverbrauch" : "EnEfG § 11(5): data centre operators cover");
    // (the page escapes the sheet's quotes as &#39;)
    expect(ren).toMatch(/<p class="sources">[^<]*Berichtszeitraum_Beginn <span class="cell">Stammdaten!B\d+<\/span>/);
    expect(ren).toContain("Strom_erneuerbar_kWh <span class=\"cell\">&#39;Anlage 3.4&#39;!M32:M43</span>");
    expect(ren).toContain("MP_EVU <span class=\"cell\">&#39;Anlage 3.4&#39;!B32:B43</span>");
    // § 12: a single cell of the law's sheet
    const ems = section("EnEfG-12");
    expect(ems).toContain(lang === "de" ? "§ 12 Abs. 1, 3 EnEfG: Betreiber von Rechenzentren richten bis zum 1. Juli 2025" : "EnEfG § 12(1), (3): data centre operators set up");
    expect(ems).toMatch(/EnMS_Art <span class="cell">&#39;Gesetz EnEfG-EU&#39;![A-Z]+\d+<\/span>/);
  });
});

describe("the 2026 draft's own limits", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deuz-law-draft-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("where the draft changes a limit its section says the draft's, marked ENTWURF, never the statute's alone", async () => {
    expect(Object.keys(draftRequirements).sort()).toEqual(["EnEfG-11-1", "EnEfG-11-2-PUE"]);
    expect(draftRequirements["EnEfG-11-1"].text.de).toMatch(/^ENTWURF .*höchstens 1,6 ab dem 1\. Juli 2027 und von höchstens 1,4 ab dem 1\. Juli 2030 \(geltendes Recht: 1,5 und 1,3\)/);
    expect(draftRequirements["EnEfG-11-2-PUE"].text.en).toMatch(/^DRAFT .*at most 1\.3 \(the law in force: 1\.2\)/);
    const input = path.join(dir, "beispiel.xlsx");
    fs.writeFileSync(input, await writeExample("de"));
    const out = path.join(dir, "bericht.html");
    const r = await run(["report", input, "--out", out, "--rules", "enefg-2026-entwurf", "--as-of", "2026-11-30"]);
    expect(r.err).toBe("");
    const html = fs.readFileSync(out, "utf8");
    const start = html.search(/<section class="criterion" id="[^"]*" data-id="EnEfG-11-1"/);
    expect(start).toBeGreaterThan(-1);
    const section = html.slice(start, html.indexOf("</section>", start));
    expect(section).toContain("ENTWURF (BMWE, 9.4.2026; kein geltendes Recht) zu § 11 Abs. 1 EnEfG");
    expect(section).not.toContain("von höchstens 1,5 ab dem 1. Juli 2027 und von höchstens 1,3");
    // a criterion the draft leaves alone keeps the statute's text
    const ems = html.slice(html.search(/data-id="EnEfG-12"/));
    expect(ems).toContain("§ 12 Abs. 1, 3 EnEfG: Betreiber von Rechenzentren richten bis zum 1. Juli 2025");
  });
});
