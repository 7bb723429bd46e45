/**
 * The portfolio's roadmap (issue 16): every site's dated requirements (EnEfG § 11 PUE 2027/2030, § 11(5)
 * renewables, § 11(2) reuse, § 12 …, DE-UZ 228's final report 3.1.3, as the rule sets give them) in one list sorted
 * by date, so "what must happen by when" reads top down. Within a day: by site, then rule set and requirement, as
 * they were given.
 */
import { RoadmapEntry } from "../engine/rulesets/types";
import { isSite, PortfolioRow } from "./site";

export interface PortfolioRoadmapEntry extends RoadmapEntry {
  file: string;
  name: string;
}

/** One row's entries, each naming its site (none for a file that could not be read). */
export function siteRoadmap(row: PortfolioRow): PortfolioRoadmapEntry[] {
  return isSite(row) ? row.roadmap.map((e) => ({ ...e, file: row.file, name: row.name })) : [];
}

/** By date; ISO dates sort as text, and Array.prototype.sort is stable, so on one day the order given stays. */
export function byDate(entries: PortfolioRoadmapEntry[]): PortfolioRoadmapEntry[] {
  return entries.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

export function roadmapOf(rows: PortfolioRow[]): PortfolioRoadmapEntry[] {
  return byDate(rows.flatMap(siteRoadmap));
}
