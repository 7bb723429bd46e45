import { Badge, Text } from "@fluentui/react-components";
import React, { useEffect, useRef } from "react";
import type { CellRef } from "../../engine/criteria/types";
import type { Language } from "../i18n";
import type { Strings } from "../i18n/de";
import { lawStrings, RuleSetId } from "../i18n/law";
import { lawViewStrings } from "../i18n/lawView";
import type { LawView, RuleSetGroup } from "../ruleSets";
import { Findings } from "./Findings";
import { dayText, Roadmap } from "./Roadmap";

export interface RuleSetsProps {
  view: LawView;
  t: Strings;
  lang: Language;
  busy: boolean;
  address: (ref: CellRef) => string | undefined;
  onSelect: (ref: CellRef) => void;
  /** Changes after each check: the summary takes the focus then (announced once), as Findings' does. */
  focusKey: number;
}

/**
 * The findings grouped by rule set (issue 13): a summary over all groups, then per rule set its title, edition and
 * scope verdict ("nicht anwendbar: … § 3 Nr. 24 …"), a draft marked, and its findings as Findings lists them (not
 * met first, met folded); a rule set out of its scope shows only why. Then the roadmap. Loaded after a check only.
 */
export default function RuleSets({ view, t, lang, busy, address, onSelect, focusKey }: RuleSetsProps) {
  const lt = lawStrings[lang];
  const lv = lawViewStrings[lang];
  const g = lv.groups;
  const summaryRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusKey) summaryRef.current?.focus();
  }, [focusKey]);
  const findings = view.groups.flatMap((x) => x.findings);
  const fail = findings.filter((f) => f.status === "fail").length;
  const missing = findings.filter((f) => f.status === "missing").length;
  const asOf = dayText(view.asOf, lang);

  const scopeLine = (group: RuleSetGroup) => {
    const s = group.scope;
    if ("applies" in s) {
      const why = g.appliesBecause[group.id as RuleSetId];
      const text = typeof why === "function" ? why(group.scopeKw ?? 0) : why;
      return <><Badge appearance="tint" color="success">{g.scope.applies}</Badge> {text}</>;
    }
    if ("notApplicable" in s) return <><Badge appearance="tint" color="informative">{g.scope.notApplicable}</Badge> {s.notApplicable[lang]}</>;
    return <><Badge appearance="tint" color="warning">{g.scope.unknown}</Badge> {s.unknown[lang]}</>;
  };

  return (
    <section aria-labelledby="rule-sets-summary" data-testid="law-findings">
      <h2 id="rule-sets-summary" ref={summaryRef} tabIndex={-1} aria-live="polite" data-testid="findings-summary">
        {fail + missing === 0 ? g.allMet(asOf) : g.summary(fail, missing, asOf)}
      </h2>
      {view.groups.map((group) => (
        <section key={group.id} aria-labelledby={`group-${group.id}`} data-testid={`group-${group.id}`} data-scope={"applies" in group.scope ? "applies" : "notApplicable" in group.scope ? "not_applicable" : "unknown"} className="rule-set">
          <h3 id={`group-${group.id}`}>
            {group.title[lang]}
            {group.draft && <> <Badge appearance="filled" color="warning" data-testid="draft-badge">{lt.choice.draft}</Badge></>}
          </h3>
          <Text block size={200} data-testid="group-edition">{g.edition}: {group.edition}</Text>
          <Text block size={200} data-testid="group-scope">{scopeLine(group)}</Text>
          {group.draft && <Text block size={200} weight="semibold">{g.draftNote}</Text>}
          {!("notApplicable" in group.scope) && (
            <Findings findings={group.findings} t={t} lang={lang} busy={busy} address={address} onSelect={onSelect} nested />
          )}
        </section>
      ))}
      <Roadmap view={view} lt={lt} lv={lv} lang={lang} />
    </section>
  );
}
