import { Badge, Button, Field, Input, Text } from "@fluentui/react-components";
import React, { useMemo, useState } from "react";
import { Strings } from "../i18n/de";
import { computeWhatIf, exampleScenario, Scenario, Verdict } from "../whatif";

const number = (lang: string, v: number, digits = 3) =>
  new Intl.NumberFormat(lang === "de" ? "de-DE" : "en-GB", { maximumFractionDigits: digits }).format(v);

function Result({ label, verdict, limit, lang, percent, id }: { label: string; verdict: Verdict; limit?: string; lang: string; percent?: boolean; id: string }) {
  const shown = verdict.value === null ? "–" : percent ? `${number(lang, verdict.value * 100, 1)} %` : number(lang, verdict.value);
  const ok = verdict.ok;
  return (
    <div className="result" data-testid={id}>
      <Text weight="semibold">{label}</Text>
      <Text size={500} data-testid={`${id}-value`}>{shown}</Text>
      {limit && <Text size={200}>{limit}</Text>}
      {ok !== null && (
        <Badge appearance="filled" color={ok ? "success" : "danger"}>
          {ok ? "✓" : "✗"}
        </Badge>
      )}
      {verdict.problem && <Text size={200}>{verdict.problem}</Text>}
    </div>
  );
}

export function WhatIf({ t, lang, onSave, fromWorkbook }: { t: Strings; lang: "de" | "en"; onSave?: (s: Scenario) => void; fromWorkbook?: () => Promise<Partial<Scenario>> }) {
  const [s, setS] = useState<Scenario>(exampleScenario);
  const r = useMemo(() => computeWhatIf(s, lang), [s, lang]);
  const w = t.whatIf;
  const numeric = (key: keyof Scenario, label: string) => (
    <Field label={label} key={key}>
      <Input
        type="number"
        inputMode="decimal"
        value={String(s[key])}
        onChange={(_, d) => setS({ ...s, [key]: d.value === "" ? 0 : Number(d.value) })}
        data-testid={`input-${key}`}
      />
    </Field>
  );
  const dateField = (key: keyof Scenario, label: string) => (
    <Field label={label} key={key}>
      <Input type="date" value={String(s[key])} onChange={(_, d) => setS({ ...s, [key]: d.value })} data-testid={`input-${key}`} />
    </Field>
  );
  const pueLimit = r.pue.limit ? w.limitPue(number(lang, r.pue.limit.limit, 2), r.pue.limit.table) : undefined;
  const cerLimit = r.cer.limit ? w.limitCer(number(lang, r.cer.limit.limit, 2), r.cer.limit.table) : undefined;
  return (
    <section aria-label={t.tabs.whatIf}>
      <Text as="p">{w.intro}</Text>
      <div className="grid">
        {numeric("itKwh", w.itEnergy)}
        {numeric("coolingKwh", w.coolingEnergy)}
        {numeric("otherKwh", w.otherEnergy)}
        {numeric("extractionKwh", w.extraction)}
        {numeric("heatRemovedKwh", w.heatRemoved)}
        {numeric("reusedKwh", w.reusedHeat)}
        {numeric("renewablePct", w.renewableShare)}
        {numeric("iteuPct", w.iteu)}
        {dateField("dcCommissioning", w.dcCommissioning)}
        {dateField("coolingCommissioning", w.coolingCommissioning)}
        {dateField("reportingStart", w.reportingStart)}
      </div>
      <h2>{w.results}</h2>
      <div className="results" aria-live="polite">
        <Result id="pue" label={w.pue} verdict={r.pue} limit={pueLimit} lang={lang} />
        {r.pue.headroomKwh !== null && (
          <Text as="p" data-testid="pue-headroom">
            {r.pue.headroomKwh >= 0 ? w.pueHeadroom(number(lang, r.pue.headroomKwh, 0)) : w.pueOver(number(lang, -r.pue.headroomKwh, 0))}
          </Text>
        )}
        <Result id="cer" label={w.cer} verdict={r.cer} limit={cerLimit} lang={lang} />
        <Result id="erf" label={w.erf} verdict={r.erf} limit="> 0" lang={lang} />
        <Result id="ref" label={w.ref} verdict={r.ref} limit="100 %" lang={lang} percent />
        <Result id="iteu" label={w.iteuResult} verdict={r.iteu} limit="≥ 20 %" lang={lang} percent />
        <Text as="p" data-testid="iteu-gap">{r.iteu.missingPoints > 0 ? w.iteuMissing(number(lang, r.iteu.missingPoints, 1)) : w.iteuMet}</Text>
      </div>
      {(fromWorkbook || onSave) && (
        <div className="actions">
          {fromWorkbook && <Button onClick={async () => setS({ ...s, ...(await fromWorkbook()) })}>{w.fromWorkbook}</Button>}
          {onSave && <Button appearance="primary" onClick={() => onSave(s)}>{w.saveScenario}</Button>}
        </div>
      )}
    </section>
  );
}
