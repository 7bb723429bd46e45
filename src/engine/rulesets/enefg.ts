/**
 * The Energieeffizienzgesetz as a rule set, judged as of a day (BGBl. 2023 I Nr. 309; the draft of 9.4.2026 with its
 * own parameters, ./enefgParams.ts). Criteria: EnEfG-11-1 (§ 11 Abs. 1, PUE of data centres operating before
 * 1.7.2026), EnEfG-11-2-PUE and EnEfG-11-2-ERF (§ 11 Abs. 2, with the exemptions of Abs. 3), EnEfG-11-5 (renewable
 * electricity), EnEfG-12 (energy or environmental management system, § 12 Abs. 1, 3, 4, 6), EnEfG-13 (Anlage 3
 * complete), EnEfG-15 (customers informed). A requirement not yet in force is *nicht anwendbar*, saying from when and
 * whether the workbook's figure would meet it. Key figures are ratios of the reporting period's 12-month sums.
 */
import { atLeast, atMost } from "../compare";
import { serial, toIsoDate } from "../dates";
import { Text } from "../errors";
import { months, Months } from "../criteria/figures";
import { percentText, ratioText } from "../criteria/format";
import { cellRef as cell, Reader, unreadableText } from "../criteria/reader";
import { CellRef, Evaluation } from "../criteria/types";
import { wordsOf } from "../criteria/vocabulary";
import {
  enefg2023, enefg2026Draft, EnefgParams, erfMinOn, erfTier, germanDate, graceEnd, isNewDataCentre, pueLimitOn, renewableMinOn,
} from "./enefgParams";
import { lawErf, LawFigure, lawPue, lawRenewable, periodText } from "./lawFigures";
import { emsKinds, erfExemptions, LAW, LAW_SHEET } from "./lawNames";
import { registerItems } from "./register";
import { Context, RoadmapEntry, RuleCriterion, RuleSet, Scope } from "./types";

const none: Text = { de: "", en: "" };
const pass = (value?: Evaluation["value"], limit?: Evaluation["limit"]): Evaluation => ({ status: "pass", value, limit, cells: [], message: none });
const fail = (cells: CellRef[], message: Text, value?: Evaluation["value"], limit?: Evaluation["limit"]): Evaluation => ({ status: "fail", value, limit, cells, message });
const missing = (cells: CellRef[], message: Text, value?: Evaluation["value"], limit?: Evaluation["limit"]): Evaluation => ({ status: "missing", value, limit, cells, message });
const notApplicable = (message: Text, value?: Evaluation["value"], limit?: Evaluation["limit"]): Evaluation => ({ status: "not_applicable", value, limit, cells: [], message });

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

/** What a figure not yet binding would do: "1,32 würde ihn einhalten" / "is not yet computable". */
function wouldMeet(label: string, f: LawFigure, limit: number, compare: "≤" | "≥", shown: (v: number, l: number) => Text): Text {
  if (f.value === null || f.months < 12) {
    return { de: `${label} ist für den Berichtszeitraum noch nicht über 12 vollständige Monate berechenbar.`, en: `${label} cannot yet be computed over 12 complete months of the reporting period.` };
  }
  const met = compare === "≤" ? atMost(f.value, limit) : atLeast(f.value, limit);
  const v = shown(f.value, limit);
  return met
    ? { de: `${label} ${v.de} würde ihn einhalten.`, en: `${label} ${v.en} would meet it.` }
    : { de: `${label} ${v.de} würde ihn nicht einhalten.`, en: `${label} ${v.en} would not meet it.` };
}

const pueShown = (v: number, l: number) => ratioText(v, l);
const shareShown = (v: number, l: number) => percentText(v, l);

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
  const id = existing ? "EnEfG-11-1" : "EnEfG-11-2-PUE";
  return {
    id,
    title: existing
      ? { de: "PUE bestehender Rechenzentren (§ 11 Abs. 1 EnEfG)", en: "PUE of existing data centres (EnEfG § 11(1))" }
      : { de: "PUE neuer Rechenzentren (§ 11 Abs. 2 Satz 1 Nr. 1 EnEfG)", en: "PUE of new data centres (EnEfG § 11(2) S. 1 No. 1)" },
    anlage: "Anlage 3.4",
    aggregate: true,
    evaluate(r, { asOf }) {
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
        const w = wouldMeet("PUE", f, limit, "≤", pueShown);
        return notApplicable({
          de: `${id}: ${o.paragraph} EnEfG gilt ab ${de(o.from!)} (PUE ≤ ${ratioText(limit).de}). ${w.de} (${period.de})${upgradeNote.de}`,
          en: `${id}: EnEfG ${paragraphEn(o.paragraph)} applies from ${iso(o.from!)} (PUE ≤ ${ratioText(limit).en}). ${w.en} (${period.en})${upgradeNote.en}`,
        }, f.months >= 12 ? f.value : null, limit);
      }
      const rule = { de: `${o.paragraph} EnEfG ab ${de(o.from)}`, en: `EnEfG ${paragraphEn(o.paragraph)} from ${iso(o.from)}` };
      return judge(id, "PUE", f, o.limit, "≤", rule, period, [cell("MP_EVU"), cell("MP_IT2")], pueShown, upgradeNote);
    },
  };
}

