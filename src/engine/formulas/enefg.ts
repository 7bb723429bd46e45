/**
 * The Energieeffizienzgesetz's dated limits as DEUZ functions (BGBl. 2023 I Nr. 309; the parameters in
 * ../rulesets/enefgParams.ts): the PUE limit of § 11(1)/(2) on a day, its check, the reused-energy share of
 * § 11(2) S. 1 Nr. 2 and the renewable share of § 11(5). While no limit binds: #N/A naming the day one does.
 */
import { date, number } from "../args";
import { atMost } from "../compare";
import { enefg2023, erfMinOn, limitOrError, pueLimitOn, renewableMinOn } from "../rulesets/enefgParams";
import { DeuzFunction } from "./types";

const p = enefg2023;

export const enefgFunctions: DeuzFunction[] = [
  {
    name: "ENEFG.PUE.LIMIT",
    section: "EnEfG § 11",
    params: [{ name: "dc_commissioning" }, { name: "as_of" }],
    returns: "number",
    compute(dcCommissioning, asOf) {
      const dc = date(dcCommissioning, "dc_commissioning");
      const day = date(asOf, "as_of");
      return limitOrError(pueLimitOn(p, dc, day), dc, day);
    },
  },
  {
    name: "ENEFG.PUE.CHECK",
    section: "EnEfG § 11",
    params: [{ name: "pue" }, { name: "dc_commissioning" }, { name: "as_of" }],
    returns: "boolean",
    compute(value, dcCommissioning, asOf) {
      const v = number(value, "pue", { nonNegative: true });
      const dc = date(dcCommissioning, "dc_commissioning");
      const day = date(asOf, "as_of");
      return atMost(v, limitOrError(pueLimitOn(p, dc, day), dc, day));
    },
  },
  {
    name: "ENEFG.ERF.MIN",
    section: "EnEfG § 11 Abs. 2",
    params: [{ name: "dc_commissioning" }, { name: "as_of" }],
    returns: "number",
    compute(dcCommissioning, asOf) {
      const dc = date(dcCommissioning, "dc_commissioning");
      const day = date(asOf, "as_of");
      return limitOrError(erfMinOn(p, dc, day), dc, day);
    },
  },
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
