/**
 * `deuz portfolio --json` (issue 16): `{"sites": [{"file", "name", "criteria": [as deuz check --json], "error": null}],
 * "totals": {"PUE", "energyKwh", "itEnergyKwh", …}, "roadmap": [{"file", "ruleSet", "id", "from", "limit", "value",
 * "met"}]}`; a site that could not be read has "error" with the reason and no criteria. docs/portfolio.md.
 * In parts as well as whole, so that the command can write each site as it is read (bounded memory).
 */
import { PortfolioRoadmapEntry } from "./roadmap";
import { isSite, PortfolioRow } from "./site";
import { Totals } from "./totals";

export function siteJson(row: PortfolioRow) {
  return isSite(row)
    ? {
        file: row.file, name: row.name, roles: row.roles, period: row.period, figures: row.figures,
        energyKwh: row.sums.energyKwh, itEnergyKwh: row.sums.itEnergyKwh, open: row.open, overwritten: row.overwritten,
        criteria: row.criteria, error: null,
      }
    : { file: row.file, name: row.name, error: row.error };
}

export function totalsJson(totals: Totals) {
  return {
    PUE: totals.PUE, energyKwh: totals.energyKwh, itEnergyKwh: totals.itEnergyKwh, renewableShare: totals.renewableShare,
    sites: totals.sites, unread: totals.unread, pueSites: totals.pueSites, renewableSites: totals.renewableSites,
    open: totals.open, overwritten: totals.overwritten,
    criteria: totals.criteria.map((c) => ({ ruleSet: c.ruleSet, id: c.id, title: c.title, met: c.pass, notMet: c.fail, missing: c.missing, notApplicable: c.not_applicable })),
  };
}

export function roadmapJson(roadmap: PortfolioRoadmapEntry[]) {
  return roadmap.map((e) => ({
    file: e.file, name: e.name, ruleSet: e.ruleSet, id: e.id, from: e.from, figure: e.figure, comparison: e.comparison, limit: e.limit, value: e.value, met: e.met,
  }));
}

export function portfolioJson(rows: PortfolioRow[], totals: Totals, roadmap: PortfolioRoadmapEntry[], asOf: string) {
  return { asOf, sites: rows.map(siteJson), totals: totalsJson(totals), roadmap: roadmapJson(roadmap) };
}
