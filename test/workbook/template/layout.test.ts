/**
 * The template's layout: defined names (the same in German and English), one Anlage 2 row per criterion,
 * every name the catalogue reads defined, every mark reading the criterion's status, and the written file
 * computing the same statuses as the catalogue when any spreadsheet engine reads it back.
 */
import { checkAll, criteria } from "../../../src/engine/criteria";
import { CellValue, Inputs } from "../../../src/engine/criteria/types";
import { serial } from "../../../src/engine/dates";
import { writeBook } from "../../../src/workbook/write";
import { evaluateBook } from "../../../src/workbook/evaluate";
import { fillCompliant, fillExample } from "../../../src/workbook/example/scenario";
import { setInput } from "../../../src/workbook/fill";
import { buildTemplate } from "../../../src/workbook/template/build";
import { statusName } from "../../../src/workbook/template/checklist";
import { cellAddress, templateName, templateNames } from "../../../src/workbook/template/names";
import { colours, markFill } from "../../../src/workbook/template/styles";
import { statusOf, statusWords } from "../../../src/workbook/template/vocabulary";
import { xlsxEngine } from "./xlsxToHyperFormula";

describe("defined names", () => {
  test("the German and the English template define the same names over the same cells", () => {
    const de = templateNames("de").map((n) => `${n.name}=${n.reference}`);
    const en = templateNames("en").map((n) => `${n.name}=${n.reference}`);
    expect(en).toEqual(de);
    expect(new Set(de.map((x) => x.split("=")[0].toLowerCase())).size).toBe(de.length);
  });

  test("issue 3's names exist; the monthly ones lie over the same rows of Anlage 3.4, first row = first month", () => {
    const monat = templateName("Monat")!;
    expect(monat.sheet).toBe("Anlage 3.4");
    expect(monat.rows).toBeGreaterThanOrEqual(36);
    for (const n of ["MP_EVU", "MP_EE", "MP_NEA", "MP_IT2", "MP_KS", "MP_So", "MP_KE", "MP_RZ", "MP_An", "MP_Auskopplung", "Wasser_m3", "Strom_erneuerbar_kWh"]) {
      expect(templateName(n)).toMatchObject({ sheet: "Anlage 3.4", row: monat.row, rows: monat.rows, cols: 1 });
    }
    for (const n of ["Antragsdatum", "Inbetriebnahme_RZ", "Inbetriebnahme_Kuehlsystem", "Berichtszeitraum_Beginn", "Berichtszeitraum_Ende",
      "Rolle_RZ_Betreiber", "Rolle_RZ_Dienstleister", "Rolle_IT_Betreiber", "Anschlussleistung_kW"]) {
      expect(templateName(n)).toMatchObject({ sheet: "Stammdaten", rows: 1, cols: 1 });
    }
  });

  test("a finding's cell becomes an address with its sheet", () => {
    const it2 = templateName("MP_IT2")!;
    const column = it2.range.replace(/\$/g, "").replace(/\d+:.*$/, "");
    expect(cellAddress({ name: "MP_IT2", row: 5 })).toBe(`'Anlage 3.4'!${column}${it2.row + 5}`);
    expect(cellAddress({ name: "PUE_Jahr" })).toBe("'Anlage 3.9'!B4");
    expect(cellAddress({ name: "Antragsdatum" })).toMatch(/^Stammdaten!B\d+$/);
    expect(cellAddress({ name: "CPU_Auslastung", row: 0, column: 2 })).toMatch(/^'Anlage 4\.2'!D\d+$/);
    expect(cellAddress({ name: "Kein_Name" })).toBe("Kein_Name");
  });

  test("every name the catalogue reads is defined by the template", () => {
    const defined = new Set(templateNames().map((n) => n.name));
    const read = new Set<string>();
    const scenarios = [
      () => undefined,
      (b: ReturnType<typeof buildTemplate>["book"]) => setInput(b, "Rolle_RZ_Betreiber", null),
      (b: ReturnType<typeof buildTemplate>["book"]) => {
        setInput(b, "Inbetriebnahme_RZ", serial("2024-06-01"));
        setInput(b, "Antragsdatum", serial("2025-03-01"));
        setInput(b, "MP_IT2", null, 20);
        setInput(b, "Teilflaeche", "Ja");
        setInput(b, "Reuse_Ausnahme", "Ja");
      },
    ];
    for (const change of scenarios) {
      const { book } = buildTemplate("de");
      fillCompliant(book, "de");
      change(book);
      const ev = evaluateBook(book);
      const recording: Inputs = {
        has: (n) => (read.add(n), ev.inputs.has(n)),
        value: (n): CellValue => (read.add(n), ev.inputs.value(n)),
        matrix: (n) => (read.add(n), ev.inputs.matrix(n)),
      };
      checkAll(recording);
      ev.destroy();
    }
    expect([...read].filter((n) => !defined.has(n))).toEqual([]);
    expect(read.size).toBeGreaterThan(60);
  });
});

