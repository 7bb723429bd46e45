/**
 * The portfolio's roadmap (issue 16): every site's dated requirements (EnEfG § 11 PUE 2027/2030, § 11(5)
 * renewables, § 11(2) reuse, § 12 …, as the rule sets give them) in one list sorted by date, so "what must happen
 * by when" reads top down. Within a day: by site, then rule set and requirement, as they were given.
 */
import { RoadmapEntry } from "../engine/rulesets/types";
import { isSite, PortfolioRow } from "./site";

export interface PortfolioRoadmapEntry extends RoadmapEntry {
  file: string;
  name: string;
}

export function roadmapOf(rows: PortfolioRow[]): PortfolioRoadmapEntry[] {
  const out: PortfolioRoadmapEntry[] = [];
  for (const row of rows) if (isSite(row)) for (const e of row.roadmap) out.push({ ...e, file: row.file, name: row.name });
  // ISO dates sort as text; Array.prototype.sort is stable, so on one day the order given stays
  return out.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}
