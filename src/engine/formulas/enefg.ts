/**
 * The Energieeffizienzgesetz's dated limits as DEUZ functions (BGBl. 2023 I Nr. 309): the PUE limit of § 11(1)/(2) on
 * a day, its check, the reused-energy share of § 11(2) S. 1 Nr. 2 and the renewable share of § 11(5). Each limit's
 * one home is ../rulesets/enefgParams.ts (the rule sets read the same outcomes); here each is only made a function.
 * While no limit binds: #N/A naming the day one does.
 */
import { date, number } from "../args";
import { atMost } from "../compare";
import { DatedOutcome, enefg2023, erfMinOn, limitOrError, pueLimitOn, renewableMinOn } from "../rulesets/enefgParams";
import { Arg } from "../values";
import { DeuzFunction } from "./types";

const p = enefg2023;

/** A limit that depends on the day operation began and the day judged, as `limitOrError` gives it. */
function byCommissioning(dcCommissioning: Arg, asOf: Arg, outcome: (dc: number, day: number) => DatedOutcome): number {
  const dc = date(dcCommissioning, "dc_commissioning");
  const day = date(asOf, "as_of");
  return limitOrError(outcome(dc, day), dc, day);
}

const pueLimit = (dc: number, day: number) => pueLimitOn(p, dc, day);

/** DEUZ.ENEFG.*(dc_commissioning, as_of): the limit in force on the day. */
const datedLimit = (name: string, section: string, outcome: (dc: number, day: number) => DatedOutcome): DeuzFunction => ({
  name,
  section,
  params: [{ name: "dc_commissioning" }, { name: "as_of" }],
  returns: "number",
  compute: (dcCommissioning, asOf) => byCommissioning(dcCommissioning, asOf, outcome),
});

export const enefgFunctions: DeuzFunction[] = [
  datedLimit("ENEFG.PUE.LIMIT", "EnEfG § 11", pueLimit),
  {
    name: "ENEFG.PUE.CHECK",
    section: "EnEfG § 11",
    params: [{ name: "pue" }, { name: "dc_commissioning" }, { name: "as_of" }],
    returns: "boolean",
    compute(value, dcCommissioning, asOf) {
      const v = number(value, "pue", { nonNegative: true });
      return atMost(v, byCommissioning(dcCommissioning, asOf, pueLimit));
    },
  },
  datedLimit("ENEFG.ERF.MIN", "EnEfG § 11 Abs. 2", (dc, day) => erfMinOn(p, dc, day)),
  {
    name: "ENEFG.RENEWABLE.MIN",
    section: "EnEfG § 11 Abs. 5",
    params: [{ name: "as_of" }],
    returns: "number",
    compute(asOf) {
      const day = date(asOf, "as_of");
      return limitOrError(renewableMinOn(p, day), null, day);
    },
  },
];
