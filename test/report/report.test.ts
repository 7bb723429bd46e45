/**
 * The report model and its HTML, pure (src/report): the sections follow Anlage 2, every figure is the engine's,
 * the charts have titles, units and tables, an empty template says "keine Daten", and workbook text is escaped.
 */
import { checkAll, criteria } from "../../src/engine/criteria";
import { CellRef, Inputs } from "../../src/engine/criteria/types";
import { serial } from "../../src/engine/dates";
import { buildReport, chartsOf, renderReport, seriesOf } from "../../src/report";
import { requirements } from "../../src/report/requirements";
import { chartSvg, niceTicks } from "../../src/report/svg";
import { writeExample, writeTemplate } from "../../src/workbook/assets";
import { checkWorkbook } from "../../src/workbook/check";
import { buildTemplate } from "../../src/workbook/template/build";

let example: { inputs: Inputs; address: (ref: CellRef) => string };
let empty: { inputs: Inputs; address: (ref: CellRef) => string };

beforeAll(async () => {
  const ex = await checkWorkbook(await writeExample("de"), "beispiel.xlsx");
  example = { inputs: ex.evaluated.inputs, address: (ref) => ex.evaluated.address(ref) };
  const tp = await checkWorkbook(await writeTemplate("de"), "vorlage.xlsx");
  empty = { inputs: tp.evaluated.inputs, address: (ref) => tp.evaluated.address(ref) };
});

const options = (address: (ref: CellRef) => string, lang: "de" | "en" = "de") => ({ lang, asOf: serial("2025-03-15"), file: "beispiel.xlsx", address });

/** The inputs with some cells replaced (text a user typed). */
function withCells(inputs: Inputs, cells: Record<string, string>): Inputs {
  return {
    has: (n) => inputs.has(n),
    value: (n) => (n in cells ? cells[n] : inputs.value(n)),
    matrix: (n) => (n in cells ? [[cells[n]]] : inputs.matrix(n)),
  };
}

describe("what each section says", () => {
  test("every criterion of the catalogue has its requirement, and every source is a defined name of the template", () => {
    const names = new Set(buildTemplate("de").book.names.map((n) => n.name));
    expect(criteria.map((c) => c.id).filter((id) => !requirements[id])).toEqual([]);
    const unknown = Object.entries(requirements).flatMap(([id, r]) => r.sources.filter((s) => !names.has(s.name)).map((s) => `${id}: ${s.name}`));
    expect(unknown).toEqual([]);
  });

  test("one section per criterion in the order of Anlage 2, each with requirement, Nachweis and status", () => {
    const findings = checkAll(example.inputs);
    const m = buildReport(example.inputs, findings, options(example.address));
    expect(m.groups).toHaveLength(1);
    expect(m.groups[0].ruleSet.id).toBe("de-uz-228");
    expect(m.groups[0].sections.map((s) => s.id)).toEqual(criteria.map((c) => c.id));
    for (const s of m.groups[0].sections) {
      expect(s.requirement.length).toBeGreaterThan(20);
      expect(s.nachweis.length).toBeGreaterThan(5);
    }
    const pue = m.groups[0].sections.find((s) => s.id === "3.2.7")!;
    expect(pue.status).toBe("fail");
    // the finding with what to do, and the cell it names
    expect(pue.messages[0]).toEqual({ kind: "fail", text: expect.stringMatching(/^3\.2\.7: PUE 1,32 hält den Grenzwert 1,30 nicht ein/), cells: ["'Anlage 3.9'!B4"] });
    // the figures and the cells of the months of the period they come from
    expect(pue.figures.find((f) => f.label.startsWith("Strombedarf IT"))).toEqual({ label: "Strombedarf IT (MP_IT2)", value: expect.stringMatching(/^\d{1,3}(\.\d{3})+ kWh$/), cells: ["'Anlage 3.4'!E32:E43"] });
    expect(m.meta).toMatchObject({ dataCentre: "RZ Rheinufer 1", applicant: "Rheinufer Rechenzentren GmbH", period: "01.01.2024 – 31.12.2024", asOf: "15.03.2025" });
    expect(m.meta.roles).toHaveLength(3);
  });

  test("a finding's rule set groups it: a second rule set gets its own summary and sections (issue 13 adds the law's)", () => {
    const findings = checkAll(example.inputs);
    const law = { ...findings[0], id: "EnEfG-12", ruleSet: "enefg-2023" };
    const m = buildReport(example.inputs, [...findings, law], {
      ...options(example.address),
      ruleSets: [{ id: "de-uz-228", title: { de: "DE-UZ 228", en: "DE-UZ 228" }, edition: "2023" }, { id: "enefg-2023", title: { de: "EnEfG", en: "EnEfG" }, edition: "BGBl. 2023 I Nr. 309" }],
      roadmap: [{ ruleSet: "enefg-2023", id: "EnEfG-11-1", from: "2027-07-01", limit: 1.5, value: 1.32, met: true }],
    });
    expect(m.groups.map((g) => g.summary.map((r) => r.id).length)).toEqual([findings.length, 1]);
    const html = renderReport(example.inputs, [...findings, law], { ...options(example.address), ruleSets: m.meta.ruleSets, roadmap: m.roadmap });
    expect(html).toContain('data-roadmap="EnEfG-11-1"');
    expect(html).toContain('data-rule-set="enefg-2023"');
  });
});

