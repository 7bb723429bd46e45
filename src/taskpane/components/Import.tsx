/**
 * "Daten importieren" (issue 14): pick a CSV or .xlsx, see what goes where before anything is written (the months
 * each meter has and their status, conversions, gaps, resets, columns not recognised, every cell with its old and
 * new value), then "Übernehmen" fills the empty cells; cells holding another value are written only when the user
 * ticks "ersetzen"; "Rückgängig" puts back what was there. The reading is the command line's (src/workbook/import/),
 * the Excel glue excel/importData.ts. Loaded lazily (App.tsx): none of it is in the pane's first chunk.
 */
import {
  Button, Checkbox, Field, MessageBar, MessageBarBody, Select, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Textarea,
} from "@fluentui/react-components";
import React, { useEffect, useRef, useState } from "react";
import type { Language } from "../../engine/errors";
import { numberIn } from "../../engine/criteria/format";
import { meterQuantity, TEMPLATE_METERS, Mapping } from "../../workbook/import/columns";
import { monthText } from "../../workbook/import/time";
import { toIsoDate } from "../../engine/dates";
import { errorMessage } from "../messages";
import { importStrings, importTab } from "../i18n/import";
import type { ImportOutcome, ImportPreview, PlacedWrite } from "../excel/importData";

/** The Excel glue, in this component's own chunk (the lint rule: components load Office code lazily). */
const glue = () => import(/* webpackChunkName: "import" */ "../excel/importData");

type Stage = "reading" | "previewing" | "writing" | "undoing";
interface Options { readings: boolean; allowGaps: boolean; interpolate: boolean }
type Message = { intent: "success" | "warning" | "error"; text: (lang: Language) => string };

/** Rows of a table shown before "… and n more". */
const SHOWN = 200;

/** A cell's value as the pane shows it: a month as its date, numbers in the language's marks. */
function shown(w: PlacedWrite, v: PlacedWrite["old"] | PlacedWrite["value"], lang: Language): string {
  if (v === null || v === undefined || v === "") return "";
  if (typeof v === "object") return v.error;
  if (typeof v === "number") return w.name === "Monat" ? toIsoDate(v) : numberIn(v, lang, 6, true);
  return String(v);
}

