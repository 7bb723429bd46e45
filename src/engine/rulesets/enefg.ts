/**
 * The Energieeffizienzgesetz as a rule set, judged as of a day (BGBl. 2023 I Nr. 309; the draft of 9.4.2026 with its
 * own parameters, ./enefgParams.ts). Criteria: EnEfG-11-1 (§ 11 Abs. 1, PUE of data centres operating before
 * 1.7.2026), EnEfG-11-2-PUE and EnEfG-11-2-ERF (§ 11 Abs. 2, with the exemptions of Abs. 3), EnEfG-11-5 (renewable
 * electricity), EnEfG-12 (energy or environmental management system, § 12 Abs. 1, 3, 4, 6), EnEfG-12-2 (measurement
 * and improvement within it), EnEfG-12-5 (IT operators), EnEfG-13 (Anlage 3 complete), EnEfG-15 (customers informed),
 * EnEfG-16 (waste heat avoided and reused, § 11 Abs. 4 with § 16) and EnEfG-17 (waste-heat platform). A requirement
 * not yet in force is *nicht anwendbar*, saying from when and whether the workbook's figure would meet it. Key figures
 * are ratios of the reporting period's 12-month sums. Each requirement's id and title have one home (TITLES), its
 * dates and limits another (./enefgParams.ts, which the DEUZ.ENEFG functions read too).
 */
import { atLeast, atMost } from "../compare";
import { compareIso, serial, serialToYmd, toIsoDate, ymdToSerial } from "../dates";
import { Text } from "../errors";
import { completeMonths, months, Months } from "../criteria/figures";
import { numberIn, percentText, ratioText } from "../criteria/format";
import { cellRef as cell, Reader, unreadableText } from "../criteria/reader";
import { CellRef, Evaluation } from "../criteria/types";
import { wordsOf } from "../criteria/vocabulary";
import {
  enefg2023, enefg2026Draft, EnefgParams, erfMinOn, erfTier, germanDate, graceEnd, isNewDataCentre, pueLimitOn, renewableMinOn,
} from "./enefgParams";
import { lawErf, LawFigure, lawPue, lawRenewable, periodText } from "./lawFigures";
import { emsKinds, erfExemptions, LAW, LAW_SHEET, wasteHeatAnswers } from "./lawNames";
import { registerItems } from "./register";
import { Context, RoadmapEntry, RuleCriterion, RuleSet, Scope } from "./types";

const none: Text = { de: "", en: "" };
const pass = (value?: Evaluation["value"], limit?: Evaluation["limit"]): Evaluation => ({ status: "pass", value, limit, cells: [], message: none });
const fail = (cells: CellRef[], message: Text, value?: Evaluation["value"], limit?: Evaluation["limit"]): Evaluation => ({ status: "fail", value, limit, cells, message });
const missing = (cells: CellRef[], message: Text, value?: Evaluation["value"], limit?: Evaluation["limit"]): Evaluation => ({ status: "missing", value, limit, cells, message });
const notApplicable = (message: Text, value?: Evaluation["value"], limit?: Evaluation["limit"]): Evaluation => ({ status: "not_applicable", value, limit, cells: [], message });

/** Each criterion's title: its one home, by the stable id JSON, the pane and the roadmap use. */
const TITLES = {
  "EnEfG-11-1": { de: "PUE bestehender Rechenzentren (§ 11 Abs. 1 EnEfG)", en: "PUE of existing data centres (EnEfG § 11(1))" },
  "EnEfG-11-2-PUE": { de: "PUE neuer Rechenzentren (§ 11 Abs. 2 Satz 1 Nr. 1 EnEfG)", en: "PUE of new data centres (EnEfG § 11(2) S. 1 No. 1)" },
  "EnEfG-11-2-ERF": { de: "Anteil wiederverwendeter Energie neuer Rechenzentren (§ 11 Abs. 2 Satz 1 Nr. 2, Abs. 3 EnEfG)", en: "Energy reuse of new data centres (EnEfG § 11(2) S. 1 No. 2, § 11(3))" },
  "EnEfG-11-5": { de: "Strom aus erneuerbaren Energien, bilanziell (§ 11 Abs. 5 EnEfG)", en: "Renewable electricity on balance (EnEfG § 11(5))" },
  "EnEfG-12": { de: "Energie- oder Umweltmanagementsystem (§ 12 EnEfG)", en: "Energy or environmental management system (EnEfG § 12)" },
  "EnEfG-12-2": { de: "Messungen und Verbesserung im Managementsystem (§ 12 Abs. 2 EnEfG)", en: "Measurement and improvement within the management system (EnEfG § 12(2))" },
  "EnEfG-12-5": { de: "Managementsystem der Betreiber von Informationstechnik (§ 12 Abs. 5 EnEfG)", en: "Management system of IT operators (EnEfG § 12(5))" },
  "EnEfG-13": { de: "Informationen nach Anlage 3 vollständig (§ 13 Abs. 1 EnEfG)", en: "Anlage 3 information complete (EnEfG § 13(1))" },
  "EnEfG-15": { de: "Kunden über ihren Energieverbrauch informiert (§ 15 EnEfG)", en: "Customers informed of their energy (EnEfG § 15)" },
  "EnEfG-16": { de: "Abwärme vermeiden und verwenden (§ 11 Abs. 4, § 16 EnEfG)", en: "Avoid and reuse waste heat (EnEfG § 11(4), § 16)" },
  "EnEfG-17": { de: "Abwärme an die Plattform für Abwärme gemeldet (§ 17 EnEfG)", en: "Waste heat reported to the waste-heat platform (EnEfG § 17)" },
} as const satisfies Record<string, Text>;
type Id = keyof typeof TITLES;

/** A criterion by its id: title from TITLES, where the user documents it, and how it is judged. */
const criterion = (id: Id, anlage: string, evaluate: RuleCriterion["evaluate"], aggregate = false): RuleCriterion =>
  ({ id, title: TITLES[id], anlage, ...(aggregate ? { aggregate } : {}), evaluate });

const iso = (d: number) => toIsoDate(d);
const de = germanDate;

