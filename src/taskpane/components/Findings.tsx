import { Badge, Button, Checkbox, Text } from "@fluentui/react-components";
import React, { forwardRef, useId, useState } from "react";
import type { Finding } from "../../engine/criteria";
import type { CellRef } from "../../engine/criteria/types";
import { Language } from "../i18n";
import { Strings } from "../i18n/de";
import { figureText } from "../findingText";

const colour = { pass: "success", fail: "danger", missing: "warning", not_applicable: "informative" } as const;

/** The message without the section it starts with ("3.2.7: PUE …"): the id stands in the heading beside it. */
const withoutId = (message: string, id: string) => (message.startsWith(`${id}: `) ? message.slice(id.length + 2) : message);

/** At most this many "Zur Zelle" buttons a finding's note lists (its message names them all). */
const MAX_NOTE_CELLS = 5;

export interface FindingsProps {
  findings: Finding[];
  t: Strings;
  lang: Language;
  /** The template holds no data yet: "Noch keine Daten", no list. */
  empty?: boolean;
  /** Where a cell is, as the user finds it ("'Anlage 3.9'!B4"); undefined when the workbook lacks its name. */
  address: (ref: CellRef) => string | undefined;
  onSelect: (ref: CellRef) => void;
  /** Buttons stay focusable but do nothing while an action runs. */
  busy: boolean;
  /**
   * One rule set's group among others (issue 13, RuleSets.tsx): its summary a plain line under the group's heading
   * (the groups' own summary is the live one), its headings a level down, its ids its own.
   */
  nested?: boolean;
}

/**
 * The findings (issue 12, 2): a summary announced once (the only live region), the open points first (not met,
 * then missing data), each with its message, value and limit as separate blocks and a "Zur Zelle" button named for
 * its criterion and cell; findings with a note (cells to look at that change no status) as hints; the met and not
 * applicable ones folded. A filter shows the open points only.
 */
export const Findings = forwardRef<HTMLHeadingElement, FindingsProps>(function Findings({ findings, t, lang, empty, address, onSelect, busy, nested }, summaryRef) {
  const [openOnly, setOpenOnly] = useState(false);
  const ownId = useId();
  const summaryId = nested ? `${ownId}-summary` : "findings-summary";
  const H = nested ? "h4" : "h3";
  const l = t.list;
  const fail = findings.filter((f) => f.status === "fail");
  const missing = findings.filter((f) => f.status === "missing");
  const notes = findings.filter((f) => f.note);
  const pass = findings.filter((f) => f.status === "pass");
  const na = findings.filter((f) => f.status === "not_applicable");
  const summary = empty ? l.noData : fail.length + missing.length === 0 ? t.allMet : t.findings(fail.length, missing.length);

  const goTo = (f: Finding, ref: CellRef, label: string) => {
    const cell = address(ref);
    if (!cell) return null;
    return (
      <Button
        key={`${ref.name}-${ref.row ?? ""}-${ref.column ?? ""}`}
        size="small"
        disabledFocusable={busy}
        aria-label={l.goTo(f.id, label, cell)}
        onClick={() => onSelect(ref)}
      >
        {`${t.goToCell} ${cell}`}
      </Button>
    );
  };

  const item = (f: Finding, i: number) => {
    const { value, limit } = figureText(f, lang);
    return (
      // a criterion once, but 3.1.2 once per cell typed over (integrity): keyed by position too
      <li key={`${f.id}-${i}`} className="finding" data-testid={`finding-${f.id}`} data-status={f.status}>
        <div className="finding-head">
          <Badge appearance="filled" color={colour[f.status]}>{t.status[f.status]}</Badge>
          <Text weight="semibold">{f.id}</Text>
          <Text>{f.title[lang]}</Text>
        </div>
        {f.message[lang] && <Text block size={200} className="finding-message">{withoutId(f.message[lang], f.id)}</Text>}
        {value !== undefined && <Text block size={200} data-testid="finding-value">{t.value}: {value}</Text>}
        {limit !== undefined && <Text block size={200} data-testid="finding-limit">{t.limit}: {limit}</Text>}
        {f.status !== "pass" && f.status !== "not_applicable" && f.cells.length > 0 && <div className="actions">{goTo(f, f.cells[0], f.title[lang])}</div>}
      </li>
    );
  };

  const hint = (f: Finding, i: number) => (
    <li key={`note-${f.id}-${i}`} className="finding" data-testid={`note-${f.id}`}>
      <div className="finding-head">
        <Badge appearance="tint" color="warning">{l.note}</Badge>
        <Text weight="semibold">{f.id}</Text>
        <Text>{f.title[lang]}</Text>
      </div>
      <Text block size={200} className="finding-message">{f.note!.message[lang]}</Text>
      <div className="actions">{f.note!.cells.slice(0, MAX_NOTE_CELLS).map((ref) => goTo(f, ref, `${l.note}, ${f.title[lang]}`))}</div>
    </li>
  );

  return (
    <section aria-labelledby={summaryId} data-testid="findings">
      {nested ? (
        <p id={summaryId} className="group-summary" data-testid="findings-summary">{summary}</p>
      ) : (
        <h2 id={summaryId} ref={summaryRef} tabIndex={-1} aria-live="polite" data-testid="findings-summary">{summary}</h2>
      )}
      {empty ? (
        <Text block data-testid="no-data">{l.noDataText}</Text>
      ) : (
        <>
          <Checkbox label={l.openOnly} checked={openOnly} onChange={(_, d) => setOpenOnly(Boolean(d.checked))} data-testid="open-only" />
          {fail.length > 0 && (
            <>
              <H>{l.fail} ({fail.length})</H>
              <ul className="findings">{fail.map(item)}</ul>
            </>
          )}
          {missing.length > 0 && (
            <>
              <H>{l.missing} ({missing.length})</H>
              <ul className="findings">{missing.map(item)}</ul>
            </>
          )}
          {notes.length > 0 && (
            <>
              <H>{l.notes} ({notes.length})</H>
              <ul className="findings">{notes.map(hint)}</ul>
            </>
          )}
          {!openOnly && pass.length + na.length > 0 && (
            <details className="folded" data-testid="folded">
              <summary>{l.folded(pass.length, na.length)}</summary>
              <ul className="findings">{[...pass, ...na].map(item)}</ul>
            </details>
          )}
        </>
      )}
    </section>
  );
});