function Cells({ list, lang, testId }: { list: PlacedWrite[]; lang: Language; testId: string }) {
  const s = importStrings[lang];
  return (
    <>
      <Table size="extra-small" aria-label={s.cells} data-testid={testId}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{s.cell}</TableHeaderCell>
            <TableHeaderCell>{s.holds}</TableHeaderCell>
            <TableHeaderCell>{s.old}</TableHeaderCell>
            <TableHeaderCell>{s.new}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {list.slice(0, SHOWN).map((w) => (
            <TableRow key={w.address}>
              <TableCell>{w.address}</TableCell>
              <TableCell>{w.what}</TableCell>
              <TableCell>{shown(w, w.old, lang)}</TableCell>
              <TableCell>{shown(w, w.value, lang)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {list.length > SHOWN && <Text block size={200}>{s.more(list.length - SHOWN)}</Text>}
    </>
  );
}

export default function Import({ lang }: { lang: Language }) {
  const s = importStrings[lang];
  const [file, setFile] = useState<File | null>(null);
  const [options, setOptions] = useState<Options>({ readings: false, allowGaps: false, interpolate: false });
  const [columns, setColumns] = useState<Record<string, string>>({});
  const [mapText, setMapText] = useState("");
  const [stage, setStage] = useState<Stage | null>(null);
  const [percent, setPercent] = useState(0);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [replace, setReplace] = useState(false);
  const [undo, setUndo] = useState<ImportOutcome["undo"] | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const run = useRef(0);

  // every change of the file, the options or the mapping reads the file again: the preview always shows what "Übernehmen" writes
  useEffect(() => {
    if (!file) return;
    const id = ++run.current;
    const live = () => id === run.current;
    const map: Mapping[] = [
      ...Object.entries(columns).filter(([, to]) => to).map(([from, to]) => ({ from, to })),
      ...mapText.split("\n").map((l) => l.trim()).filter(Boolean).map((l) => ({ from: l.slice(0, l.lastIndexOf("=")).trim(), to: l.slice(l.lastIndexOf("=") + 1).trim() })).filter((m) => m.from && m.to),
    ];
    setStage("reading");
    setPreview(null);
    setReplace(false);
    setMessage(null);
    setPercent(0);
    (async () => {
      try {
        const { readSourceFile, previewImport } = await glue();
        const found = await readSourceFile(file, { ...options, map }, (share) => live() && setPercent(Math.round(share * 100)));
        if (!live()) return;
        setStage("previewing");
        const p = await previewImport(found, lang);
        if (live()) setPreview(p);
      } catch (e) {
        if (live()) setMessage({ intent: "error", text: errorMessage(e) });
      } finally {
        if (live()) setStage(null);
      }
    })();
  }, [file, options, columns, mapText]);

  const apply = async () => {
    if (!preview || stage) return;
    setStage("writing");
    setMessage(null);
    try {
      const r = await (await glue()).applyImport(preview, replace, lang);
      setUndo(r.undo);
      setPreview(null);
      setMessage({ intent: "success", text: (l) => importStrings[l].done(r.written, r.replaced) });
    } catch (e) {
      setMessage({ intent: "error", text: errorMessage(e) });
    } finally {
      setStage(null);
    }
  };

  const revert = async () => {
    if (!undo || stage) return;
    setStage("undoing");
    try {
      const r = await (await glue()).undoImport(undo, lang);
      setUndo(null);
      const kept = r.kept.join(", ");
      setMessage(r.kept.length ? { intent: "warning", text: (l) => importStrings[l].undoneKept(r.restored, kept) } : { intent: "success", text: (l) => importStrings[l].undone(r.restored) });
    } catch (e) {
      setMessage({ intent: "error", text: errorMessage(e) });
    } finally {
      setStage(null);
    }
  };

  const p = preview?.plan;
  const ignored = preview?.found.ignoredColumns ?? [];
  const count = preview ? preview.writes.length + (replace ? preview.conflicts.length : 0) : 0;
  const progress = stage === "reading" ? s.reading(percent) : stage === "previewing" ? s.previewing : stage ? s.writing : null;

  return (
    <section aria-labelledby="import-title" data-testid="import">
      <h2 id="import-title">{importTab[lang]}</h2>
      <Text block>{s.intro}</Text>
      <Field label={s.file} hint={s.fileHint}>
        {(fieldProps) => (
          <input {...fieldProps} type="file" accept=".csv,.txt,.tsv,.xlsx,text/csv" data-testid="import-file"
            onChange={(e) => { const f = e.target.files?.[0] ?? null; setColumns({}); setUndo(null); setFile(f); }} />
        )}
      </Field>
      <fieldset className="roles">
        <legend>{s.options}</legend>
        <Checkbox label={s.readings} checked={options.readings} onChange={(_, d) => setOptions({ ...options, readings: Boolean(d.checked) })} data-testid="import-readings" />
        <Checkbox label={s.allowGaps} checked={options.allowGaps} onChange={(_, d) => setOptions({ ...options, allowGaps: Boolean(d.checked) })} data-testid="import-allow-gaps" />
        <Checkbox label={s.interpolate} checked={options.interpolate} onChange={(_, d) => setOptions({ ...options, interpolate: Boolean(d.checked) })} data-testid="import-interpolate" />
        <Field label={s.mapField}>
          <Textarea value={mapText} onChange={(_, d) => setMapText(d.value)} placeholder="Hauptzähler=MP_EVU" resize="vertical" data-testid="import-map" />
        </Field>
      </fieldset>
      <div role="status" className="progress">{progress && <Spinner size="tiny" labelPosition="after" label={progress} data-testid="import-progress" />}</div>
      {message && (
        <MessageBar intent={message.intent} layout="multiline" data-testid="import-message" data-intent={message.intent}>
          <MessageBarBody>{message.text(lang)}</MessageBarBody>
        </MessageBar>
      )}
      {undo && undo.length > 0 && (
        <div className="actions">
          <Button disabledFocusable={stage !== null} onClick={revert} data-testid="import-undo">{s.undo}</Button>
        </div>
      )}
      {preview && p && (
        <div data-testid="import-preview">
          <Text block weight="semibold" data-testid="import-period">{s.period(monthText(p.period.from), monthText(p.period.to))}</Text>
          <h3>{s.notes}</h3>
          <ul data-testid="import-notes">
            {p.notes.map((n, i) => <li key={i} data-kind={n.kind}>{n.text[lang]}</li>)}
          </ul>
          {ignored.length > 0 && (
            <fieldset className="roles" data-testid="import-mapping">
              <legend>{s.mapping}</legend>
              <Text block size={200}>{s.mappingHint}</Text>
              {ignored.map((h) => (
                <Field key={h} label={h}>
                  <Select value={columns[h] ?? ""} onChange={(_, d) => setColumns({ ...columns, [h]: d.value })} data-testid={`import-map-${h}`}>
                    <option value="">{s.notImported}</option>
                    {TEMPLATE_METERS.map((m) => <option key={m} value={m}>{m}</option>)}
                  </Select>
                </Field>
              ))}
            </fieldset>
          )}
          {preview.found.meters.length > 0 && (
            <>
              <h3>{s.months}</h3>
              <Table size="extra-small" aria-label={s.months} data-testid="import-months">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{s.meter}</TableHeaderCell>
                    <TableHeaderCell>{s.month}</TableHeaderCell>
                    <TableHeaderCell>{s.status}</TableHeaderCell>
                    <TableHeaderCell>{s.value(preview.found.meters.length === 1 && meterQuantity(preview.found.meters[0].meter) === "water" ? "m³" : "kWh")}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {preview.found.meters.flatMap((m) => m.months.map((v) => (
                    <TableRow key={`${m.meter}-${v.month}`} data-status={v.status}>
                      <TableCell>{m.meter}</TableCell>
                      <TableCell>{monthText(v.month)}</TableCell>
                      <TableCell>{s.statuses[v.status]}</TableCell>
                      <TableCell>{v.value === null ? "" : `${numberIn(v.value, lang, 3, true)}${meterQuantity(m.meter) === "water" ? " m³" : ""}`}</TableCell>
                    </TableRow>
                  ))).slice(0, SHOWN)}
                </TableBody>
              </Table>
            </>
          )}
          {preview.found.devices.length > 0 && <Text block>{s.devices(preview.found.devices.length)}</Text>}
          <h3>{s.cells}</h3>
          {preview.writes.length + preview.conflicts.length === 0 ? (
            <Text block data-testid="import-nothing">{s.nothing}</Text>
          ) : (
            <>
              <Text block data-testid="import-to-write">{s.toWrite(preview.writes.length, p.unchanged)}</Text>
              {preview.writes.length > 0 && <Cells list={preview.writes} lang={lang} testId="import-writes" />}
              {preview.conflicts.length > 0 && (
                <MessageBar intent="warning" layout="multiline" data-testid="import-conflicts">
                  <MessageBarBody>
                    <Text block>{s.conflicts(preview.conflicts.length)}</Text>
                    <Cells list={preview.conflicts} lang={lang} testId="import-conflict-cells" />
                    <Checkbox label={s.replace(preview.conflicts.length)} checked={replace} onChange={(_, d) => setReplace(Boolean(d.checked))} data-testid="import-replace" />
                  </MessageBarBody>
                </MessageBar>
              )}
              <div className="actions">
                <Button appearance="primary" disabledFocusable={stage !== null || count === 0} onClick={apply} data-testid="import-apply">
                  {replace && preview.conflicts.length ? s.applyReplace(count, preview.conflicts.length) : s.apply(count)}
                </Button>
              </div>
            </>
          )}
        </div>
      )}
    </section>
  );
}
