/**
 * The portfolio's totals and roadmap, pure (issue 16): PUE of the portfolio as Σ energy ÷ Σ IT energy (3.2.7's
 * definition over the sites' sums), never the mean of the sites' PUEs; the renewable share as Σ ÷ Σ; the sites
 * meeting each criterion counted; the roadmap sorted by date, site order breaking ties.
 */
import { roadmapOf, Site, totalsOf, unreadSite } from "../../src/portfolio";
import { RoadmapEntry } from "../../src/engine/rulesets/types";

function site(name: string, total: number, it: number, extraction: number, renewable: number | null, statuses: Record<string, Site["criteria"][number]["status"]>, roadmap: Partial<RoadmapEntry>[] = []): Site {
  return {
    file: `${name}.xlsx`, name, roles: ["rzBetreiber"], period: { from: "2024-01-01", to: "2024-12-31" },
    figures: { PUE: (total - extraction) / it, CER: null, ERF: null, REF: renewable === null ? null : renewable / total, WUE: null, ITEU_SV: null },
    criteria: Object.entries(statuses).map(([id, status]) => ({ id, ruleSet: "de-uz-228", title: id, status, value: null, limit: null, cells: [], message: "" })),
    roadmap: roadmap.map((e) => ({ ruleSet: "enefg-2023", id: "EnEfG-11-1", from: "2027-07-01", limit: 1.5, comparison: "≤", figure: "PUE", value: null, met: null, ...e })),
    open: Object.values(statuses).filter((s) => s === "fail" || s === "missing").length,
    overwritten: 0,
    sums: { energyKwh: total, itEnergyKwh: it, pue: { total, it, extraction }, renewable: renewable === null ? null : { renewable, total } },
    error: null,
  };
}

describe("portfolio totals", () => {
  // a small site with a poor PUE (2.0) and a large one with a good PUE (1.2): the mean 1.6 would overstate the portfolio
  const small = site("Klein", 200_000, 100_000, 0, 50_000, { "3.2.7": "fail", "3.2.4": "pass" });
  const large = site("Groß", 12_100_000, 10_000_000, 100_000, null, { "3.2.7": "pass", "3.2.4": "not_applicable", "3.2.8": "missing" });

  test("PUE is Σ (total − extraction) ÷ Σ IT: (200 000 + 12 000 000) ÷ 10 100 000 = 1,2079…, not the mean 1,6", () => {
    const t = totalsOf([small, large]);
    expect(t.PUE).toBeCloseTo(12_200_000 / 10_100_000, 12);
    expect(t.PUE).not.toBeCloseTo(1.6, 2);
    expect(t.energyKwh).toBe(12_300_000);
    expect(t.itEnergyKwh).toBe(10_100_000);
  });

  test("the renewable share over the sites that give it: 50 000 ÷ 200 000", () => {
    const t = totalsOf([small, large]);
    expect(t.renewableShare).toBe(0.25);
    expect(t.renewableSites).toBe(1);
  });

  test("sites meeting each criterion, in the order first met; open points and unread files counted", () => {
    const t = totalsOf([small, large, unreadSite("x/kaputt.xlsx", { de: "kaputt", en: "broken" }, "en")]);
    expect(t.criteria.map((c) => [c.id, c.pass, c.fail, c.missing, c.not_applicable])).toEqual([["3.2.7", 1, 1, 0, 0], ["3.2.4", 1, 0, 0, 1], ["3.2.8", 0, 0, 1, 0]]);
    expect(t.open).toBe(2);
    expect(t.sites).toBe(2);
    expect(t.unread).toBe(1);
  });

  test("no readable site: no PUE, no share", () => {
    const t = totalsOf([unreadSite("a.xlsx", "nicht lesbar", "de")]);
    expect(t.PUE).toBeNull();
    expect(t.renewableShare).toBeNull();
    expect(t.energyKwh).toBe(0);
  });
});

describe("portfolio roadmap", () => {
  test("sorted by date across sites; on one day, the sites in their order", () => {
    const a = site("A", 1, 1, 0, null, {}, [{ from: "2030-07-01", id: "a2030" }, { from: "2027-07-01", id: "a2027" }]);
    const b = site("B", 1, 1, 0, null, {}, [{ from: "2026-01-01", id: "b2026" }, { from: "2027-07-01", id: "b2027" }]);
    expect(roadmapOf([a, unreadSite("c.xlsx", "x", "de"), b]).map((e) => `${e.name} ${e.from} ${e.id}`)).toEqual([
      "B 2026-01-01 b2026", "A 2027-07-01 a2027", "B 2027-07-01 b2027", "A 2030-07-01 a2030",
    ]);
  });
});
