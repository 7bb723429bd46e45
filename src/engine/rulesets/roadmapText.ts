/**
 * How a roadmap entry's limit and figure are written (issue 13's roadmap: "ab 01.07.2027 PUE ≤ 1,5: 1,32 ✓"): the PUE
 * with two decimals and its limit with one, shares in percent (figure one decimal, limit none), words as they are, in
 * the language's decimal mark. `deuz check`'s table (src/cli/rulesets.ts) and the task pane's roadmap both write
 * them so.
 */
import { fixedIn } from "../criteria/format";
import { RoadmapEntry } from "./types";

type Lang = "de" | "en";

export function roadmapNumbers(e: Pick<RoadmapEntry, "figure" | "limit" | "value">, lang: Lang): { limit: string; value: string | null } {
  const share = e.figure !== "PUE";
  const limit = typeof e.limit === "number" ? (share ? `${fixedIn(e.limit * 100, lang, 0)} %` : fixedIn(e.limit, lang, 1)) : e.limit;
  const v = e.value;
  const value = typeof v !== "number" ? v : share ? `${fixedIn(v * 100, lang, 1)} %` : fixedIn(v, lang, 2);
  return { limit, value };
}