function hasUpgrade(r: Reader, m: Months): boolean {
  return m.rows.some((i) => (r.number("MP_Auskopplung", "kWh", i) ?? 0) > 0);
}

const exemptionWords = wordsOf(erfExemptions);
const exemptionOffered = Object.values(erfExemptions).map((w) => w.de).join("; ");

function erfCriterion(p: EnefgParams): RuleCriterion {
  const id = "EnEfG-11-2-ERF";
  return {
    id,
    title: { de: "Anteil wiederverwendeter Energie neuer Rechenzentren (§ 11 Abs. 2 Satz 1 Nr. 2, Abs. 3 EnEfG)", en: "Energy reuse of new data centres (EnEfG § 11(2) S. 1 No. 2, § 11(3))" },
    anlage: LAW_SHEET,
    aggregate: true,
    evaluate(r, { asOf }) {
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
        const w = wouldMeet("ERF", e.full, tier, "≥", shareShown);
        return notApplicable({
          de: `${id}: ${paragraph.de} (zwei Jahre nach Inbetriebnahme) gilt ERF ≥ ${percentText(tier).de}${planned.de}. ${w.de} (${period.de})`,
          en: `${id}: ${paragraph.en} (two years after commissioning) ERF ≥ ${percentText(tier).en} applies${planned.en}. ${w.en} (${period.en})`,
        }, e.full.months >= 12 ? e.full.value : null, tier);
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
    },
  };
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
  return {
    id,
    title: { de: "Strom aus erneuerbaren Energien, bilanziell (§ 11 Abs. 5 EnEfG)", en: "Renewable electricity on balance (EnEfG § 11(5))" },
    anlage: "Anlage 3.4",
    aggregate: true,
    evaluate(r, { asOf }) {
      const m = months(r);
      const period = periodText(m);
      const f = lawRenewable(r, m);
      const o = renewableMinOn(p, asOf);
      if (o.limit === null) {
        const limit = p.renewable[0].limit;
        const w = wouldMeet("Der Anteil", f, limit, "≥", shareShown);
        const wEn = wouldMeet("The share", f, limit, "≥", shareShown);
        return notApplicable({
          de: `${id}: § 11 Abs. 5 Nr. 1 EnEfG gilt ab ${de(o.from!)} (≥ ${percentText(limit).de}). ${w.de} (${period.de})`,
          en: `${id}: EnEfG § 11(5) No. 1 applies from ${iso(o.from!)} (≥ ${percentText(limit).en}). ${wEn.en} (${period.en})`,
        }, f.months >= 12 ? f.value : null, limit);
      }
      const rule = { de: `${o.paragraph} EnEfG ab ${de(o.from)}`, en: `EnEfG ${paragraphEn(o.paragraph)} from ${iso(o.from)}` };
      return judge(id, "Anteil erneuerbarer Strom", f, o.limit, "≥", rule, period, [cell("Strom_erneuerbar_kWh")], shareShown, {
        de: " Strom aus erneuerbaren Energien (Herkunftsnachweise, PPA, Eigenerzeugung) in Anlage 3.4 belegen oder zukaufen.",
        en: " Evidence or buy renewable electricity (guarantees of origin, PPA, own generation) in Anlage 3.4.",
      });
    },
  };
}

const emsWords = wordsOf(emsKinds);
const emsOffered = Object.values(emsKinds).map((w) => w.de).join(", ");

