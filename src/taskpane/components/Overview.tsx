/**
 * The Übersicht tab (issue 15): the energy-efficiency report's charts for the open workbook, drawn from the values the
 * last check read in its one sync (no read of its own), each with its numbers as a table. Loaded only when the tab
 * opens (App.tsx: React.lazy, chunk "overview"), so the report's chart code (src/report/series.ts, charts.ts, svg.ts:
 * plain functions that write SVG text, no DOM and no dependency) stays out of the first render and its budget.
 * "Diagramme einfügen" loads its Excel glue (src/taskpane/excel/charts.ts) only when pressed.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from "@fluentui/react-components";
import React, { useMemo, useState } from "react";
import type { Inputs } from "../../engine/criteria/types";
import { Chart, chartsOf } from "../../report/charts";
import { seriesOf } from "../../report/series";
import { chartSvg, PANE_LAYOUT } from "../../report/svg";
import type { Language } from "../i18n";
import { overviewStrings } from "../i18n/overview";
import { errorMessage, PaneMessage } from "../messages";

export interface OverviewProps {
  lang: Language;
  /** The last check's read and whether it found no data; null before the first check. */
  check: { inputs: Inputs; empty: boolean } | null;
  /** Another action of the pane runs: the buttons wait. */
  busy: boolean;
  /** The check's progress label while it runs (App's). */
  progress: React.ReactNode;
  onCheck: () => void;
}

/** Sized for the pane; the svg's text classes as the report sets them (src/report/html.ts). */
const CSS = `
.overview figure { margin: 12px 0 20px; }
.overview figure svg { width: 100%; height: auto; display: block; }
.overview figcaption { font-weight: 600; margin-bottom: 4px; }
.overview svg .tick, .overview svg .legend { font-size: 11px; fill: #1a1a1a; }
.overview svg .axis { font-size: 12px; fill: #1a1a1a; }
.overview .values { overflow-x: auto; max-width: 100%; }
.overview table { border-collapse: collapse; font-size: 12px; margin-top: 6px; }
.overview caption { text-align: left; font-weight: 600; padding-bottom: 2px; }
.overview th, .overview td { border: 1px solid #c8c8c8; padding: 2px 4px; text-align: right; white-space: nowrap; }
.overview thead th, .overview tbody th { text-align: left; font-weight: 600; }
`;

/** A chart's numbers as a table: one row a month (the pane is narrow; the report prints months as columns). */
function ValuesTable({ chart, caption, rowHead }: { chart: Chart; caption: string; rowHead: string }) {
  const { head, rows } = chart.table;
  return (
    <div className="values" role="region" aria-label={`${caption}: ${chart.spec.title}`} tabIndex={0}>
      <table data-testid={`table-${chart.spec.id}`}>
        <caption>{caption}</caption>
        <thead>
          <tr>{head.map((h, i) => <th key={i} scope="col">{h || rowHead}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>{row.map((v, c) => (c === 0 ? <th key={c} scope="row">{v}</th> : <td key={c}>{v}</td>))}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function Overview({ lang, check, busy, progress, onCheck }: OverviewProps) {
  const t = overviewStrings[lang];
  // the report's own charts of the check's inputs, in the pane's language (its number format, its words)
  const charts = useMemo(() => (check && !check.empty ? chartsOf(seriesOf(check.inputs), lang) : []), [check, lang]);
  const [inserting, setInserting] = useState(false);
  const [message, setMessage] = useState<{ intent: "success" | "error"; text: PaneMessage } | null>(null);

  const insert = async () => {
    if (busy || inserting) return;
    setInserting(true);
    setMessage(null);
    try {
      const { insertCharts } = await import(/* webpackChunkName: "excel-charts" */ "../excel/charts");
      const months = await insertCharts(lang);
      setMessage({ intent: "success", text: (l) => overviewStrings[l].inserted(months) });
    } catch (e) {
      setMessage({ intent: "error", text: errorMessage(e) });
    } finally {
      setInserting(false);
    }
  };

  return (
    <section aria-labelledby="overview-title" data-testid="overview" className="overview">
      <style>{CSS}</style>
      <h2 id="overview-title">{t.title}</h2>
      {!check && <Text block data-testid="overview-before">{t.beforeCheck}</Text>}
      <div className="actions">
        <Button appearance={check ? "secondary" : "primary"} disabledFocusable={busy || inserting} onClick={onCheck} data-testid="overview-check">
          {t.runCheck}
        </Button>
        {charts.length > 0 && (
          <Button disabledFocusable={busy || inserting} onClick={() => void insert()} data-testid="insert-charts" aria-describedby="insert-charts-hint">
            {t.insert}
          </Button>
        )}
      </div>
      <div role="status" className="progress">
        {progress}
        {inserting && <Spinner size="tiny" labelPosition="after" label={t.inserting} data-testid="charts-progress" />}
      </div>
      {message && (
        <MessageBar intent={message.intent} layout="multiline" data-testid="charts-message" data-intent={message.intent}>
          <MessageBarBody>
            <MessageBarTitle>{t.feedback[message.intent]}</MessageBarTitle>
            {message.text(lang)}
          </MessageBarBody>
        </MessageBar>
      )}
      {check && charts.length === 0 && (
        <div data-testid="overview-empty">
          <h3>{t.noData}</h3>
          <Text block>{t.noDataText}</Text>
        </div>
      )}
      {charts.length > 0 && (
        <>
          <Text block>{t.intro}</Text>
          <Text block size={200} id="insert-charts-hint">{t.insertHint}</Text>
          {charts.map((c) => (
            <figure key={c.spec.id} data-testid={`figure-${c.spec.id}`}>
              <figcaption>{c.spec.title}</figcaption>
              {/* the report's SVG text: every word in it is escaped by svg.ts */}
              <div dangerouslySetInnerHTML={{ __html: chartSvg(c.spec, PANE_LAYOUT) }} />
              <ValuesTable chart={c} caption={t.table} rowHead={t.rowHead} />
            </figure>
          ))}
        </>
      )}
    </section>
  );
}
