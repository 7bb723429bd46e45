/**
 * The KPIs of the EU report in `deuz check --json` (issue 13): PUE = E_DC / E_IT, WUE = W_IN / E_IT (m³/MWh),
 * ERF = E_REUSE / E_DC, REF = E_RES-TOT / E_DC with the definitions of Delegated Regulation (EU) 2024/1364 Annex III
 * (src/engine/rulesets/lawFigures.ts euKpis), where they differ from DE-UZ 228's and the EnEfG's, the cells they come
 * from, the reporting period, and the class the adopted but not yet applicable rating scheme (C(2026) 3472) would give
 * PUE and WUE where the sources give one (src/engine/rulesets/euRating.ts).
 */
import { Reader } from "../engine/criteria/reader";
import { CellRef, Inputs } from "../engine/criteria/types";
import { months } from "../engine/criteria/figures";
import { euKpis, euQuantities, periodText } from "../engine/rulesets/lawFigures";
import { ratingClass } from "../engine/rulesets/euRating";

export function euKpisJson(inputs: Inputs, address: (c: CellRef) => string, lang: "de" | "en") {
  const r = new Reader(inputs);
  const m = months(r);
  const q = euQuantities(r, m);
  return {
    period: periodText(m)[lang],
    months: q.months,
    kpis: euKpis(r, q).map((k) => ({
      id: k.id,
      value: k.value,
      unit: k.unit,
      definition: k.definition[lang],
      differs: k.differs[lang],
      cells: k.cells.map(address),
      // C(2026) 3472: adopted, not in force; C, E, F unknown (null)
      rating: (k.id === "PUE" || k.id === "WUE") && k.value !== null ? { class: ratingClass(k.id, k.value), inForce: false } : null,
      ...(k.error ? { error: k.error[lang] } : {}),
    })),
  };
}