/** A blank or unreadable answer as *fehlt*, with what to enter. */
function blankOrUnreadable(r: Reader, name: string, id: string, what: Text): Evaluation {
  const problem = r.problems.find((x) => x.cell.name === name);
  if (problem) return missing([cell(name)], { de: `${id}: ${unreadableText(problem, r.where(cell(name))).de}`, en: `${id}: ${unreadableText(problem, r.where(cell(name))).en}` });
  return missing([cell(name)], { de: `${id}: ${what.de}`, en: `${id}: ${what.en}` });
}

function emsCriterion(p: EnefgParams): RuleCriterion {
  const id = "EnEfG-12";
  return {
    id,
    title: { de: "Energie- oder Umweltmanagementsystem (§ 12 EnEfG)", en: "Energy or environmental management system (EnEfG § 12)" },
    anlage: LAW_SHEET,
    evaluate(r, { asOf }) {
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
      if (r.yesNo(LAW.emsExempt) === true) {
        return notApplicable({
          de: `${id}: Befreiung nach § 12 Abs. 4 angegeben (≥ 50 % der wiederverwendeten Energie über ein Wärmenetz, ≤ 7,5 GWh im Jahresmittel der letzten drei Jahre): nachweisen.`,
          en: `${id}: exemption of § 12(4) given (≥ 50 % of the reused energy into a heat network, ≤ 7.5 GWh a year over the last three years): prove it.`,
        });
      }
      const kind = r.word(LAW.emsKind, emsWords, emsOffered);
      if (kind === null) return blankOrUnreadable(r, LAW.emsKind, id, { de: `In „${LAW_SHEET}“ das System wählen (DIN EN ISO 50001, EMAS oder keines).`, en: `Choose the system in "${LAW_SHEET}" (ISO 50001, EMAS or none).` });
      if (kind === "none") {
        return fail([cell(LAW.emsKind)], {
          de: `${id}: § 12 Abs. 1 EnEfG: seit dem ${de(p.emsBy)} muss ein Energie- (DIN EN ISO 50001) oder Umweltmanagementsystem (EMAS) eingerichtet sein. Einrichten; ordnungswidrig nach § 19 Abs. 1 Nr. 1.`,
          en: `${id}: EnEfG § 12(1): since ${iso(p.emsBy)} an energy (ISO 50001) or environmental management system (EMAS) must be in place. Set one up; an offence under § 19(1) No. 1.`,
        }, "keines", "ISO 50001 / EMAS");
      }
      const since = r.date(LAW.emsSince);
      if (since === null) return blankOrUnreadable(r, LAW.emsSince, id, { de: `In „${LAW_SHEET}“ eintragen, seit wann das System eingerichtet ist (Datum).`, en: `Enter in "${LAW_SHEET}" since when the system is in place (a date).` });
      if (since > asOf) {
        return fail([cell(LAW.emsSince)], {
          de: `${id}: § 12 Abs. 1 EnEfG: am ${de(asOf)} ist das System noch nicht eingerichtet (ab ${de(since)}); Frist war der ${de(p.emsBy)}.`,
          en: `${id}: EnEfG § 12(1): on ${iso(asOf)} the system is not yet in place (from ${iso(since)}); the deadline was ${iso(p.emsBy)}.`,
        }, emsKinds[kind].de, "ISO 50001 / EMAS");
      }
      // § 12(3): validated or certified from 1.1.2026, from 1 MW, or from 300 kW for public bodies
      if (asOf >= p.certifiedFrom) {
        const kw = r.number(LAW.connectionKw, "kW");
        const publicBody = r.yesNo(LAW.publicBody);
        const needsIt = kw !== null && (kw >= p.certifiedKw || (publicBody === true && kw >= p.certifiedPublicKw));
        const undecided = kw !== null && kw < p.certifiedKw && publicBody === null;
        if (undecided) {
          return blankOrUnreadable(r, LAW.publicBody, id, {
            de: `§ 12 Abs. 3: unter 1 MW hängt die Pflicht zur Zertifizierung davon ab, ob das RZ öffentlichen Trägern gehört oder für sie betrieben wird. In „${LAW_SHEET}“ Ja/Nein angeben.`,
            en: `§ 12(3): below 1 MW the duty to certify depends on whether the data centre is owned by or run for public bodies. Answer Yes/No in "${LAW_SHEET}".`,
          });
        }
        if (needsIt) {
          const certified = r.date(LAW.emsCertified);
          if (certified === null) {
            return blankOrUnreadable(r, LAW.emsCertified, id, {
              de: `§ 12 Abs. 3 EnEfG: seit dem ${de(p.certifiedFrom)} muss das System validiert oder zertifiziert sein (${kw! >= p.certifiedKw ? "ab 1 MW" : "öffentlicher Träger ab 300 kW"}). Datum der Validierung/Zertifizierung eintragen.`,
              en: `EnEfG § 12(3): since ${iso(p.certifiedFrom)} the system must be validated or certified (${kw! >= p.certifiedKw ? "from 1 MW" : "public body from 300 kW"}). Enter the date of validation/certification.`,
            });
          }
          if (certified > asOf) {
            return fail([cell(LAW.emsCertified)], {
              de: `${id}: § 12 Abs. 3 EnEfG: am ${de(asOf)} ist das System noch nicht validiert oder zertifiziert (ab ${de(certified)}).`,
              en: `${id}: EnEfG § 12(3): on ${iso(asOf)} the system is not yet validated or certified (from ${iso(certified)}).`,
            }, emsKinds[kind].de, "zertifiziert");
          }
        }
      }
      return pass(emsKinds[kind].de, "ISO 50001 / EMAS");
    },
  };
}