describe("Anlage 2", () => {
  const { book } = buildTemplate("de");
  const sheet = book.sheets.find((s) => s.name === "Anlage 2")!;

  test("has one row per criterion of the catalogue, in its order, with a status formula", () => {
    const first = templateName(statusName(criteria[0].id))!.row;
    criteria.forEach((c, i) => {
      expect(sheet.rows[first + i - 1][0]?.value).toBe(c.id);
      expect(sheet.rows[first + i - 1][1]?.value).toBe(c.title.de);
      expect(sheet.rows[first + i - 1][7]?.value).toBe(c.nachweis.de);
      expect(templateName(statusName(c.id))).toMatchObject({ sheet: "Anlage 2", row: first + i, col: 7 });
      expect(sheet.rows[first + i - 1][6]?.formula).toBeTruthy();
    });
  });

  test("the evidence column (Nachweis) is text: documents never enter a status formula", () => {
    const first = templateName(statusName(criteria[0].id))!.row;
    for (let i = 0; i < criteria.length; i++) expect(sheet.rows[first + i - 1][6]!.formula).not.toMatch(/H\d|Nachweis/);
  });
});

describe("conditional formats", () => {
  test("every mark reads a criterion's status in Anlage 2; Anlage 2's marks read the status column", () => {
    for (const lang of ["de", "en"] as const) {
      const { book } = buildTemplate(lang);
      const w = statusWords[lang];
      for (const s of book.sheets) {
        for (const cf of s.conditional) {
          if (s.name === "Anlage 2") expect(cf.formula).toMatch(/^G\d+="/);
          // issue 13: the law's sheet has no Anlage 2 row; each of its marks reads the law's scope instead (300 kW, 500 kW IT)
          else if (s.name === "Gesetz EnEfG-EU") expect(cf.formula).toMatch(/N\((Nennanschlussleistung_nr_kW\)>=300|IT_Nennanschlussleistung_kW\)>=500)/);
          // the IDs Anlage 2 does not judge (3.3.1, 3.3.2): red while the criterion applies (docs/interpretations.md)
          // a GPU server named in Anlage 4.2 amber (issue 10: left out, it fails nothing)
          else if (new RegExp(`Status_3_3_[12]<>"${w.not_applicable}"`).test(cf.formula)) expect(cf.style).toBe(/IT_GPU/.test(cf.formula) ? "missing" : "fail");
          else if (/Rolle_/.test(cf.formula)) expect(cf.style).toBe("missing");
          else expect(cf.formula).toMatch(cf.style === "fail" ? new RegExp(`Status_[0-9_]+="${w.fail}"`) : new RegExp(`Status_[0-9_]+="${w.missing}"`));
        }
      }
    }
  });

  test("inputs of issue 3 are marked: the PUE cell, the meter values, the inventory's refrigerant", () => {
    const { book } = buildTemplate("de");
    const ranges = (sheet: string) => book.sheets.find((s) => s.name === sheet)!.conditional.map((c) => `${c.style}:${c.range}`);
    expect(ranges("Anlage 3.9")).toContain("fail:B4");
    const kaelte = templateName("TGA_Kaeltemittel")!;
    expect(ranges("Anlage 3.5")).toContain(`fail:${kaelte.range.replace(/\$/g, "")}`);
    expect(ranges("Anlage 3.4").some((r) => r.startsWith("missing:B"))).toBe(true);
  });

  test("the fill colours are named constants the annotator and task pane share", () => {
    expect(markFill).toEqual({ fail: `#${colours.fail.slice(2)}`, missing: `#${colours.missing.slice(2)}` });
  });
});

describe("the written file", () => {
  test.each([["de"], ["en"]] as const)("read back by a spreadsheet engine, Anlage 2 (%s) shows the catalogue's statuses", async (lang) => {
    const { book } = buildTemplate(lang);
    fillExample(book, lang);
    const ev = evaluateBook(book);
    const expected = checkAll(ev.inputs).map((f) => [f.id, f.status]);
    ev.destroy();
    const engine = await xlsxEngine(await writeBook(book, { lang, cachedResults: false }));
    const fromFile = criteria.map((c) => [c.id, statusOf(engine.valueOf(statusName(c.id)))]);
    engine.hf.destroy();
    expect(fromFile).toEqual(expected);
    expect(expected.filter(([, s]) => s === "fail").length).toBeGreaterThan(0);
  });
});
