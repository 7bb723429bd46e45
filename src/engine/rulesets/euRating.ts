/**
 * Phase 2 of the EU report: the rating scheme of Delegated Regulation C(2026) 3472, adopted by the Commission on
 * 21.9.2026 and amending 2024/1364, **not in force** in the sources (law-notes.md § 2.3 P2-1, P2-2; secondary source
 * [RS2]). Its labels A-G for PUE and WUE, as far as the sources give the class bounds: PUE A ≤ 1.15, B ≤ 1.25,
 * D 1.35-1.5, G > 1.9; WUE A ≤ 0.1, B ≤ 0.2, D 0.4-0.6, G > 1.0. Classes C, E and F and the WUE unit are UNVERIFIED:
 * a value between the known bounds has no class (null), never a guessed one. Upper bounds are inclusive (law-notes.md
 * § 5 example 9: PUE 1.15 is A).
 */
import { atMost } from "../compare";

export type RatingClass = "A" | "B" | "C" | "D" | "E" | "F" | "G";

interface Band {
  class: RatingClass;
  /** Above this (exclusive) … */
  above: number;
  /** … and up to this (inclusive); Infinity for the last class. */
  upTo: number;
}

/** The bands the sources give; the gaps between them are the UNVERIFIED classes. */
export const RATING_BANDS: Record<"PUE" | "WUE", Band[]> = {
  PUE: [
    { class: "A", above: -Infinity, upTo: 1.15 },
    { class: "B", above: 1.15, upTo: 1.25 },
    { class: "D", above: 1.35, upTo: 1.5 },
    { class: "G", above: 1.9, upTo: Infinity },
  ],
  WUE: [
    { class: "A", above: -Infinity, upTo: 0.1 },
    { class: "B", above: 0.1, upTo: 0.2 },
    { class: "D", above: 0.4, upTo: 0.6 },
    { class: "G", above: 1.0, upTo: Infinity },
  ],
};

/** The label class of a KPI under the adopted (not in force) rating scheme, or null where the sources give none. */
export function ratingClass(kpi: "PUE" | "WUE", value: number): RatingClass | null {
  for (const b of RATING_BANDS[kpi]) {
    // the bounds compare as the limits do: ≤ with floating-point noise only (compare.ts)
    if ((b.above === -Infinity || !atMost(value, b.above)) && (b.upTo === Infinity || atMost(value, b.upTo))) return b.class;
  }
  return null;
}
