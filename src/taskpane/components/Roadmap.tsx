import { Badge, Text } from "@fluentui/react-components";
import React from "react";
import { toIsoDate, serial } from "../../engine/dates";
import type { RoadmapEntry } from "../../engine/rulesets";
import { germanDate } from "../../engine/rulesets/enefgParams";
import { emsKinds } from "../../engine/rulesets/lawNames";
import { roadmapNumbers } from "../../engine/rulesets/roadmapText";
import type { Language } from "../i18n";
import { LawStrings, RuleSetId } from "../i18n/law";
import type { LawViewStrings } from "../i18n/lawView";
import { Caveat, caveatsOf, dutyOf, LawView, nextRegisterDeadline } from "../ruleSets";

/** A day as the language writes it: 01.07.2027 / 2027-07-01 (as `deuz check`'s roadmap). */
export const dayText = (day: number, lang: Language) => (lang === "de" ? germanDate(day) : toIsoDate(day));

/** Caveats that are a reading law-notes.md could not verify (the rest are known facts worth saying). */
const UNVERIFIED: Caveat[] = ["annualAverage", "unsubsidised", "erfDenominator", "draftGrace", "draftRenewable"];

/** A word value of the engine (German) in the pane's language: "Ja", "keines", an ISO date. */
function wordValue(v: string, lang: Language): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return dayText(serial(v), lang);
  if (lang === "de") return v;
  if (v === "Ja") return "yes";
  if (v === "Nein") return "no";
  const kind = Object.values(emsKinds).find((k) => k.de === v);
  return kind ? kind.en : v;
}

/**
 * The roadmap (issue 13): every dated requirement of the chosen rule sets in scope, sorted by date, each with what it
 * asks, the workbook's figure and whether it would be met, the draft's marked, and where law-notes.md leaves a
 * reading UNVERIFIED, said beside it.
 */
export function Roadmap({ view, lt, lv, lang }: { view: LawView; lt: LawStrings; lv: LawViewStrings; lang: Language }) {
  const r = lv.roadmap;
  const draft = new Set(view.groups.filter((g) => g.draft).map((g) => g.id));
  const figures = view.roadmap.some((e) => e.comparison !== "=");
  const label = (e: RoadmapEntry) => {
    const duty = dutyOf(e);
    if (duty) return r.duties[duty] ?? `${e.figure} ${e.comparison} ${e.limit}`;
    const { limit } = roadmapNumbers(e, lang);
    return `${r.figures[e.figure] ?? e.figure} ${e.comparison} ${limit}`;
  };
  const value = (e: RoadmapEntry) => {
    const { value: v } = roadmapNumbers(e, lang);
    return v === null ? r.noValue : typeof e.value === "string" ? wordValue(v, lang) : v;
  };
  const met = (e: RoadmapEntry) =>
    e.met === true ? <Badge appearance="filled" color="success">✓ {r.met.yes}</Badge>
      : e.met === false ? <Badge appearance="filled" color="danger">✗ {r.met.no}</Badge>
        : <Badge appearance="filled" color="warning">? {r.met.open}</Badge>;
  return (
    <section aria-labelledby="roadmap-title" data-testid="roadmap">
      <h2 id="roadmap-title">{r.title}</h2>
      {view.roadmap.length === 0 ? (
        <Text block size={200} data-testid="roadmap-none">{r.none}</Text>
      ) : (
        <>
          <Text block size={200}>{r.intro(view.period[lang])}</Text>
          {figures && (
            <Text block size={200} data-testid="roadmap-caveat-annualAverage">
              <Badge appearance="tint" color="warning">{r.unverified}</Badge> {r.caveats.annualAverage}
            </Text>
          )}
          <ol className="findings">
            {view.roadmap.map((e, i) => {
              const isDraft = draft.has(e.ruleSet);
              const caveats = caveatsOf(e, isDraft).filter((c) => c !== "annualAverage");
              return (
                <li key={`${e.ruleSet}-${e.id}-${e.from}-${i}`} className="finding" data-testid="roadmap-entry" data-id={e.id} data-rule-set={e.ruleSet} data-met={String(e.met)}>
                  <div className="finding-head">
                    <Text weight="semibold">{r.from(dayText(serial(e.from), lang))}</Text>
                    <Text>{label(e)}</Text>
                    {met(e)}
                  </div>
                  <Text block size={200}>
                    {lt.choice.names[e.ruleSet as RuleSetId] ?? e.ruleSet} · {e.id}
                    {isDraft && <> <Badge appearance="outline" color="warning">{lt.choice.draft}</Badge></>}
                  </Text>
                  <Text block size={200} data-testid="roadmap-value">{r.value}: {value(e)}</Text>
                  {e.id === "EnEfG-13" && <Text block size={200}>{r.registerYearly(dayText(nextRegisterDeadline(view.asOf), lang))}</Text>}
                  {caveats.map((c) => (
                    <Text block size={200} key={c} data-testid={`roadmap-caveat-${c}`}>
                      {UNVERIFIED.includes(c) && <><Badge appearance="tint" color="warning">{r.unverified}</Badge> </>}
                      {r.caveats[c]}
                    </Text>
                  ))}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
