import { Badge, Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, Text } from "@fluentui/react-components";
import React, { useMemo, useState } from "react";
import type { Language } from "../../engine/errors";
import { Strings } from "../i18n/de";
import {
  computeWhatIf, exampleScenario, FieldKey, fieldKinds, fieldText, formatNumber, Limited, readField, roundedText, Scenario, scenarioOf,
  shownFigure, takeFromWorkbook, Texts, textsOf, Verdict,
} from "../whatif";

/** What a field shows: the text as typed, and values taken from the workbook that it shows rounded. */
interface FieldsState {
  texts: Texts;
  exact: Partial<Scenario>;
  /** The language the texts are written in. */
  lang: Language;
}

/** The texts of `from` written in `to`: every accepted value again, a text not accepted left as typed. */
function translate(state: FieldsState, to: Language): FieldsState {
  const texts = { ...state.texts };
  for (const key of Object.keys(texts) as FieldKey[]) {
    const r = readField(key, texts[key], state.lang);
    if (r.ok) texts[key] = key in state.exact ? roundedText(key, state.exact[key] ?? null, to) : fieldText(key, r.value, to);
  }
  return { ...state, texts, lang: to };
}

const sticky: React.CSSProperties = {
  position: "sticky", top: 0, zIndex: 1, background: "#fff", padding: "8px 0", borderBottom: "1px solid #e0e0e0",
  display: "flex", flexWrap: "wrap", gap: "4px 8px", alignItems: "baseline",
};

function VerdictBadge({ ok, t }: { ok: boolean | null; t: Strings }) {
  if (ok === null) return null;
  return (
    <Badge appearance="filled" color={ok ? "success" : "danger"}>
      {ok ? `✓ ${t.whatIf.met}` : `✗ ${t.whatIf.notMet}`}
    </Badge>
  );
}

function Result({ label, verdict, limit, shown, id, t }: { label: string; verdict: Verdict & Partial<Limited>; limit?: string; shown: string; id: string; t: Strings }) {
  return (
    <div className="result" data-testid={id}>
      <Text weight="semibold">{label}</Text>
      <Text size={500} data-testid={`${id}-value`}>{verdict.value === null ? "–" : shown}</Text>
      {limit && <Text size={400}>{limit}</Text>}
      <VerdictBadge ok={verdict.ok} t={t} />
      {verdict.value === null && verdict.problem && <Text size={200} block data-testid={`${id}-problem`}>{verdict.problem}</Text>}
      {verdict.value !== null && verdict.limitNote && <Text size={200} block data-testid={`${id}-limit-note`}>{verdict.limitNote}</Text>}
    </div>
  );
}

interface Note {
  text: (t: Strings) => string;
  intent: "success" | "warning";
  undo?: FieldsState;
}

