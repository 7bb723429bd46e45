import {
  Button, Checkbox, Field, FluentProvider, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Select, Spinner, Tab, TabList, Text, webLightTheme,
} from "@fluentui/react-components";
import React, { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import type { Finding } from "../../engine/criteria";
import type { CellRef, Inputs } from "../../engine/criteria/types";
import { Language, officeLanguage, strings } from "../i18n";
import { errorMessage, PaneMessage } from "../messages";
import { Findings } from "./Findings";
import { rememberChoice, rememberedChoice, RuleChoice, RuleSetChoice } from "./RuleSetChoice";
import { DEFAULT_RULE_SETS, lawStrings } from "../i18n/law";
import type { LawView } from "../ruleSets";
import { WhatIf } from "./WhatIf";
import type { RangeAddress } from "../excel/address";
import type { NameErrorCell } from "../excel/check";
import { overviewTab } from "../i18n/overviewTab";
/** The Übersicht (issue 15): the report's charts of the last check; its code loads only when the tab opens. */
const Overview = React.lazy(() => import(/* webpackChunkName: "overview" */ "./Overview"));
import { importTab } from "../i18n/importTab";
/** "Daten importieren" (issue 14): its code, the import's reading and Papa Parse load only when the tab opens. */
const Import = React.lazy(() => import(/* webpackChunkName: "import" */ "./Import"));

type TabId = "start" | "check" | "import" | "overview" | "whatIf";
/** The findings grouped by rule set and the roadmap (issue 13): loaded after a check that asked for a law's rule set. */
const RuleSets = lazy(() => import(/* webpackChunkName: "law" */ "./RuleSets"));
/** How a message looks: done (green), worth knowing (amber), failed (red). */
type Intent = "success" | "warning" | "error";
/** The long actions, each with its own busy state and progress label (issue 12, 4). */
type Action = "insert" | "example" | "read" | "mark" | "clear" | "export" | "reenter" | "save";
type Roles = { rzBetreiber: boolean; rzDienstleister: boolean; itBetreiber: boolean };

const ROLES = ["rzBetreiber", "rzDienstleister", "itBetreiber"] as const;

export function App({ connected }: { connected: boolean }) {
  const [lang, setLang] = useState<Language>(officeLanguage());
  const [tab, setTab] = useState<TabId>(connected ? "start" : "whatIf");
  const [check, setCheck] = useState<{ findings: Finding[]; ranges: Map<string, RangeAddress>; address: (ref: CellRef) => string | undefined; empty: boolean; nameErrors: NameErrorCell[]; law?: LawView } | null>(null);
  // the rule sets to check and the day, kept for the session (issue 13)
  const [rules, setRules] = useState<RuleChoice>(() => rememberedChoice(DEFAULT_RULE_SETS));
  // the last check's read, for the Übersicht's charts (issue 15)
  const [checked, setChecked] = useState<{ inputs: Inputs; empty: boolean } | null>(null);
  // kept as a function of the language: switching the language switches a message already shown
  const [message, setMessage] = useState<{ intent: Intent; text: PaneMessage } | null>(null);
  const [busy, setBusy] = useState<Action | null>(null);
  const [present, setPresent] = useState<boolean | null>(null);
  const [roles, setRoles] = useState<Roles>({ rzBetreiber: true, rzDienstleister: false, itBetreiber: false });
  const summary = useRef<HTMLHeadingElement>(null);
  const [focusSummary, setFocusSummary] = useState(0);
  const t = strings[lang];
  // a law's rule set chosen: the findings grouped by rule set with the roadmap; DE-UZ 228 alone (or no data yet) as before
  const grouped = Boolean(check?.law && !check.empty && check.law.groups.some((g) => g.id !== "de-uz-228"));
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  // after a check, focus goes to its summary (announced once, aria-live): a keyboard user is not left on <body>
  useEffect(() => {
    if (focusSummary) summary.current?.focus();
  }, [focusSummary]);

  // the Excel glue is loaded only inside Excel
  const excel = useCallback(() => import(/* webpackChunkName: "excel" */ "../excel/actions"), []);
  // whether the workbook holds the template: asked when Start is shown, nothing written
  useEffect(() => {
    if (!connected || tab !== "start") return;
    let live = true;
    excel().then((m) => m.templatePresent()).then((p) => live && setPresent(p), () => live && setPresent(null));
    return () => {
      live = false;
    };
  }, [connected, tab, excel]);

  /** Shows an action's outcome in the pane's language, now and after a switch, with the look of its intent. */
  const say = (intent: Intent, text: (s: typeof t) => string) => setMessage({ intent, text: (l: Language) => text(strings[l]) });
  const fail = (e: unknown) => setMessage({ intent: "error", text: errorMessage(e) });
  const act = async (action: Action, f: () => Promise<void>) => {
    if (busy) return;
    setBusy(action);
    setMessage(null);
    try {
      await f();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  };
  /** A button of a long action: stays focusable while any action runs (disabledFocusable), does nothing then. */
  const actionButton = (action: Action, label: string, run: () => Promise<void>, primary = false, testId?: string) => (
    <Button appearance={primary ? "primary" : "secondary"} disabledFocusable={busy !== null} onClick={() => act(action, run)} data-testid={testId}>
      {label}
    </Button>
  );
  const progress = (actions: Action[]) =>
    busy && actions.includes(busy) ? <Spinner size="tiny" labelPosition="after" label={t.progress[busy]} data-testid="progress" /> : null;

  const runCheck = async () => {
    if (!rules.ruleSets.length) return say("warning", () => lawStrings[lang].choice.none);
    const m = await excel();
    const r = await m.checkAndMark(lang, (stage) => setBusy(stage), { ruleSets: rules.ruleSets, asOf: rules.asOf });
    setCheck({ findings: r.findings, ranges: r.ranges, address: r.address, empty: r.empty, nameErrors: r.nameErrors, law: r.law });
    setChecked({ inputs: r.inputs, empty: r.empty });
    setFocusSummary((n) => n + 1);
    if (r.absent.length) say("warning", (s) => s.olderTemplate(r.absent));
    else if (r.empty) return;
    else if (!r.marks) say("warning", (s) => s.notMarked);
    else if (r.marks.protectedSheets.length) {
      const list = r.marks.protectedSheets.join(", ");
      say("warning", (s) => s.protectedSheets(list));
    }
  };

  return (
    <FluentProvider theme={webLightTheme}>
      <main className="pane">
        <header>
          <h1>{t.title}</h1>
          {/* labelled with the language shown, below the title: the top right is Office's own menu */}
          <Field label={t.language} className="language">
            <Select value={lang} onChange={(_, d) => setLang(d.value as Language)} data-testid="language" aria-label={`${t.language}: ${t.languageName}`}>
              <option value="de">Deutsch</option>
              <option value="en">English</option>
            </Select>
          </Field>
        </header>
        {!connected && (
          <MessageBar intent="info" data-testid="not-connected">
            <MessageBarBody>{t.notConnected}</MessageBarBody>
          </MessageBar>
        )}
        <TabList className="tabs" selectedValue={tab} onTabSelect={(_, d) => { setTab(d.value as TabId); setMessage(null); }}>
          <Tab value="start" disabled={!connected}>{t.tabs.start}</Tab>
          <Tab value="check" disabled={!connected}>{t.tabs.check}</Tab>
          <Tab value="import" disabled={!connected} data-testid="tab-import">{importTab[lang]}</Tab>
          <Tab value="overview" disabled={!connected} data-testid="tab-overview">{overviewTab[lang]}</Tab>
          <Tab value="whatIf">{t.tabs.whatIf}</Tab>
        </TabList>
        {message && (
          <MessageBar intent={message.intent} data-testid="message-bar" data-intent={message.intent} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.feedback[message.intent]}</MessageBarTitle>
              <span data-testid="message">{message.text(lang)}</span>
            </MessageBarBody>
            <MessageBarActions containerAction={<Button appearance="transparent" aria-label={t.feedback.dismiss} onClick={() => setMessage(null)}>✕</Button>} />
          </MessageBar>
        )}
        {tab === "start" && connected && (
          <section aria-labelledby="start-title" data-testid="start">
            <h2 id="start-title">{t.start.stepsTitle}</h2>
            <Text block>{t.start.intro}</Text>
            <ol className="steps">
              {t.start.steps.map((s) => <li key={s}>{s}</li>)}
            </ol>
            {present && (
              <MessageBar intent="success" layout="multiline" data-testid="template-present">
                <MessageBarBody>{t.start.templatePresent}</MessageBarBody>
                <MessageBarActions>
                  <Button onClick={() => { setTab("check"); setMessage(null); }}>{t.start.toCheck}</Button>
                </MessageBarActions>
              </MessageBar>
            )}
            <fieldset className="roles">
              <legend>{t.roles.title}</legend>
              {ROLES.map((role) => (
                <div key={role} className="role">
                  <Checkbox label={t.roles[role]} checked={roles[role]} onChange={(_, d) => setRoles({ ...roles, [role]: Boolean(d.checked) })} aria-describedby={`hint-${role}`} />
                  <Text block size={200} id={`hint-${role}`} className="hint">{t.roleHints[role]}</Text>
                </div>
              ))}
            </fieldset>
            <div className="actions">
              {actionButton("insert", t.insertTemplate, async () => {
                const n = await (await excel()).insertTemplate(t.templateAsset, roles, lang);
                setPresent(true);
                say("success", (s) => s.inserted(n));
              }, !present, "insert")}
              {actionButton("example", t.openExample, async () => {
                await (await excel()).openExample("assets/DE-UZ-228-Beispiel.xlsx", lang);
                say("success", (s) => s.start.exampleOpened);
              }, false, "open-example")}
              {progress(["insert", "example"])}
            </div>
            <Text block size={200}>{t.start.exampleHint}</Text>
          </section>
        )}
        {tab === "check" && connected && (
          <section aria-label={t.tabs.check} data-testid="check">
            <RuleSetChoice value={rules} lt={lawStrings[lang]} onChange={(v) => { setRules(v); rememberChoice(v); }} />
            <div className="actions">
              {actionButton("read", t.check, runCheck, true, "run-check")}
              {actionButton("clear", t.clearMarks, async () => {
                const r = await (await excel()).removeMarks(lang);
                if (r.kept) {
                  const kept = r.kept;
                  say("warning", (s) => s.clearedKept(kept));
                } else say("success", (s) => s.cleared);
              }, false, "clear-marks")}
              {actionButton("export", t.exportAuditor, async () => {
                const { exportForAuditor } = await import(/* webpackChunkName: "export" */ "../excel/exportAuditor");
                const n = await exportForAuditor(lang);
                say("success", (s) => s.exported(n));
              }, false, "export")}
            </div>
            <div role="status" className="progress">{progress(["read", "mark", "clear", "export", "reenter"])}</div>
            {check && check.nameErrors.length > 0 && (
              <MessageBar intent="warning" layout="multiline" data-testid="name-errors">
                <MessageBarBody>{t.nameErrors.found(check.nameErrors.length)}</MessageBarBody>
                <MessageBarActions>
                  {actionButton("reenter", t.nameErrors.reenter, async () => {
                    const r = await (await excel()).reenterFormulas(check.nameErrors, lang);
                    setCheck((c) => (c ? { ...c, nameErrors: [] } : c));
                    if (r.locked.length) {
                      const list = r.locked.join(", ");
                      say("warning", (s) => `${s.nameErrors.done(r.entered)} ${s.nameErrors.locked(list)}`);
                    } else say("success", (s) => (r.entered ? s.nameErrors.done(r.entered) : s.nameErrors.none));
                  }, false, "reenter")}
                </MessageBarActions>
              </MessageBar>
            )}
            {check?.law && grouped && (
              <Suspense fallback={<Spinner size="tiny" label={t.progress.loading} />}>
                <RuleSets
                  view={check.law}
                  t={t}
                  lang={lang}
                  busy={busy !== null}
                  address={check.address}
                  focusKey={focusSummary}
                  onSelect={(ref) => void excel().then((m) => m.selectCell(ref, check.ranges)).catch(fail)}
                />
              </Suspense>
            )}
            {check && !grouped && (
              <Findings
                ref={summary}
                findings={check.findings}
                empty={check.empty}
                t={t}
                lang={lang}
                busy={busy !== null}
                address={check.address}
                onSelect={(ref) => void excel().then((m) => m.selectCell(ref, check.ranges)).catch(fail)}
              />
            )}
          </section>
        )}
        {tab === "import" && connected && (
          <React.Suspense fallback={<Spinner size="tiny" label={importTab[lang]} />}>
            <Import lang={lang} />
          </React.Suspense>
        )}
        {tab === "overview" && connected && (
          <React.Suspense fallback={<Spinner size="tiny" label={t.progress.loading} />}>
            <Overview lang={lang} check={checked} busy={busy !== null} progress={progress(["read", "mark"])} onCheck={() => void act("read", runCheck)} />
          </React.Suspense>
        )}
        {tab === "whatIf" && (
          <WhatIf
            t={t}
            lang={lang}
            fromWorkbook={connected ? async () => (await excel()).scenarioFromWorkbook(lang) : undefined}
            onError={fail}
            onSave={connected ? (s) => act("save", async () => { const sheet = await (await excel()).saveScenario(s, lang); say("success", (x) => x.whatIf.saved(sheet)); }) : undefined}
          />
        )}
      </main>
    </FluentProvider>
  );
}
