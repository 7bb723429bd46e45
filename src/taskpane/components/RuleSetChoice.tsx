import { Badge, Checkbox, Field, Input, Text } from "@fluentui/react-components";
import React from "react";
import { DRAFT_ID, LawStrings, RULE_SET_IDS, RuleSetId } from "../i18n/law";

/** The check tab's choice (issue 13): rule set ids in the engine's order, and the day (ISO; "" is today). */
export interface RuleChoice {
  ruleSets: RuleSetId[];
  asOf: string;
}

export interface RuleSetChoiceProps {
  value: RuleChoice;
  onChange: (value: RuleChoice) => void;
  lt: LawStrings;
}

const isIsoDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

/**
 * Which rule sets "Prüfen" judges: DE-UZ 228 by default, the EnEfG, the EU report, and the EnEfG draft of 2026 (never
 * a default, marked "Entwurf"). The day ("Stichtag") is asked only while a law's rule set is chosen: DE-UZ 228 is
 * judged over the reporting period.
 */
export function RuleSetChoice({ value, onChange, lt }: RuleSetChoiceProps) {
  const c = lt.choice;
  const toggle = (id: RuleSetId, on: boolean) => {
    const ids = new Set(value.ruleSets);
    if (on) ids.add(id);
    else ids.delete(id);
    onChange({ ...value, ruleSets: RULE_SET_IDS.filter((x) => ids.has(x)) });
  };
  const law = value.ruleSets.some((id) => id !== "de-uz-228");
  return (
    <fieldset className="roles" data-testid="rule-sets">
      <legend>{c.legend}</legend>
      {RULE_SET_IDS.map((id) => (
        <div key={id} className="role">
          <Checkbox
            label={id === DRAFT_ID ? <>{c.names[id]} <Badge appearance="outline" color="warning">{c.draft}</Badge></> : c.names[id]}
            checked={value.ruleSets.includes(id)}
            onChange={(_, d) => toggle(id, Boolean(d.checked))}
            aria-describedby={`hint-rules-${id}`}
            data-testid={`rule-set-${id}`}
          />
          <Text block size={200} id={`hint-rules-${id}`} className="hint">{c.hints[id]}</Text>
        </div>
      ))}
      {value.ruleSets.length === 0 && <Text block size={200} role="alert" data-testid="rule-sets-none">{c.none}</Text>}
      {law && (
        <Field label={c.asOf} hint={c.asOfHint} validationMessage={value.asOf && !isIsoDate(value.asOf) ? c.asOfInvalid : undefined}>
          <Input type="date" value={value.asOf} onChange={(_, d) => onChange({ ...value, asOf: d.value })} data-testid="as-of" />
        </Field>
      )}
    </fieldset>
  );
}

const KEY = "deuz.ruleSets";

/** The choice kept for the session (sessionStorage; the document keeps no settings of the pane). */
export function rememberedChoice(fallback: RuleSetId[]): RuleChoice {
  try {
    const saved = JSON.parse(globalThis.sessionStorage?.getItem(KEY) ?? "null") as Partial<RuleChoice> | null;
    const ids = (saved?.ruleSets ?? []).filter((id): id is RuleSetId => (RULE_SET_IDS as readonly string[]).includes(id));
    if (saved && ids.length) return { ruleSets: ids, asOf: typeof saved.asOf === "string" ? saved.asOf : "" };
  } catch {
    // no storage (a locked-down host) or not ours: the default
  }
  return { ruleSets: fallback, asOf: "" };
}

export function rememberChoice(value: RuleChoice): void {
  try {
    globalThis.sessionStorage?.setItem(KEY, JSON.stringify(value));
  } catch {
    // the choice then lasts while the pane is open
  }
}
