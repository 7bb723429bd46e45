/**
 * A portfolio's totals (issue 16): energy and IT energy summed over the sites, and the portfolio's key figures as
 * ratios of those sums, never as averages of the sites' figures (a small site with a poor PUE weighs as its energy
 * does, DE-UZ 228 3.2.7 and EnEfG § 11 define PUE as a ratio of annual energies).
 */
import { isSite, PortfolioRow, Site } from "./site";

export interface CriterionCount {
  ruleSet: string;
  id: string;
  title: string;
  /** Sites where it is met, not met, missing data, not applicable. */
  pass: number;
  fail: number;
  missing: number;
  not_applicable: number;
}

export interface Totals {
  sites: number;
  /** Files that could not be read. */
  unread: number;
  /** Σ (MP_EVU + MP_EE + MP_NEA) over each site's reporting period. */
  energyKwh: number;
  /** Σ MP_IT2 over each site's reporting period. */
  itEnergyKwh: number;
  /** Σ (total − heat extraction) ÷ Σ IT over the months each site's PUE (3.2.7) is computed over; sites without a PUE left out. */
  PUE: number | null;
  /** Sites whose PUE is in the portfolio's. */
  pueSites: number;
  /** Σ renewable ÷ Σ total of the sites that give their renewable electricity (3.2.4). */
  renewableShare: number | null;
  renewableSites: number;
  /** Open points: criteria not met or missing data, over every site. */
  open: number;
  overwritten: number;
  /** Per criterion (in the order first met): how many sites meet it. */
  criteria: CriterionCount[];
}

/** The criteria columns: every (ruleSet, id) any site has, in the order they first appear. */
export function criterionColumns(sites: Site[]): { ruleSet: string; id: string; title: string }[] {
  const seen = new Map<string, { ruleSet: string; id: string; title: string }>();
  for (const s of sites) for (const c of s.criteria) if (!seen.has(`${c.ruleSet}\u0000${c.id}`)) seen.set(`${c.ruleSet}\u0000${c.id}`, { ruleSet: c.ruleSet, id: c.id, title: c.title });
  return [...seen.values()];
}

export function totalsOf(rows: PortfolioRow[]): Totals {
  const sites = rows.filter(isSite);
  let energy = 0, it = 0, pueNum = 0, pueDen = 0, pueSites = 0, ren = 0, renTotal = 0, renSites = 0;
  for (const s of sites) {
    energy += s.sums.energyKwh;
    it += s.sums.itEnergyKwh;
    if (s.sums.pue) {
      pueNum += s.sums.pue.total - s.sums.pue.extraction;
      pueDen += s.sums.pue.it;
      pueSites++;
    }
    if (s.sums.renewable) {
      ren += s.sums.renewable.renewable;
      renTotal += s.sums.renewable.total;
      renSites++;
    }
  }
  const criteria = criterionColumns(sites).map((c) => {
    const count: CriterionCount = { ...c, pass: 0, fail: 0, missing: 0, not_applicable: 0 };
    for (const s of sites) {
      const f = s.criteria.find((x) => x.ruleSet === c.ruleSet && x.id === c.id);
      if (f) count[f.status]++;
    }
    return count;
  });
  return {
    sites: sites.length,
    unread: rows.length - sites.length,
    energyKwh: energy,
    itEnergyKwh: it,
    PUE: pueDen > 0 ? pueNum / pueDen : null,
    pueSites,
    renewableShare: renTotal > 0 ? ren / renTotal : null,
    renewableSites: renSites,
    open: sites.reduce((n, s) => n + s.open, 0),
    overwritten: sites.reduce((n, s) => n + s.overwritten, 0),
    criteria,
  };
}
