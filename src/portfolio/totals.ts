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

/**
 * The totals added up site by site, so that a portfolio keeps no site once it is counted (bounded memory): the
 * sums, and per criterion (in the order first met) how many sites meet it.
 */
export class TotalsTally {
  private readonly t: Totals = {
    sites: 0, unread: 0, energyKwh: 0, itEnergyKwh: 0, PUE: null, pueSites: 0, renewableShare: null, renewableSites: 0, open: 0, overwritten: 0, criteria: [],
  };
  private pueNum = 0;
  private pueDen = 0;
  private ren = 0;
  private renTotal = 0;
  private readonly counts = new Map<string, CriterionCount>();

  add(row: PortfolioRow): void {
    const t = this.t;
    if (!isSite(row)) {
      t.unread++;
      return;
    }
    t.sites++;
    t.energyKwh += row.sums.energyKwh;
    t.itEnergyKwh += row.sums.itEnergyKwh;
    if (row.sums.pue) {
      this.pueNum += row.sums.pue.total - row.sums.pue.extraction;
      this.pueDen += row.sums.pue.it;
      t.pueSites++;
    }
    if (row.sums.renewable) {
      this.ren += row.sums.renewable.renewable;
      this.renTotal += row.sums.renewable.total;
      t.renewableSites++;
    }
    t.open += row.open;
    t.overwritten += row.overwritten;
    const seen = new Set<string>();
    for (const c of row.criteria) {
      const key = `${c.ruleSet}\u0000${c.id}`;
      // a criterion counted once a site, by its first verdict
      if (seen.has(key)) continue;
      seen.add(key);
      let count = this.counts.get(key);
      if (!count) this.counts.set(key, (count = { ruleSet: c.ruleSet, id: c.id, title: c.title, pass: 0, fail: 0, missing: 0, not_applicable: 0 }));
      count[c.status]++;
    }
  }

  totals(): Totals {
    return {
      ...this.t,
      PUE: this.pueDen > 0 ? this.pueNum / this.pueDen : null,
      renewableShare: this.renTotal > 0 ? this.ren / this.renTotal : null,
      criteria: [...this.counts.values()].map((c) => ({ ...c })),
    };
  }
}

export function totalsOf(rows: PortfolioRow[]): Totals {
  const tally = new TotalsTally();
  for (const row of rows) tally.add(row);
  return tally.totals();
}
