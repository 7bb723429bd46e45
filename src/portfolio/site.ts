/**
 * One data centre of a portfolio (issue 16): each IT room with its own infrastructure is a data centre of its own
 * (DE-UZ 228, section 2), so each workbook is one site. Pure: made from the workbook's inputs and the findings and
 * roadmap `deuz check` makes of them; it keeps no reference to the workbook, so the next one can be read after it.
 */
import { Finding, Inputs, rolesOf, Role, Status } from "../engine/criteria";
import { completeMonths, cerFigure, erfFigure, itLoad, months, pueFigure, renewableShare, sum, wueFigure } from "../engine/criteria/figures";
import { Reader } from "../engine/criteria/reader";
import { PUE_METERS } from "../engine/criteria/vocabulary";
import { toIsoDate } from "../engine/dates";
import { Text } from "../engine/errors";
import { RoadmapEntry } from "../engine/rulesets/types";
import { detached } from "./detach";

/** A criterion's verdict as `deuz check --json` gives it. */
export interface SiteCriterion {
  id: string;
  ruleSet: string;
  title: string;
  status: Status;
  value: Finding["value"] | null;
  limit: Finding["limit"] | null;
  cells: string[];
  message: string;
}

/** The sums a portfolio's totals are made of (kWh over the months of the site's reporting period). */
export interface SiteSums {
  /** MP_EVU + MP_EE + MP_NEA over the months of the period. */
  energyKwh: number;
  /** MP_IT2 over the months of the period. */
  itEnergyKwh: number;
  /** 3.2.7's sums over the months with every PUE meter: total, IT, heat extraction (left out of PUE). */
  pue: { total: number; it: number; extraction: number } | null;
  /** 3.2.4: renewable electricity and the total it is a share of, where renewables are given. */
  renewable: { renewable: number; total: number } | null;
}

export interface Site {
  file: string;
  /** RZ_Name from Stammdaten, else the file's name. */
  name: string;
  roles: Role[];
  /** ISO dates of Berichtszeitraum_Beginn/Ende, null where blank. */
  period: { from: string | null; to: string | null };
  figures: { PUE: number | null; CER: number | null; ERF: number | null; REF: number | null; WUE: number | null; ITEU_SV: number | null };
  criteria: SiteCriterion[];
  roadmap: RoadmapEntry[];
  /** Criteria not met or missing data. */
  open: number;
  /** Cells the template computes that hold something else (3.1.2). */
  overwritten: number;
  sums: SiteSums;
  error: null;
}

/** A file that could not be read: one row saying why. */
export interface UnreadSite {
  file: string;
  name: string;
  error: string;
}

export type PortfolioRow = Site | UnreadSite;

export const isSite = (row: PortfolioRow): row is Site => row.error === null;

export interface SiteSource {
  file: string;
  inputs: Inputs;
  /** Every chosen rule set's findings (each with its ruleSet), as `deuz check` shows them. */
  findings: (Finding & { ruleSet: string })[];
  roadmap: RoadmapEntry[];
  overwritten: number;
  address(ref: Finding["cells"][number]): string;
  lang: "de" | "en";
}

const baseName = (file: string) => file.replace(/^.*[\\/]/, "");

function nameOf(r: Reader, file: string): string {
  const v = r.raw("RZ_Name");
  return typeof v === "string" && v.trim() ? v.trim() : typeof v === "number" ? String(v) : baseName(file);
}

/**
 * The site's row: figures of DE-UZ 228 (3.2.4, 3.2.7, 3.2.8, 3.2.10, 3.2.11, 3.3.3) and every finding, detached from
 * the workbook (detach.ts), so that the rows of many sites keep none of their workbooks alive.
 */
export function siteOf(s: SiteSource): Site {
  const r = new Reader(s.inputs);
  const m = months(r);
  const pue = pueFigure(r, m);
  const share = renewableShare(r, m);
  const c = completeMonths(r, m, PUE_METERS);
  const criteria = s.findings.map((f) => ({
    id: f.id, ruleSet: f.ruleSet, title: f.title[s.lang], status: f.status, value: f.value ?? null, limit: f.limit ?? null,
    cells: f.cells.map((x) => s.address(x)), message: f.message[s.lang],
  }));
  return detached<Site>({
    file: s.file,
    name: nameOf(r, s.file),
    roles: rolesOf(s.inputs),
    period: { from: m.period.start === null ? null : toIsoDate(m.period.start), to: m.period.end === null ? null : toIsoDate(m.period.end) },
    figures: {
      PUE: pue.value, CER: cerFigure(r, m).value, ERF: erfFigure(r, m).value, REF: share.value, WUE: wueFigure(r, m).value, ITEU_SV: itLoad(r).iteu,
    },
    criteria,
    roadmap: s.roadmap,
    open: criteria.filter((f) => f.status === "fail" || f.status === "missing").length,
    overwritten: s.overwritten,
    sums: {
      energyKwh: sum(r, "MP_EVU", m.rows) + sum(r, "MP_EE", m.rows) + sum(r, "MP_NEA", m.rows),
      itEnergyKwh: sum(r, "MP_IT2", m.rows),
      pue: pue.value === null ? null : {
        total: sum(r, "MP_EVU", c.rows) + sum(r, "MP_EE", c.rows) + sum(r, "MP_NEA", c.rows), it: sum(r, "MP_IT2", c.rows), extraction: sum(r, "MP_Auskopplung", c.rows),
      },
      renewable: share.value === null ? null : { renewable: share.renewable, total: share.total },
    },
    error: null,
  });
}

/** Why a file could not be read, as its row says it. */
export function unreadSite(file: string, why: Text | string, lang: "de" | "en"): UnreadSite {
  return { file, name: baseName(file), error: typeof why === "string" ? why : why[lang] };
}