describe("figures and charts are the engine's", () => {
  test("the annual figures beside the charts are the findings' values (PUE, CER, ITEU_SV, coverage)", () => {
    const findings = checkAll(example.inputs);
    const s = seriesOf(example.inputs);
    const value = (id: string) => findings.find((f) => f.id === id)!.value;
    expect(s.pue.value).toBe(value("3.2.7"));
    expect(s.cer.value).toBe(value("3.2.8"));
    expect(s.it.iteu).toBe(value("3.3.3"));
    expect(s.renewable.value).toBe(value("3.2.4"));
    expect(s.erf.value).toBe(value("3.2.10"));
    // PUE is the ratio of the sums, never the mean of the monthly ratios
    expect(s.pue.value).toBeCloseTo((s.pueSums.total - s.pueSums.extraction) / s.pueSums.it, 12);
    // ITEU_SV is the mean of the monthly means (Anhang D 1), which the chart shows
    const means = s.cpu.filter((c) => c.mean !== null).map((c) => c.mean!);
    expect(s.it.iteu).toBeCloseTo(means.reduce((a, b) => a + b, 0) / means.length, 12);
    expect(s.points).toHaveLength(12);
  });

  test("seven charts for the example, each with a title, axis label with unit, a description and a table of its numbers", () => {
    const charts = chartsOf(seriesOf(example.inputs), "de");
    expect(charts.map((c) => c.criterion)).toEqual(["3.2.2", "3.2.4", "3.2.7", "3.2.8", "3.2.10", "3.3.2", "3.3.3"]);
    for (const c of charts) {
      const svg = chartSvg(c.spec);
      expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="[^"]+-title [^"]+-desc"/);
      expect(svg).toContain(`<title id="${c.spec.id}-title">`);
      expect(c.spec.yLabel).toMatch(/\(.+\)/);
      expect(c.table.rows.length).toBeGreaterThan(0);
    }
    const pue = charts.find((c) => c.criterion === "3.2.7")!;
    // the limit and the annual ratio as lines, named where they end, in German digits
    expect(pue.spec.references!.map((r) => r.label)).toEqual(["Grenzwert 1,30", "Jahreswert 1,32"]);
    expect(chartSvg(pue.spec)).toContain("stroke-dasharray");
    // months above the limit drawn as triangles, named in the legend (not colour alone)
    expect(chartSvg(pue.spec)).toContain("Monat über dem Grenzwert");
    const energy = chartSvg(charts[0].spec);
    expect(energy).toMatch(/<pattern id="chart-energy-56B4E9-diagonal"/);
    expect(energy).toContain("Strom (MWh)");
    const en = chartsOf(seriesOf(example.inputs), "en").find((c) => c.criterion === "3.2.7")!;
    expect(en.spec.references!.map((r) => r.label)).toEqual(["Limit 1.30", "Year 1.32"]);
  });

  test("round ticks", () => {
    expect(niceTicks(1, 1.35)).toEqual([1, 0.1 * 11, 1.2, 1.3, 1.4].map((v) => Number(v.toPrecision(12))));
    expect(niceTicks(0, 800)).toEqual([0, 200, 400, 600, 800]);
  });
});

describe("an empty template", () => {
  test("no chart, and each section that would have one says keine Daten / no data", () => {
    const findings = checkAll(empty.inputs);
    for (const lang of ["de", "en"] as const) {
      const m = buildReport(empty.inputs, findings, options(empty.address, lang));
      expect(m.noData).toBe(true);
      const html = renderReport(empty.inputs, findings, options(empty.address, lang));
      expect(html).not.toContain("<svg");
      expect(html).toContain(lang === "de" ? "keine Daten" : "no data");
      expect(html).toContain(lang === "de" ? "nicht angegeben" : "not given");
    }
  });
});

describe("escaping", () => {
  test("text from the workbook never becomes markup, in the page or in the print header", () => {
    const hostile = '<script>alert("x")</script> & </style><img src=x onerror=1>';
    const inputs = withCells(example.inputs, { RZ_Name: hostile, Antragsteller: 'A "B" \\ C' });
    const html = renderReport(inputs, checkAll(inputs), options(example.address));
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;/style&gt;&lt;img src=x onerror=1&gt;");
    // one <style> element, closed once: the header's CSS string escapes "<"
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).toMatch(/@top-left \{ content: "\\3c script\\3e alert\(\\22 x\\22 \)/);
    // nothing to fetch: a policy that allows no source, and no URL to another host
    expect(html).toContain(`content="default-src 'none'`);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});