export function WhatIf({ t, lang, onSave, fromWorkbook, onError }: {
  t: Strings;
  lang: Language;
  onSave?: (s: Scenario) => void;
  fromWorkbook?: () => Promise<Partial<Scenario>>;
  /** A failure of "Aus der Arbeitsmappe übernehmen", for the pane's message. */
  onError?: (e: unknown) => void;
}) {
  const [state, setState] = useState<FieldsState>(() => ({ texts: textsOf(exampleScenario, lang), exact: {}, lang }));
  // a field is marked invalid once it has been left, not while the user is still typing
  const [left, setLeft] = useState<Set<FieldKey>>(new Set());
  const [note, setNote] = useState<Note | null>(null);
  // the language switched: every accepted value is written again in the new language
  const current = state.lang === lang ? state : translate(state, lang);
  if (current !== state) setState(current);
  const { scenario, invalid } = useMemo(() => scenarioOf(current.texts, lang, current.exact), [current, lang]);
  const r = useMemo(() => computeWhatIf(scenario, lang), [scenario, lang]);
  const w = t.whatIf;
  const kwh = (v: number) => formatNumber(v, lang, 0);

  const setText = (key: FieldKey, text: string) =>
    setState((s) => {
      const exact = { ...s.exact };
      delete exact[key];
      return { ...s, texts: { ...s.texts, [key]: text }, exact };
    });
  const leave = (key: FieldKey) => {
    setLeft((l) => new Set(l).add(key));
    setState((s) => {
      const read = readField(key, s.texts[key], s.lang);
      if (!read.ok || key in s.exact) return s;
      // formatted with grouping when the field is left: 9.000.000; the value stays as typed
      return { ...s, texts: { ...s.texts, [key]: fieldText(key, read.value, s.lang) } };
    });
  };

  const hintOf = (key: FieldKey): string | undefined => {
    if (key === "totalKwh") return r.energy.totalDerived && r.energy.total !== null ? w.hints.totalFromParts(kwh(r.energy.total)) : scenario.totalKwh === null ? w.hints.totalEmpty : undefined;
    if (key === "otherKwh") return r.energy.otherDerived && r.energy.other !== null ? w.hints.otherFromTotal(kwh(r.energy.other)) : undefined;
    if (key === "extractionKwh") return w.hints.extraction;
    if (fieldKinds[key] === "date") return w.hints.date;
    return undefined;
  };
  const errorOf = (key: FieldKey): string | undefined => {
    if (key === "otherKwh" && r.energy.conflictOther !== null) return w.invalid.conflict(kwh(r.energy.conflictOther));
    const reason = invalid[key];
    return reason && left.has(key) ? w.invalid[reason] : undefined;
  };
  const field = (key: FieldKey) => {
    const error = errorOf(key);
    return (
      <Field key={key} label={w.labels[key]} hint={hintOf(key)} validationState={error ? "error" : "none"} validationMessage={error}>
        <Input
          type="text"
          inputMode={fieldKinds[key] === "date" ? "text" : "decimal"}
          autoComplete="off"
          placeholder={fieldKinds[key] === "date" ? w.hints.date : undefined}
          value={current.texts[key]}
          onChange={(_, d) => setText(key, d.value)}
          onBlur={() => leave(key)}
          data-testid={`input-${key}`}
        />
      </Field>
    );
  };

  const take = async () => {
    if (!fromWorkbook) return;
    let taken: Partial<Scenario>;
    try {
      taken = await fromWorkbook();
    } catch (e) {
      onError?.(e);
      return;
    }
    const { values, skipped } = takeFromWorkbook(taken);
    const before = current;
    const texts = { ...current.texts };
    const exact = { ...current.exact };
    const keys = Object.keys(values) as FieldKey[];
    for (const key of keys) {
      const v = values[key] ?? null;
      texts[key] = roundedText(key, v, lang);
      // a value shown rounded counts exactly until the field is typed into
      if (typeof v === "number" && texts[key] !== fieldText(key, v, lang)) (exact as Record<string, unknown>)[key] = v;
      else delete exact[key];
    }
    setState({ texts, exact, lang });
    setLeft(new Set());
    const n = keys.filter((k) => values[k] !== null).length;
    setNote({
      intent: skipped.length ? "warning" : "success",
      text: (s) => [s.whatIf.taken(n), skipped.length ? s.whatIf.skipped(skipped.map((k) => s.whatIf.names[k]).join(", ")) : ""].filter(Boolean).join(" "),
      undo: before,
    });
  };
  const undo = (previous: FieldsState) => {
    setState(previous);
    setNote({ intent: "success", text: (s) => s.whatIf.undone });
  };

  const pueLimit = r.pue.limit ? w.limitPue(formatNumber(r.pue.limit.limit, lang, 2, 2), r.pue.limit.table) : undefined;
  const cerLimit = r.cer.limit ? w.limitCer(formatNumber(r.cer.limit.limit, lang, 2), r.cer.limit.table) : undefined;
  const pueShown = r.pue.value === null ? "–" : shownFigure(r.pue.value, lang, 3, r.pue.limit?.limit);
  const headroom = r.pue.headroomKwh === null ? null : r.pue.headroomKwh >= 0 ? w.left(kwh(r.pue.headroomKwh)) : w.over(kwh(-r.pue.headroomKwh));
  const percent = (v: number | null, limit: number) => (v === null ? "–" : `${shownFigure(v * 100, lang, 1, limit)} %`);

  return (
    <section aria-label={t.tabs.whatIf}>
      {/* the compact result that stays in view while the fields below are typed into */}
      <div style={sticky} data-testid="summary" aria-label={w.summary} role="group">
        <Text weight="semibold" size={400}>PUE {pueShown}</Text>
        <VerdictBadge ok={r.pue.ok} t={t} />
        {pueLimit && <Text>{[`${w.limitWord} ${pueLimit}`, headroom].filter(Boolean).join(" · ")}</Text>}
        {r.pue.value === null && r.pue.problem && <Text size={200} block>{r.pue.problem}</Text>}
        {r.pue.value !== null && !r.pue.limit && r.pue.limitNote && <Text size={200} block>{r.pue.limitNote}</Text>}
      </div>
      <Text as="p" block>{w.intro}</Text>
      {note && (
        <MessageBar intent={note.intent} layout="multiline" data-testid="whatif-note">
          <MessageBarBody>{note.text(t)}</MessageBarBody>
          {note.undo && (
            <MessageBarActions>
              <Button onClick={() => undo(note.undo as FieldsState)} data-testid="whatif-undo">{w.undo}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {(fromWorkbook || onSave) && (
        <div className="actions">
          {fromWorkbook && <Button onClick={take}>{w.fromWorkbook}</Button>}
          {onSave && <Button appearance="primary" onClick={() => onSave(scenario)}>{w.saveScenario}</Button>}
        </div>
      )}
      <h2>{w.sections.energy}</h2>
      <div className="grid">{(["totalKwh", "itKwh", "coolingKwh", "otherKwh", "extractionKwh"] as const).map(field)}</div>
      <h2>{w.sections.heat}</h2>
      <div className="grid">{(["heatRemovedKwh", "reusedKwh"] as const).map(field)}</div>
      <h2>{w.sections.shares}</h2>
      <div className="grid">{(["renewablePct", "iteuPct"] as const).map(field)}</div>
      <h2>{w.sections.dates}</h2>
      <div className="grid">{(["dcCommissioning", "coolingCommissioning", "reportingStart"] as const).map(field)}</div>
      <h2>{w.results}</h2>
      <div className="results">
        <Result id="pue" label={w.pue} verdict={r.pue} limit={pueLimit} shown={pueShown} t={t} />
        {r.pue.headroomKwh !== null && (
          <Text as="p" block data-testid="pue-headroom">
            {r.pue.headroomKwh >= 0 ? w.pueHeadroom(kwh(r.pue.headroomKwh)) : w.pueOver(kwh(-r.pue.headroomKwh))}
          </Text>
        )}
        <Result id="cer" label={w.cer} verdict={r.cer} limit={cerLimit} shown={r.cer.value === null ? "–" : shownFigure(r.cer.value, lang, 3, r.cer.limit?.limit)} t={t} />
        <Result id="erf" label={w.erf} verdict={r.erf} limit={w.limitErf} shown={r.erf.value === null ? "–" : shownFigure(r.erf.value, lang, 3, 0)} t={t} />
        <Result id="ref" label={w.ref} verdict={r.ref} limit={w.limitRef} shown={percent(r.ref.value, 100)} t={t} />
        <Result id="iteu" label={w.iteuResult} verdict={r.iteu} limit={w.limitIteu} shown={percent(r.iteu.value, 20)} t={t} />
        {r.iteu.value !== null && (
          <Text as="p" block data-testid="iteu-gap">{r.iteu.missingPoints > 0 ? w.iteuMissing(shownFigure(r.iteu.missingPoints, lang, 1, 0)) : w.iteuMet}</Text>
        )}
      </div>
    </section>
  );
}