function registerCriterion(p: EnefgParams): RuleCriterion {
  const id = "EnEfG-13";
  return {
    id,
    title: { de: "Informationen nach Anlage 3 vollständig (§ 13 Abs. 1 EnEfG)", en: "Anlage 3 information complete (EnEfG § 13(1))" },
    anlage: LAW_SHEET,
    evaluate(r, { asOf }) {
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
    },
  };
}

function customerCriterion(p: EnefgParams): RuleCriterion {
  const id = "EnEfG-15";
  return {
    id,
    title: { de: "Kunden über ihren Energieverbrauch informiert (§ 15 EnEfG)", en: "Customers informed of their energy (EnEfG § 15)" },
    anlage: LAW_SHEET,
    evaluate(r, { asOf }) {
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
    },
  };
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
  const off = r.date(LAW.decommission);
  if (!(off !== null && off < p.decommissionBefore) && r.yesNo(LAW.emsExempt) !== true) {
    const kind = r.word(LAW.emsKind, emsWords, emsOffered);
    out.push(word("EnEfG-12", p.emsBy, "DIN EN ISO 50001 / EMAS", "EnMS", kind === null ? null : emsKinds[kind].de, kind === null ? null : kind !== "none"));
    const kw = r.number(LAW.connectionKw, "kW");
    if (kw !== null && (kw >= p.certifiedKw || (r.yesNo(LAW.publicBody) === true && kw >= p.certifiedPublicKw))) {
      const certified = r.date(LAW.emsCertified);
      out.push(word("EnEfG-12", p.certifiedFrom, "validiert/zertifiziert", "EnMS", certified === null ? null : iso(certified), certified === null ? null : certified <= p.certifiedFrom));
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
  return out.sort((x, y) => x.from.localeCompare(y.from));
}

function enefgRuleSet(p: EnefgParams, draft: boolean): RuleSet {
  const id = draft ? "enefg-2026-entwurf" : "enefg-2023";
  return {
    id,
    title: draft
      ? { de: "EnEfG-Novelle, Referentenentwurf BMWE vom 09.04.2026 (ENTWURF)", en: "EnEfG amendment, BMWE draft of 2026-04-09 (DRAFT)" }
      : { de: "Energieeffizienzgesetz (EnEfG) §§ 11-15", en: "Energy Efficiency Act (EnEfG) §§ 11-15" },
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
        de: "§ 11 Abs. 1, 2, 3, 5 (PUE, ERF, erneuerbarer Strom), § 12 Abs. 1, 3, 4, 6 (EnMS), § 13 mit Anlage 3 (Register), § 15 (Kundeninformation), je zum Stichtag. Nicht geprüft: § 12 Abs. 2 und 5 (IT-Betreiber), § 16/§ 17 (Abwärme), „ungefördert“ beim EE-Strom (UNVERIFIED).",
        en: "§ 11(1), (2), (3), (5) (PUE, ERF, renewable electricity), § 12(1), (3), (4), (6) (EMS), § 13 with Anlage 3 (register), § 15 (customers), each as of a date. Not checked: § 12(2) and (5) (IT operators), § 16/§ 17 (waste heat), \"unsubsidised\" renewables (UNVERIFIED).",
      },
    scope: (r) => enefgScope(p, r),
    criteria: [pueCriterion(p, true), pueCriterion(p, false), erfCriterion(p), renewableCriterion(p), emsCriterion(p), registerCriterion(p), customerCriterion(p)],
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