/** "§ 11 Abs. 1 Nr. 1" → "§ 11(1) No. 1" for the English messages. */
function paragraphEn(p: string): string {
  return p.replace(/Abs\. (\d+)/, "($1)").replace(/ \(/, "(").replace("Satz", "S.").replace("Nr.", "No.");
}

/** The commissioning date every § 11 rule needs: the date, or a finding that says what to enter. */
function commissioning(r: Reader, id: string): number | Evaluation {
  const dc = r.date("Inbetriebnahme_RZ");
  if (dc !== null) return dc;
  return missing([cell("Inbetriebnahme_RZ")], {
    de: `${id}: Die Anforderungen von § 11 EnEfG hängen vom Tag der Betriebsaufnahme ab (vor oder ab dem 01.07.2026). In Stammdaten „Inbetriebnahme des Rechenzentrums“ als Datum eintragen.`,
    en: `${id}: the requirements of EnEfG § 11 depend on the day operation began (before or from 2026-07-01). Enter "Commissioning of the data centre" in Stammdaten as a date.`,
  });
}

/** What a figure not yet binding would do: "PUE 1,32 würde ihn einhalten" / "is not yet computable". */
function wouldMeet(label: Text, f: LawFigure, limit: number, compare: "≤" | "≥", shown: (v: number, l: number) => Text): Text {
  if (f.value === null || f.months < 12) {
    return { de: `${label.de} ist für den Berichtszeitraum noch nicht über 12 vollständige Monate berechenbar.`, en: `${label.en} cannot yet be computed over 12 complete months of the reporting period.` };
  }
  const met = compare === "≤" ? atMost(f.value, limit) : atLeast(f.value, limit);
  const v = shown(f.value, limit);
  return met
    ? { de: `${label.de} ${v.de} würde ihn einhalten.`, en: `${label.en} ${v.en} would meet it.` }
    : { de: `${label.de} ${v.de} würde ihn nicht einhalten.`, en: `${label.en} ${v.en} would not meet it.` };
}

const pueShown = (v: number, l: number) => ratioText(v, l);
const shareShown = (v: number, l: number) => percentText(v, l);

/** A dated key-figure requirement: what is compared, how, and how a value is written. */
interface Figure {
  label: Text;
  compare: "≤" | "≥";
  shown: (v: number, l: number) => Text;
}
const PUE: Figure = { label: { de: "PUE", en: "PUE" }, compare: "≤", shown: pueShown };
const ERF: Figure = { label: { de: "ERF", en: "ERF" }, compare: "≥", shown: shareShown };
const RENEWABLE: Figure = { label: { de: "Der Anteil", en: "The share" }, compare: "≥", shown: shareShown };

/**
 * A requirement not yet binding on the day judged: *nicht anwendbar*, the rule and from when (`head`), whether the
 * reporting period's figure would meet it, and the period.
 */
function notYet(id: string, head: Text, fig: Figure, f: LawFigure, limit: number, period: Text, extra: Text = none): Evaluation {
  const w = wouldMeet(fig.label, f, limit, fig.compare, fig.shown);
  return notApplicable({
    de: `${id}: ${head.de}. ${w.de} (${period.de})${extra.de}`,
    en: `${id}: ${head.en}. ${w.en} (${period.en})${extra.en}`,
  }, f.months >= 12 ? f.value : null, limit);
}

/** A key figure against a limit in force: 12 complete months, or *fehlt* naming the blanks. */
function judge(
  id: string, label: string, f: LawFigure, limit: number, compare: "≤" | "≥", rule: Text, period: Text, figureCells: CellRef[],
  shown: (v: number, l: number) => Text, extra: Text = none,
): Evaluation {
  if (f.error) {
    return missing(figureCells, { de: `${id}: ${label} ist nicht berechenbar: ${f.error.de} Werte in Anlage 3.4 prüfen.`, en: `${id}: ${label} cannot be computed: ${f.error.en} Check the values in Anlage 3.4.` }, null, limit);
  }
  if (f.value === null || f.months < 12) {
    return missing(f.blanks.length ? f.blanks : figureCells, {
      de: `${id}: ${label} ist im Jahresdurchschnitt zu beurteilen (${rule.de}), aber nur über ${f.months}/12 vollständige Monate berechenbar (${period.de}). Fehlende Monatswerte in Anlage 3.4 eintragen.`,
      en: `${id}: ${label} is judged as an annual average (${rule.en}), but can be computed over ${f.months}/12 complete months only (${period.en}). Fill in the missing monthly values in Anlage 3.4.`,
    }, f.value, limit);
  }
  const met = compare === "≤" ? atMost(f.value, limit) : atLeast(f.value, limit);
  if (met) return pass(f.value, limit);
  const v = shown(f.value, limit);
  const l = compare === "≤" ? ratioText(limit) : percentText(limit);
  return fail(figureCells, {
    de: `${id}: ${label} ${v.de} (${period.de}) hält ${rule.de} nicht ein (${compare} ${l.de}).${extra.de}`,
    en: `${id}: ${label} ${v.en} (${period.en}) does not meet ${rule.en} (${compare} ${l.en}).${extra.en}`,
  }, f.value, limit);
}

/** The § 11(1)/(2) PUE criterion for existing (`existing`) or new data centres. */
function pueCriterion(p: EnefgParams, existing: boolean): RuleCriterion {
  const id: Id = existing ? "EnEfG-11-1" : "EnEfG-11-2-PUE";
  return criterion(id, "Anlage 3.4", (r, { asOf }) => {
    const dc = commissioning(r, id);
    if (typeof dc !== "number") return dc;
    const cutoff = de(p.cutoff);
    if (isNewDataCentre(p, dc) === existing) {
      return notApplicable(existing
        ? { de: `${id}: § 11 Abs. 1 gilt für Rechenzentren mit Betriebsaufnahme vor dem ${cutoff}; dieses ab ${de(dc)}: siehe EnEfG-11-2-PUE.`, en: `${id}: § 11(1) applies to data centres operating before ${iso(p.cutoff)}; this one from ${iso(dc)}: see EnEfG-11-2-PUE.` }
        : { de: `${id}: § 11 Abs. 2 gilt für Rechenzentren mit Betriebsaufnahme ab dem ${cutoff}; dieses seit ${de(dc)}: siehe EnEfG-11-1.`, en: `${id}: § 11(2) applies to data centres taking up operation from ${iso(p.cutoff)}; this one since ${iso(dc)}: see EnEfG-11-1.` });
    }
    const m = months(r);
    const period = periodText(m);
    // § 11(2) S. 3 leaves the heat-upgrade electricity out of the PUE of new data centres only (docs/interpretations.md)
    const f = lawPue(r, !existing, m);
    const upgradeNote = existing && f.value !== null && hasUpgrade(r, m)
      ? { de: " Die Energie zur Abwärmeauskopplung (MP_Auskopplung) ist enthalten: § 11 Abs. 2 Satz 3 nimmt sie nur bei neuen Rechenzentren heraus.", en: " The heat-extraction energy (MP_Auskopplung) is included: § 11(2) S. 3 leaves it out for new data centres only." }
      : none;
    const o = pueLimitOn(p, dc, asOf);
    if (o.limit === null) {
      const limit = existing ? p.existingPue[0].limit : p.newPue;
      return notYet(id, {
        de: `${o.paragraph} EnEfG gilt ab ${de(o.from!)} (PUE ≤ ${ratioText(limit).de})`,
        en: `EnEfG ${paragraphEn(o.paragraph)} applies from ${iso(o.from!)} (PUE ≤ ${ratioText(limit).en})`,
      }, PUE, f, limit, period, upgradeNote);
    }
    const rule = { de: `${o.paragraph} EnEfG ab ${de(o.from)}`, en: `EnEfG ${paragraphEn(o.paragraph)} from ${iso(o.from)}` };
    return judge(id, "PUE", f, o.limit, "≤", rule, period, [cell("MP_EVU"), cell("MP_IT2")], pueShown, upgradeNote);
  }, true);
}

function hasUpgrade(r: Reader, m: Months): boolean {
  return m.rows.some((i) => (r.number("MP_Auskopplung", "kWh", i) ?? 0) > 0);
}

const exemptionWords = wordsOf(erfExemptions);
const exemptionOffered = Object.values(erfExemptions).map((w) => w.de).join("; ");

function erfCriterion(p: EnefgParams): RuleCriterion {
  const id = "EnEfG-11-2-ERF";
  return criterion(id, LAW_SHEET, (r, { asOf }) => {
    const dc = commissioning(r, id);
    if (typeof dc !== "number") return dc;
    if (!isNewDataCentre(p, dc)) {
      return notApplicable({
        de: `${id}: § 11 Abs. 2 Satz 1 Nr. 2 gilt nur für Rechenzentren mit Betriebsaufnahme ab dem ${de(p.cutoff)}; dieses seit ${de(dc)}.`,
        en: `${id}: § 11(2) S. 1 No. 2 applies only to data centres taking up operation from ${iso(p.cutoff)}; this one since ${iso(dc)}.`,
      });
    }
    const exemption = r.word(LAW.erfExemption, exemptionWords, exemptionOffered);
    if (exemption !== null && exemption !== "none") {
      const w = erfExemptions[exemption];
      return notApplicable({
        de: `${id}: Ausnahme nach § 11 Abs. 3 Satz 1 ${w.de} angegeben: der Betreiber muss sie nachweisen.`,
        en: `${id}: exemption of § 11(3) S. 1 ${w.en} given: the operator must prove it.`,
      });
    }
    const tier = erfTier(p, dc)!;
    const planned = tier > p.erfTiers[0].limit
      ? { de: " (§ 11 Abs. 2 verlangt für diesen Jahrgang einen „geplanten“ Anteil; beurteilt wird der gemessene)", en: " (§ 11(2) asks a \"planned\" share for this cohort; the measured one is judged)" }
      : none;
    const m = months(r);
    const period = periodText(m);
    const e = lawErf(r, m);
    const o = erfMinOn(p, dc, asOf);
    const paragraph = { de: `§ 11 Abs. 2 Satz 1 Nr. 2 EnEfG, ab ${de(graceEnd(p, dc))}`, en: `EnEfG § 11(2) S. 1 No. 2, from ${iso(graceEnd(p, dc))}` };
    if (o.limit === null) {
      return notYet(id, {
        de: `${paragraph.de} (zwei Jahre nach Inbetriebnahme) gilt ERF ≥ ${percentText(tier).de}${planned.de}`,
        en: `${paragraph.en} (two years after commissioning) ERF ≥ ${percentText(tier).en} applies${planned.en}`,
      }, ERF, e.full, tier, period);
    }
    const full = judge(id, "ERF", e.full, tier, "≥", paragraph, period, [cell("MP_An")], shareShown);
    if (full.status === "missing" || e.upgrade <= 0) return exemptionAsked(r, full, id);
    const without = judge(id, "ERF", e.withoutUpgrade, tier, "≥", paragraph, period, [cell("MP_An")], shareShown);
    if (without.status === full.status) return exemptionAsked(r, full, id);
    // law-notes.md § 5 example 5: whether DIN EN 50600-4-6 keeps the upgrade electricity in the denominator is UNVERIFIED
    return missing([cell("MP_An"), cell("MP_Auskopplung")], {
      de: `${id}: nicht entscheidbar: ERF ${percentText(e.full.value, tier).de} mit, ${percentText(e.withoutUpgrade.value, tier).de} ohne den Strom der Abwärmeaufwertung (MP_Auskopplung) im Nenner; Mindestanteil ${percentText(tier).de} (${period.de}). Ob DIN EN 50600-4-6 ihn im Nenner lässt, ist nicht geprüft (UNVERIFIED): mit der Norm klären.`,
      en: `${id}: cannot be decided: ERF ${percentText(e.full.value, tier).en} with, ${percentText(e.withoutUpgrade.value, tier).en} without the heat-upgrade electricity (MP_Auskopplung) in the denominator; minimum ${percentText(tier).en} (${period.en}). Whether DIN EN 50600-4-6 keeps it in the denominator is not verified (UNVERIFIED): settle it with the standard.`,
    }, e.full.value, tier);
  }, true);
}

/** A fail of the ERF while the § 11(3) answer is blank: the answer may change it (fehlt, naming the cell). */
function exemptionAsked(r: Reader, e: Evaluation, id: string): Evaluation {
  if (e.status !== "fail" || !r.blank(LAW.erfExemption)) return e;
  return missing([cell(LAW.erfExemption), ...e.cells], {
    de: `${e.message.de} ${id}: Ob eine Ausnahme nach § 11 Abs. 3 vorliegt, in „${LAW_SHEET}“ angeben („keine“ oder Nr. 1-3).`,
    en: `${e.message.en} ${id}: state in "${LAW_SHEET}" whether an exemption of § 11(3) applies ("none" or No. 1-3).`,
  }, e.value, e.limit);
}

function renewableCriterion(p: EnefgParams): RuleCriterion {
  const id = "EnEfG-11-5";
  return criterion(id, "Anlage 3.4", (r, { asOf }) => {
    const m = months(r);
    const period = periodText(m);
    const f = lawRenewable(r, m);
    const o = renewableMinOn(p, asOf);
    if (o.limit === null) {
      const limit = p.renewable[0].limit;
      return notYet(id, {
        de: `§ 11 Abs. 5 Nr. 1 EnEfG gilt ab ${de(o.from!)} (≥ ${percentText(limit).de})`,
        en: `EnEfG § 11(5) No. 1 applies from ${iso(o.from!)} (≥ ${percentText(limit).en})`,
      }, RENEWABLE, f, limit, period);
    }
    const rule = { de: `${o.paragraph} EnEfG ab ${de(o.from)}`, en: `EnEfG ${paragraphEn(o.paragraph)} from ${iso(o.from)}` };
    return judge(id, "Anteil erneuerbarer Strom", f, o.limit, "≥", rule, period, [cell("Strom_erneuerbar_kWh")], shareShown, {
      de: " Strom aus erneuerbaren Energien (Herkunftsnachweise, PPA, Eigenerzeugung) in Anlage 3.4 belegen oder zukaufen.",
      en: " Evidence or buy renewable electricity (guarantees of origin, PPA, own generation) in Anlage 3.4.",
    });
  }, true);
}

const emsWords = wordsOf(emsKinds);
const emsOffered = Object.values(emsKinds).map((w) => w.de).join(", ");

/** A blank or unreadable answer as *fehlt*, with what to enter. */
function blankOrUnreadable(r: Reader, name: string, id: string, what: Text): Evaluation {
  const problem = r.problems.find((x) => x.cell.name === name);
  if (problem) return missing([cell(name)], { de: `${id}: ${unreadableText(problem, r.where(cell(name))).de}`, en: `${id}: ${unreadableText(problem, r.where(cell(name))).en}` });
  return missing([cell(name)], { de: `${id}: ${what.de}`, en: `${id}: ${what.en}` });
}

/**
 * Whom § 12 binds, from the roles of Stammdaten: the data centre's operator (§ 3 Nr. 3; DE-UZ's RZ-Betreiber or
 * RZ-Dienstleister, who provides the colocation space) under § 12(1)-(3), or an IT operator in someone else's data
 * centre (§ 3 Nr. 4; DE-UZ's IT-Betreiber alone) under § 12(5). null: the roles are not answered.
 */
function emsDutyHolder(r: Reader): "dc" | "it" | null {
  const dc = r.yesNo("Rolle_RZ_Betreiber") === true || r.yesNo("Rolle_RZ_Dienstleister") === true;
  if (dc) return "dc";
  return r.yesNo("Rolle_IT_Betreiber") === true ? "it" : null;
}

/** What § 12 asks of the duty holder: the validation or certification duty and the words for it. */
interface Certification {
  /** true: due from p.certifiedFrom; false: not due; a finding: the answer that decides it is missing. */
  due: boolean | Evaluation;
  /** "ab 1 MW" / "from 1 MW" and the paragraph. */
  why: Text;
}

/** The gates § 12 shares: § 12(6) planned decommissioning, the date of § 12(1). null: the duty binds. */
function emsGate(p: EnefgParams, r: Reader, asOf: number, id: string): Evaluation | null {
  const off = r.date(LAW.decommission);
  if (off !== null && off < p.decommissionBefore) {
    return notApplicable({
      de: `${id}: § 12 Abs. 6: das Rechenzentrum geht plangemäß am ${de(off)} außer Betrieb, vor dem ${de(p.decommissionBefore)}; der Betreiber muss das nachweisen.`,
      en: `${id}: § 12(6): the data centre is planned to go out of operation on ${iso(off)}, before ${iso(p.decommissionBefore)}; the operator must prove it.`,
    });
  }
  if (asOf < p.emsBy) {
    return notApplicable({
      de: `${id}: § 12 Abs. 1 EnEfG gilt ab ${de(p.emsBy)}: bis dahin ein Energie- oder Umweltmanagementsystem (DIN EN ISO 50001 oder EMAS) einrichten.`,
      en: `${id}: EnEfG § 12(1) applies from ${iso(p.emsBy)}: set up an energy or environmental management system (ISO 50001 or EMAS) by then.`,
    });
  }
  return null;
}

/** § 12(1) (or (5) S. 1 with it): a system in place since the day judged, validated or certified where `cert` says so. */
function judgeEms(p: EnefgParams, r: Reader, asOf: number, id: string, paragraph: Text, cert: () => Certification): Evaluation {
  const kind = r.word(LAW.emsKind, emsWords, emsOffered);
  if (kind === null) return blankOrUnreadable(r, LAW.emsKind, id, { de: `In „${LAW_SHEET}“ das System wählen (DIN EN ISO 50001, EMAS oder keines).`, en: `Choose the system in "${LAW_SHEET}" (ISO 50001, EMAS or none).` });
  if (kind === "none") {
    return fail([cell(LAW.emsKind)], {
      de: `${id}: ${paragraph.de} EnEfG: seit dem ${de(p.emsBy)} muss ein Energie- (DIN EN ISO 50001) oder Umweltmanagementsystem (EMAS) eingerichtet sein. Einrichten; ordnungswidrig nach § 19 Abs. 1 Nr. 1.`,
      en: `${id}: EnEfG ${paragraph.en}: since ${iso(p.emsBy)} an energy (ISO 50001) or environmental management system (EMAS) must be in place. Set one up; an offence under § 19(1) No. 1.`,
    }, "keines", "ISO 50001 / EMAS");
  }
  const since = r.date(LAW.emsSince);
  if (since === null) return blankOrUnreadable(r, LAW.emsSince, id, { de: `In „${LAW_SHEET}“ eintragen, seit wann das System eingerichtet ist (Datum).`, en: `Enter in "${LAW_SHEET}" since when the system is in place (a date).` });
  if (since > asOf) {
    return fail([cell(LAW.emsSince)], {
      de: `${id}: ${paragraph.de} EnEfG: am ${de(asOf)} ist das System noch nicht eingerichtet (ab ${de(since)}); Frist war der ${de(p.emsBy)}.`,
      en: `${id}: EnEfG ${paragraph.en}: on ${iso(asOf)} the system is not yet in place (from ${iso(since)}); the deadline was ${iso(p.emsBy)}.`,
    }, emsKinds[kind].de, "ISO 50001 / EMAS");
  }
  if (asOf >= p.certifiedFrom) {
    const c = cert();
    if (typeof c.due === "object") return c.due;
    if (c.due) {
      const certified = r.date(LAW.emsCertified);
      if (certified === null) {
        return blankOrUnreadable(r, LAW.emsCertified, id, {
          de: `${c.why.de}: seit dem ${de(p.certifiedFrom)} muss das System validiert oder zertifiziert sein. Datum der Validierung/Zertifizierung eintragen.`,
          en: `${c.why.en}: since ${iso(p.certifiedFrom)} the system must be validated or certified. Enter the date of validation/certification.`,
        });
      }
      if (certified > asOf) {
        return fail([cell(LAW.emsCertified)], {
          de: `${id}: ${c.why.de}: am ${de(asOf)} ist das System noch nicht validiert oder zertifiziert (ab ${de(certified)}).`,
          en: `${id}: ${c.why.en}: on ${iso(asOf)} the system is not yet validated or certified (from ${iso(certified)}).`,
        }, emsKinds[kind].de, "zertifiziert");
      }
    }
  }
  return pass(emsKinds[kind].de, "ISO 50001 / EMAS");
}

/** § 12(3): from 1 MW, or from 300 kW for a data centre owned by or run for public bodies. */
function dcCertification(p: EnefgParams, r: Reader, id: string): Certification {
  const kw = r.number(LAW.connectionKw, "kW");
  const publicBody = r.yesNo(LAW.publicBody);
  if (kw !== null && kw < p.certifiedKw && kw >= p.certifiedPublicKw && publicBody === null) {
    return {
      due: blankOrUnreadable(r, LAW.publicBody, id, {
        de: `§ 12 Abs. 3: unter 1 MW hängt die Pflicht zur Zertifizierung davon ab, ob das RZ öffentlichen Trägern gehört oder für sie betrieben wird. In „${LAW_SHEET}“ Ja/Nein angeben.`,
        en: `§ 12(3): below 1 MW the duty to certify depends on whether the data centre is owned by or run for public bodies. Answer Yes/No in "${LAW_SHEET}".`,
      }),
      why: none,
    };
  }
  const big = kw !== null && kw >= p.certifiedKw;
  return {
    due: big || (publicBody === true && kw !== null && kw >= p.certifiedPublicKw),
    why: big ? { de: "§ 12 Abs. 3 EnEfG (ab 1 MW)", en: "EnEfG § 12(3) (from 1 MW)" } : { de: "§ 12 Abs. 3 EnEfG (öffentlicher Träger ab 300 kW)", en: "EnEfG § 12(3) (public body from 300 kW)" },
  };
}

/** § 12(5) S. 2, 3: an IT operator's own IT from 500 kW, or from 300 kW when run for public bodies. */
function itCertification(p: EnefgParams, kw: number, publicBody: boolean | null): Certification {
  const big = kw >= p.itCertifiedKw;
  return {
    due: big || (publicBody === true && kw >= p.itCertifiedPublicKw),
    why: big ? { de: "§ 12 Abs. 5 Satz 2 EnEfG (IT ab 500 kW)", en: "EnEfG § 12(5) S. 2 (IT from 500 kW)" } : { de: "§ 12 Abs. 5 Satz 3 EnEfG (für öffentliche Träger, IT ab 300 kW)", en: "EnEfG § 12(5) S. 3 (for public bodies, IT from 300 kW)" },
  };
}

const itOperatorOnly: Text = {
  de: "§ 12 Abs. 1-3 binden den Betreiber des Rechenzentrums (§ 3 Nr. 3); der Antragsteller ist laut Stammdaten nur IT-Betreiber: siehe EnEfG-12-5.",
  en: "§ 12(1)-(3) bind the data centre's operator (§ 3 No. 3); per Stammdaten the applicant is an IT operator only: see EnEfG-12-5.",
};

function emsCriterion(p: EnefgParams): RuleCriterion {
  const id = "EnEfG-12";
  return criterion(id, LAW_SHEET, (r, { asOf }) => {
    if (emsDutyHolder(r) === "it") return notApplicable({ de: `${id}: ${itOperatorOnly.de}`, en: `${id}: ${itOperatorOnly.en}` });
    const gated = emsGate(p, r, asOf, id);
    if (gated) return gated;
    if (r.yesNo(LAW.emsExempt) === true) {
      return notApplicable({
        de: `${id}: Befreiung nach § 12 Abs. 4 angegeben (≥ 50 % der wiederverwendeten Energie über ein Wärmenetz, ≤ 7,5 GWh im Jahresmittel der letzten drei Jahre): nachweisen.`,
        en: `${id}: exemption of § 12(4) given (≥ 50 % of the reused energy into a heat network, ≤ 7.5 GWh a year over the last three years): prove it.`,
      });
    }
    return judgeEms(p, r, asOf, id, { de: "§ 12 Abs. 1", en: "§ 12(1)" }, () => dcCertification(p, r, id));
  });
}

/**
 * § 12(5): an IT operator in someone else's data centre (§ 3 Nr. 4: from 50 kW of its own IT) meets § 12(1), (2)
 * accordingly, and certifies from 01.01.2026 from 500 kW (300 kW for public bodies). The system's answers are the
 * same cells as the data centre operator's: the workbook is the applicant's.
 */
function itOperatorEmsCriterion(p: EnefgParams): RuleCriterion {
  const id = "EnEfG-12-5";
  return criterion(id, LAW_SHEET, (r, { asOf }) => {
    const holder = emsDutyHolder(r);
    if (holder === null) {
      return missing([cell("Rolle_RZ_Betreiber"), cell("Rolle_IT_Betreiber")], {
        de: `${id}: ob § 12 Abs. 1-3 (Betreiber des Rechenzentrums) oder Abs. 5 (Betreiber von Informationstechnik) gilt, entscheiden die Rollen. In Stammdaten die Rollen mit Ja/Nein beantworten.`,
        en: `${id}: the roles decide whether § 12(1)-(3) (data centre operator) or § 12(5) (IT operator) applies. Answer the roles in Stammdaten with Yes/No.`,
      });
    }
    if (holder === "dc") {
      return notApplicable({
        de: `${id}: § 12 Abs. 5 gilt für Betreiber von Informationstechnik, die das Rechenzentrum nicht selbst betreiben (§ 3 Nr. 4); der Antragsteller betreibt es: siehe EnEfG-12.`,
        en: `${id}: § 12(5) applies to IT operators who do not operate the data centre themselves (§ 3 No. 4); the applicant operates it: see EnEfG-12.`,
      });
    }
    const kw = r.number(LAW.itOperatorKw, "kW");
    if (kw === null) {
      return blankOrUnreadable(r, LAW.itOperatorKw, id, {
        de: `§ 3 Nr. 4 EnEfG: Betreiber von Informationstechnik ist, wer IT ab ${p.itOperatorKw} kW nicht redundanter Nennanschlussleistung in einem fremden Rechenzentrum unterhält. Die Leistung der eigenen IT in „${LAW_SHEET}“ in kW eintragen.`,
        en: `EnEfG § 3 No. 4: an IT operator keeps IT of ${p.itOperatorKw} kW or more non-redundant rated connection power in someone else's data centre. Enter the own IT's power in kW in "${LAW_SHEET}".`,
      });
    }
    if (kw < p.itOperatorKw) {
      return notApplicable({
        de: `${id}: § 3 Nr. 4 EnEfG: Betreiber von Informationstechnik ab ${p.itOperatorKw} kW; hier ${kw.toLocaleString("de-DE")} kW.`,
        en: `${id}: EnEfG § 3 No. 4: IT operators from ${p.itOperatorKw} kW; here ${kw.toLocaleString("en-GB")} kW.`,
      });
    }
    const gated = emsGate(p, r, asOf, id);
    if (gated) return gated;
    return judgeEms(p, r, asOf, id, { de: "§ 12 Abs. 5 Satz 1 mit Abs. 1", en: "§ 12(5) S. 1 with (1)" }, () => itCertification(p, kw, r.yesNo(LAW.publicBody)));
  });
}

/**
 * § 12(2), within the system of § 12(1)/(5): Nr. 1 continuous measurement of the electrical power and energy of the
 * essential components, read as the metering concept in place (Stammdaten EnMS_Messkonzept, 3.1.1) and, for a data
 * centre operator, the components' meters of Anlage 3.4 (MP_IT2, MP_KS, MP_So) complete over the reporting period;
 * Nr. 2 measures that continually improve efficiency, read as the continual improvement process (EnMS_KVP).
 */
function measurementCriterion(p: EnefgParams): RuleCriterion {
  const id = "EnEfG-12-2";
  return criterion(id, LAW_SHEET, (r, { asOf }) => {
    const gated = emsGate(p, r, asOf, id);
    if (gated) return gated;
    const holder = emsDutyHolder(r);
    if (holder === "dc" && r.yesNo(LAW.emsExempt) === true) {
      return notApplicable({ de: `${id}: mit der Befreiung nach § 12 Abs. 4 entfällt das Managementsystem, in dessen Rahmen § 12 Abs. 2 gilt: nachweisen.`, en: `${id}: with the exemption of § 12(4) there is no management system for § 12(2) to apply within: prove it.` });
    }
    const measured = r.yesNo("EnMS_Messkonzept");
    if (measured === null) return blankOrUnreadable(r, "EnMS_Messkonzept", id, { de: "§ 12 Abs. 2 Nr. 1 EnEfG: in Stammdaten (3.1.1) angeben, ob das Messkonzept für die Effizienzkennzahlen umgesetzt ist (Ja/Nein).", en: "EnEfG § 12(2) No. 1: state in Stammdaten (3.1.1) whether the metering concept for the efficiency indicators is in place (Yes/No)." });
    if (!measured) {
      return fail([cell("EnMS_Messkonzept")], {
        de: `${id}: § 12 Abs. 2 Nr. 1 EnEfG: die elektrische Leistung und der Energiebedarf der wesentlichen Komponenten sind kontinuierlich zu messen; das Messkonzept ist nicht umgesetzt. Umsetzen, dann „Ja“ eintragen.`,
        en: `${id}: EnEfG § 12(2) No. 1: the electrical power and energy of the essential components must be measured continuously; the metering concept is not in place. Put it in place, then answer "Yes".`,
      });
    }
    if (holder !== "it") {
      const m = months(r);
      const c = completeMonths(r, m, ["MP_IT2", "MP_KS", "MP_So"]);
      if (c.rows.length < 12) {
        return missing(c.blanks.length ? c.blanks : [cell("MP_IT2"), cell("MP_KS"), cell("MP_So")], {
          de: `${id}: § 12 Abs. 2 Nr. 1 EnEfG: kontinuierliche Messungen der wesentlichen Komponenten (IT MP_IT2, Kühlung MP_KS, Sonstiges MP_So), aber nur ${c.rows.length}/12 Monate vollständig (${periodText(m).de}). Fehlende Monatswerte in Anlage 3.4 eintragen.`,
          en: `${id}: EnEfG § 12(2) No. 1: continuous measurement of the essential components (IT MP_IT2, cooling MP_KS, other MP_So), but only ${c.rows.length}/12 months complete (${periodText(m).en}). Fill in the missing monthly values in Anlage 3.4.`,
        }, `${c.rows.length}/12`);
      }
    }
    const improving = r.yesNo("EnMS_KVP");
    if (improving === null) return blankOrUnreadable(r, "EnMS_KVP", id, { de: "§ 12 Abs. 2 Nr. 2 EnEfG: in Stammdaten (3.1.1) angeben, ob ein kontinuierlicher Verbesserungsprozess besteht (Ja/Nein).", en: "EnEfG § 12(2) No. 2: state in Stammdaten (3.1.1) whether a continual improvement process exists (Yes/No)." });
    if (!improving) {
      return fail([cell("EnMS_KVP")], {
        de: `${id}: § 12 Abs. 2 Nr. 2 EnEfG: Maßnahmen, die die Energieeffizienz kontinuierlich verbessern, sind zu ergreifen; kein kontinuierlicher Verbesserungsprozess angegeben. Einführen, dann „Ja“ eintragen.`,
        en: `${id}: EnEfG § 12(2) No. 2: measures that continually improve energy efficiency must be taken; no continual improvement process given. Introduce one, then answer "Yes".`,
      });
    }
    return pass();
  });
}

function registerCriterion(p: EnefgParams): RuleCriterion {
  const id = "EnEfG-13";
  return criterion(id, LAW_SHEET, (r, { asOf }) => {
    const kw = r.number(LAW.connectionKw, "kW");
    const first = p.registerFirst.find((x) => kw !== null && kw >= x.fromKw) ?? p.registerFirst[p.registerFirst.length - 1];
    const items = registerItems(r).filter((i) => i.ruleSet === "enefg-2023");
    const lacking = items.filter((i) => i.missing);
    const value = `${items.length - lacking.length}/${items.length}`;
    if (asOf < first.by) {
      return notApplicable({
        de: `${id}: erstmals bis zum ${de(first.by)} zu übermitteln (§ 20 Abs. 2 EnEfG), dann jährlich bis 31. März für das Vorjahr. Heute fehlen: ${lacking.map((i) => i.no).join(", ") || "nichts"}.`,
        en: `${id}: first due by ${iso(first.by)} (EnEfG § 20(2)), then every 31 March for the year before. Missing today: ${lacking.map((i) => i.no).join(", ") || "nothing"}.`,
      }, value);
    }
    if (lacking.length) {
      const numbers = [...new Set(lacking.map((i) => i.no))].join(", ");
      return missing(lacking.flatMap((i) => i.cells).slice(0, 12), {
        de: `${id}: Anlage 3 EnEfG ist jährlich bis zum 31. März für das Vorjahr zu veröffentlichen und zu übermitteln (§ 13 Abs. 1); es fehlen Nr. ${numbers}. Eintragen; \`deuz register\` zeigt die Liste.`,
        en: `${id}: EnEfG Anlage 3 is due every 31 March for the year before (§ 13(1)); missing are No. ${numbers}. Fill them in; \`deuz register\` shows the list.`,
      }, value);
    }
    return pass(value);
  });
}

function customerCriterion(p: EnefgParams): RuleCriterion {
  const id = "EnEfG-15";
  return criterion(id, LAW_SHEET, (r, { asOf }) => {
    if (asOf < p.customersFrom) {
      return notApplicable({ de: `${id}: § 15 EnEfG gilt ab ${de(p.customersFrom)}.`, en: `${id}: EnEfG § 15 applies from ${iso(p.customersFrom)}.` });
    }
    const third = r.yesNo(LAW.customers);
    if (third === null) return blankOrUnreadable(r, LAW.customers, id, { de: `In „${LAW_SHEET}“ angeben, ob das RZ Dienstleistungen für Dritte (Kunden) anbietet (Ja/Nein).`, en: `State in "${LAW_SHEET}" whether the data centre offers services to third parties (customers) (Yes/No).` });
    if (!third) return notApplicable({ de: `${id}: keine Dienstleistungen für Dritte: § 15 gilt nicht.`, en: `${id}: no services to third parties: § 15 does not apply.` });
    const informed = r.yesNo(LAW.customersInformed);
    if (informed === null) return blankOrUnreadable(r, LAW.customersInformed, id, { de: `In „${LAW_SHEET}“ angeben, ob jedem Kunden seine direkt zuzuordnenden Energieverbräuche pro Jahr dargestellt werden (Ja/Nein).`, en: `State in "${LAW_SHEET}" whether each customer is shown the energy directly attributable to them per year (Yes/No).` });
    if (!informed) {
      return fail([cell(LAW.customersInformed)], {
        de: `${id}: § 15 EnEfG: seit dem ${de(p.customersFrom)} jedem Kunden die ihm direkt zuzuordnenden Energieverbräuche pro Jahr darstellen. Einführen, dann „Ja“ eintragen.`,
        en: `${id}: EnEfG § 15: since ${iso(p.customersFrom)} show each customer the energy directly attributable to them per year. Introduce it, then answer "Yes".`,
      });
    }
    return pass();
  });
}

/**
 * § 16(4), § 17(4): companies whose annual average total final energy over the last three closed calendar years is at
 * most 2.5 GWh are exempt. A finding when the figure is missing or exempts, else the figure (kWh).
 */
function wasteHeatThreshold(p: EnefgParams, r: Reader, id: string, paragraph: Text): Evaluation | number {
  const kwh = r.number(LAW.finalEnergy3y, "kWh");
  if (kwh === null) {
    return blankOrUnreadable(r, LAW.finalEnergy3y, id, {
      de: `${paragraph.de} EnEfG gilt nicht für Unternehmen mit höchstens 2,5 GWh Gesamtendenergieverbrauch im Jahresmittel der letzten drei abgeschlossenen Kalenderjahre. Dieses Mittel des Unternehmens in „${LAW_SHEET}“ in kWh eintragen.`,
      en: `EnEfG ${paragraph.en} does not apply to companies with at most 2.5 GWh total final energy a year on average over the last three closed calendar years. Enter the company's average in kWh in "${LAW_SHEET}".`,
    });
  }
  if (kwh <= p.wasteHeatExemptKwh) {
    return notApplicable({
      de: `${id}: ${paragraph.de} EnEfG: Gesamtendenergieverbrauch im Mittel der letzten drei Kalenderjahre ${numberIn(kwh / 1e6, "de", 2)} GWh, höchstens 2,5 GWh: ausgenommen.`,
      en: `${id}: EnEfG ${paragraph.en}: total final energy over the last three calendar years ${numberIn(kwh / 1e6, "en", 2)} GWh a year on average, at most 2.5 GWh: exempt.`,
    });
  }
  return kwh;
}

const wasteHeatWords = wordsOf(wasteHeatAnswers);
const wasteHeatOffered = Object.values(wasteHeatAnswers).map((w) => w.de).join("; ");

/**
 * § 11(4) with § 16(1), (2): waste heat avoided per the state of the art and reused as far as possible and reasonable.
 * What is possible and reasonable the workbook cannot weigh: the operator's answer is judged, with the data centre's
 * reused share (MP_An) beside it; for a data centre from 01.07.2026, § 11(2) S. 1 Nr. 2 is the more specific reuse rule.
 */
function wasteHeatCriterion(p: EnefgParams): RuleCriterion {
  const id = "EnEfG-16";
  const paragraph = { de: "§ 16 Abs. 4", en: "§ 16(4)" };
  return criterion(id, LAW_SHEET, (r) => {
    const kwh = wasteHeatThreshold(p, r, id, paragraph);
    if (typeof kwh !== "number") return kwh;
    const answer = r.word(LAW.wasteHeat16, wasteHeatWords, wasteHeatOffered);
    if (answer === null) {
      return blankOrUnreadable(r, LAW.wasteHeat16, id, {
        de: `§ 16 Abs. 1, 2 EnEfG (für Rechenzentren nach § 11 Abs. 4): Abwärme nach dem Stand der Technik vermeiden und, soweit möglich und zumutbar, wiederverwenden. In „${LAW_SHEET}“ angeben, ob das geschehen und dokumentiert ist (${wasteHeatOffered}).`,
        en: `EnEfG § 16(1), (2) (for data centres by § 11(4)): avoid waste heat per the state of the art and reuse it as far as possible and reasonable. State in "${LAW_SHEET}" whether this is done and documented (${Object.values(wasteHeatAnswers).map((w) => w.en).join("; ")}).`,
      });
    }
    if (answer === "permit") {
      return notApplicable({ de: `${id}: § 16 Abs. 3: genehmigungsbedürftige Anlage nach § 4 BImSchG mit spezielleren Anforderungen zur Abwärme angegeben: nachweisen.`, en: `${id}: § 16(3): an installation needing a permit under § 4 BImSchG with more specific waste-heat rules given: prove it.` });
    }
    if (answer === "open") {
      return fail([cell(LAW.wasteHeat16)], {
        de: `${id}: § 16 Abs. 1, 2 EnEfG: Abwärme ist nach dem Stand der Technik zu vermeiden und, soweit möglich und zumutbar, wiederzuverwenden (auch auf dem Betriebsgelände und bei Dritten); nicht umgesetzt. Prüfen und dokumentieren; ordnungswidrig nach § 19 Abs. 1 Nr. 7.`,
        en: `${id}: EnEfG § 16(1), (2): waste heat must be avoided per the state of the art and reused as far as possible and reasonable (on site and by third parties too); not done. Assess and document it; an offence under § 19(1) No. 7.`,
      });
    }
    return pass();
  });
}

/**
 * § 17(1), (2): the waste-heat information, to the Bundesstelle für Energieeffizienz every 31 March: Nr. 1 the company
 * (Betreiber), Nr. 2 the site (RZ_Standort, RZ_PLZ), Nr. 3 the annual heat (MP_RZ of the reporting period) and the
 * maximum thermal power, Nr. 4 the availability over the year (the months of MP_RZ: 12 complete months), Nr. 5 the
 * options to control temperature, pressure and feed-in, Nr. 6 the average temperature; and the day it was sent.
 */
function platformCriterion(p: EnefgParams): RuleCriterion {
  const id = "EnEfG-17";
  const paragraph = { de: "§ 17 Abs. 4", en: "§ 17(4)" };
  return criterion(id, LAW_SHEET, (r, { asOf }) => {
    const kwh = wasteHeatThreshold(p, r, id, paragraph);
    if (typeof kwh !== "number") return kwh;
    const m = months(r);
    const heat = completeMonths(r, m, ["MP_RZ"]);
    const items: { no: string; cells: CellRef[]; ok: boolean }[] = [
      { no: "1", cells: [cell(LAW.operator)], ok: !r.blank(LAW.operator) },
      { no: "2", cells: [cell("RZ_Standort"), cell(LAW.postcode)], ok: !r.blank("RZ_Standort") && !r.blank(LAW.postcode) },
      { no: "3", cells: [...heat.blanks, cell(LAW.heatMaxKw)], ok: heat.rows.length >= 12 && r.number(LAW.heatMaxKw, "kW") !== null },
      { no: "4", cells: heat.blanks.length ? heat.blanks : [cell("MP_RZ")], ok: heat.rows.length >= 12 },
      { no: "5", cells: [cell(LAW.heatControl)], ok: !r.blank(LAW.heatControl) },
      { no: "6", cells: [cell(LAW.heatToEnvironmentC)], ok: r.number(LAW.heatToEnvironmentC) !== null },
    ];
    const lacking = items.filter((i) => !i.ok);
    const value = `${items.length - lacking.length}/${items.length}`;
    if (lacking.length) {
      return missing([...new Set(lacking.flatMap((i) => i.cells))].slice(0, 12), {
        de: `${id}: § 17 Abs. 2 EnEfG: die Angaben nach § 17 Abs. 1 sind jährlich bis 31. März an die Bundesstelle für Energieeffizienz zu übermitteln; es fehlen Nr. ${lacking.map((i) => i.no).join(", ")} (${periodText(m).de}). Eintragen.`,
        en: `${id}: EnEfG § 17(2): the information of § 17(1) is due to the Federal Office for Energy Efficiency every 31 March; missing are No. ${lacking.map((i) => i.no).join(", ")} (${periodText(m).en}). Fill them in.`,
      }, value);
    }
    const sent = r.date(LAW.heatPlatformSent);
    if (sent === null) {
      return blankOrUnreadable(r, LAW.heatPlatformSent, id, {
        de: `§ 17 Abs. 2 EnEfG: die Angaben sind vollständig; in „${LAW_SHEET}“ eintragen, wann sie an die Plattform für Abwärme übermittelt wurden (Datum).`,
        en: `EnEfG § 17(2): the information is complete; enter in "${LAW_SHEET}" when it was sent to the waste-heat platform (a date).`,
      });
    }
    if (sent > asOf) {
      return fail([cell(LAW.heatPlatformSent)], {
        de: `${id}: § 17 Abs. 2 EnEfG: am ${de(asOf)} noch nicht an die Plattform für Abwärme übermittelt (am ${de(sent)}); fällig jährlich bis 31. März.`,
        en: `${id}: EnEfG § 17(2): on ${iso(asOf)} not yet sent to the waste-heat platform (on ${iso(sent)}); due every 31 March.`,
      }, value);
    }
    // "bis zum 31. März eines jeden Jahres": the last deadline passed by the day judged asks for a transmission after the
    // one before it (§ 20(4): first by 01.01.2024, which asks only that one was sent)
    const due = platformDeadline(p, asOf);
    if (due !== null && due.previous !== null && sent <= due.previous) {
      return fail([cell(LAW.heatPlatformSent)], {
        de: `${id}: § 17 Abs. 2 EnEfG: zuletzt am ${de(sent)} an die Plattform für Abwärme übermittelt; die Übermittlung bis ${de(due.by)} fehlt (jährlich bis 31. März). Übermitteln und das Datum eintragen.`,
        en: `${id}: EnEfG § 17(2): last sent to the waste-heat platform on ${iso(sent)}; the one due by ${iso(due.by)} is missing (every 31 March). Send it and enter the date.`,
      }, value);
    }
    return pass(value);
  });
}

/**
 * § 17(2), § 20(4): the last deadline for the waste-heat platform passed by `asOf` (31 March of a year, the first one
 * 01.01.2024) and the one before it (null for the first); null before the first.
 */
export function platformDeadline(p: EnefgParams, asOf: number): { by: number; previous: number | null } | null {
  if (asOf < p.platformFirst) return null;
  const { year } = serialToYmd(asOf);
  const march = (y: number) => ymdToSerial({ year: y, month: 3, day: 31 });
  const by = asOf >= march(year) ? march(year) : march(year - 1);
  if (by < p.platformFirst) return { by: p.platformFirst, previous: null };
  const previous = march(serialToYmd(by).year - 1);
  return { by, previous: previous < p.platformFirst ? p.platformFirst : previous };
}

/** § 3 Nr. 24: a Rechenzentrum from 300 kW non-redundant rated connection power. */
function enefgScope(p: EnefgParams, r: Reader): Scope {
  const kw = r.number(LAW.connectionKw, "kW");
  if (kw === null) {
    const problem = r.problems[0];
    const at = r.where(cell(LAW.connectionKw));
    const why = problem ? unreadableText(problem, at) : { de: `${at.de} ist leer.`, en: `${at.en} is blank.` };
    return {
      unknown: {
        de: `§ 3 Nr. 24 EnEfG: ob das Gesetz gilt, entscheidet die nicht redundante Nennanschlussleistung (ab ${p.scopeKw} kW). ${why.de} In „${LAW_SHEET}“ in kW eintragen.`,
        en: `EnEfG § 3 No. 24: whether the law applies depends on the non-redundant rated connection power (from ${p.scopeKw} kW). ${why.en} Enter it in kW in "${LAW_SHEET}".`,
      },
      cells: [cell(LAW.connectionKw)],
    };
  }
  if (kw < p.scopeKw) {
    return {
      notApplicable: {
        de: `§ 3 Nr. 24 EnEfG: ein Rechenzentrum im Sinne des Gesetzes hat eine nicht redundante Nennanschlussleistung ab ${p.scopeKw} kW; hier ${kw.toLocaleString("de-DE")} kW.`,
        en: `EnEfG § 3 No. 24: a data centre under the law has a non-redundant rated connection power from ${p.scopeKw} kW; here ${kw.toLocaleString("en-GB")} kW.`,
      },
    };
  }
  return "applies";
}

/** Roadmap: every dated requirement, the workbook's figure and whether it would be met. */
function enefgRoadmap(p: EnefgParams, ruleSet: string, r: Reader): RoadmapEntry[] {
  const out: RoadmapEntry[] = [];
  const m = months(r);
  const period = periodText(m).de;
  const dc = r.date("Inbetriebnahme_RZ");
  const full = (f: LawFigure) => (f.value !== null && f.months >= 12 ? f.value : null);
  const entry = (id: string, from: number, limit: number, comparison: "≤" | "≥", figure: string, value: number | null, met?: boolean | null): RoadmapEntry => ({
    ruleSet, id, from: iso(from), limit, comparison, figure, value,
    met: met !== undefined ? met : value === null ? null : comparison === "≤" ? atMost(value, limit) : atLeast(value, limit), period,
  });
  if (dc !== null) {
    if (!isNewDataCentre(p, dc)) {
      const v = full(lawPue(r, false, m));
      for (const row of p.existingPue) out.push(entry("EnEfG-11-1", row.from, row.limit, "≤", "PUE", v));
    } else {
      const from = graceEnd(p, dc);
      out.push(entry("EnEfG-11-2-PUE", from, p.newPue, "≤", "PUE", full(lawPue(r, true, m))));
      const e = lawErf(r, m);
      const tier = erfTier(p, dc)!;
      const a = full(e.full);
      const b = full(e.withoutUpgrade);
      // the two denominators disagree: flagged, not decided (UNVERIFIED)
      const met = a === null || b === null ? null : atLeast(a, tier) === atLeast(b, tier) ? atLeast(a, tier) : null;
      out.push(entry("EnEfG-11-2-ERF", from, tier, "≥", "ERF", a, met));
    }
  }
  const ren = full(lawRenewable(r, m));
  for (const row of p.renewable) out.push(entry("EnEfG-11-5", row.from, row.limit, "≥", "EE-Anteil", ren));
  // the dated duties that are met or not (§ 12(1), (3); § 13 with § 20(2); § 15): "=" and words
  const word = (id: string, from: number, limit: string, figure: string, value: string | null, met: boolean | null): RoadmapEntry =>
    ({ ruleSet, id, from: iso(from), limit, comparison: "=", figure, value, met });
  // § 12(1), (3) for the data centre's operator, § 12(5) for an IT operator only: the same judgement as the criteria
  const off = r.date(LAW.decommission);
  const holder = emsDutyHolder(r);
  const itKw = holder === "it" ? r.number(LAW.itOperatorKw, "kW") : null;
  const bound = holder === "it" ? itKw !== null && itKw >= p.itOperatorKw : r.yesNo(LAW.emsExempt) !== true;
  if (!(off !== null && off < p.decommissionBefore) && bound) {
    const emsId = holder === "it" ? "EnEfG-12-5" : "EnEfG-12";
    const kind = r.word(LAW.emsKind, emsWords, emsOffered);
    out.push(word(emsId, p.emsBy, "DIN EN ISO 50001 / EMAS", "EnMS", kind === null ? null : emsKinds[kind].de, kind === null ? null : kind !== "none"));
    const c = holder === "it" ? itCertification(p, itKw!, r.yesNo(LAW.publicBody)) : dcCertification(p, r, emsId);
    if (c.due === true) {
      const certified = r.date(LAW.emsCertified);
      out.push(word(emsId, p.certifiedFrom, "validiert/zertifiziert", "EnMS", certified === null ? null : iso(certified), certified === null ? null : certified <= p.certifiedFrom));
    }
  }
  const kw = r.number(LAW.connectionKw, "kW");
  const first = p.registerFirst.find((x) => kw !== null && kw >= x.fromKw);
  if (first) {
    const items = registerItems(r).filter((i) => i.ruleSet === "enefg-2023");
    const lacking = items.filter((i) => i.missing).length;
    out.push(word("EnEfG-13", first.by, "Anlage 3", "Register", `${items.length - lacking}/${items.length}`, lacking === 0));
  }
  if (r.yesNo(LAW.customers) === true) {
    const informed = r.yesNo(LAW.customersInformed);
    out.push(word("EnEfG-15", p.customersFrom, "Jahresverbrauch je Kunde", "§ 15", informed === null ? null : informed ? "Ja" : "Nein", informed));
  }
  return out.sort((x, y) => compareIso(x.from, y.from));
}

function enefgRuleSet(p: EnefgParams, draft: boolean): RuleSet {
  const id = draft ? "enefg-2026-entwurf" : "enefg-2023";
  return {
    id,
    title: draft
      ? { de: "EnEfG-Novelle, Referentenentwurf BMWE vom 09.04.2026 (ENTWURF)", en: "EnEfG amendment, BMWE draft of 2026-04-09 (DRAFT)" }
      : { de: "Energieeffizienzgesetz (EnEfG) §§ 11-17", en: "Energy Efficiency Act (EnEfG) §§ 11-17" },
    edition: draft ? "Referentenentwurf 09.04.2026 (Entwurf, nicht geltendes Recht)" : "EnEfG vom 13.11.2023, BGBl. 2023 I Nr. 309 (ohne spätere Änderungen)",
    source: draft ? "law-notes.md § 1.4 N-1 (Taylor Wessing, 29.04.2026; Sekundärquelle)" : "BGBl. 2023 I Nr. 309",
    date: draft ? "2026-04-09" : "2023-11-13",
    ...(draft ? { draft: true } : {}),
    covers: draft
      ? {
        de: "ENTWURF: wie EnEfG 2023, aber PUE ≤ 1,6 ab 01.07.2027 und ≤ 1,4 ab 01.07.2030 (bestehende RZ), ≤ 1,3 (neue RZ). Die vom Kabinett berichteten 4 statt 2 Jahre und ein späterer EE-Termin sind nicht belegt (UNVERIFIED) und nicht umgesetzt; die neue 5-km-Ausnahme ist nicht abgebildet.",
        en: "DRAFT: as EnEfG 2023, but PUE ≤ 1.6 from 2027-07-01 and ≤ 1.4 from 2030-07-01 (existing), ≤ 1.3 (new). The cabinet's reported 4 instead of 2 years and a later renewable date are not verified (UNVERIFIED) and not encoded; the new 5 km exemption is not modelled.",
      }
      : {
        de: "§ 11 Abs. 1, 2, 3, 5 (PUE, ERF, erneuerbarer Strom), § 12 Abs. 1-6 (EnMS, Messungen und Verbesserung, IT-Betreiber), § 13 mit Anlage 3 (Register), § 15 (Kundeninformation), § 11 Abs. 4 mit § 16 (Abwärme vermeiden und verwenden: die Angabe des Betreibers) und § 17 (Plattform für Abwärme), je zum Stichtag. Nicht geprüft: „ungefördert“ beim EE-Strom (UNVERIFIED); was nach § 16 möglich und zumutbar ist, wägt das Werkzeug nicht.",
        en: "§ 11(1), (2), (3), (5) (PUE, ERF, renewable electricity), § 12(1)-(6) (EMS, measurement and improvement, IT operators), § 13 with Anlage 3 (register), § 15 (customers), § 11(4) with § 16 (avoid and reuse waste heat: the operator's answer) and § 17 (waste-heat platform), each as of a date. Not checked: \"unsubsidised\" renewables (UNVERIFIED); what § 16 finds possible and reasonable the tool does not weigh.",
      },
    scope: (r) => enefgScope(p, r),
    criteria: [
      pueCriterion(p, true), pueCriterion(p, false), erfCriterion(p), renewableCriterion(p), emsCriterion(p), measurementCriterion(p), itOperatorEmsCriterion(p),
      registerCriterion(p), customerCriterion(p), wasteHeatCriterion(p), platformCriterion(p),
    ],
    roadmap: (r) => enefgRoadmap(p, id, r),
  };
}

export const enefg2023RuleSet: RuleSet = enefgRuleSet(enefg2023, false);
export const enefg2026DraftRuleSet: RuleSet = enefgRuleSet(enefg2026Draft, true);

/** The default day: today (UTC), as an Excel serial. */
export function today(): number {
  return serial(new Date().toISOString().slice(0, 10));
}

export type { Context };
