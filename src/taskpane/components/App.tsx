import {
  Button, FluentProvider, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Switch, Tab, TabList, Text, webLightTheme, Checkbox,
} from "@fluentui/react-components";
import React, { useEffect, useState } from "react";
import { Finding } from "../../engine/criteria";
import { Language, officeLanguage, strings } from "../i18n";
import { errorMessage, PaneMessage } from "../messages";
import { Findings } from "./Findings";
import { WhatIf } from "./WhatIf";
import type { RangeAddress } from "../excel/address";

type TabId = "start" | "check" | "whatIf";
/** How a message looks: done (green), worth knowing (amber), failed (red). */
type Intent = "success" | "warning" | "error";

export function App({ connected }: { connected: boolean }) {
  const [lang, setLang] = useState<Language>(officeLanguage());
  const [tab, setTab] = useState<TabId>(connected ? "start" : "whatIf");
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [ranges, setRanges] = useState<Map<string, RangeAddress>>(new Map());
  // kept as a function of the language: switching the language switches a message already shown
  const [message, setMessage] = useState<{ intent: Intent; text: PaneMessage } | null>(null);
  const [busy, setBusy] = useState(false);
  const [roles, setRoles] = useState({ rzBetreiber: true, rzDienstleister: false, itBetreiber: false });
  const t = strings[lang];
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  /** Shows an action's outcome in the pane's language, now and after a switch, with the look of its intent. */
  const say = (intent: Intent, text: (s: typeof t) => string) => setMessage({ intent, text: (l: Language) => text(strings[l]) });
  const fail = (e: unknown) => setMessage({ intent: "error", text: errorMessage(e) });
  const act = async (f: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    try {
      await f();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  // the Excel glue is loaded only inside Excel
  const excel = () => import(/* webpackChunkName: "excel" */ "../excel/actions");

  return (
    <FluentProvider theme={webLightTheme}>
      <main className="pane">
        <header>
          <h1>{t.title}</h1>
          <Switch label={t.switchLanguage} checked={lang === "en"} onChange={(_, d) => setLang(d.checked ? "en" : "de")} data-testid="language" />
        </header>
        {!connected && (
          <MessageBar intent="info" data-testid="not-connected">
            <MessageBarBody>{t.notConnected}</MessageBarBody>
          </MessageBar>
        )}
        <TabList selectedValue={tab} onTabSelect={(_, d) => { setTab(d.value as TabId); setMessage(null); }}>
          <Tab value="start" disabled={!connected}>{t.tabs.start}</Tab>
          <Tab value="check" disabled={!connected}>{t.tabs.check}</Tab>
          <Tab value="whatIf">{t.tabs.whatIf}</Tab>
        </TabList>
        {message && (
          <MessageBar intent={message.intent} data-testid="message-bar" data-intent={message.intent}>
            <MessageBarBody>
              <MessageBarTitle>{t.feedback[message.intent]}</MessageBarTitle>
              <span data-testid="message">{message.text(lang)}</span>
            </MessageBarBody>
            <MessageBarActions containerAction={<Button appearance="transparent" aria-label={t.feedback.dismiss} onClick={() => setMessage(null)}>✕</Button>} />
          </MessageBar>
        )}
        {tab === "start" && connected && (
          <section aria-label={t.tabs.start}>
            <Text as="p" weight="semibold">{t.roles.title}</Text>
            {(["rzBetreiber", "rzDienstleister", "itBetreiber"] as const).map((role) => (
              <Checkbox key={role} label={t.roles[role]} checked={roles[role]} onChange={(_, d) => setRoles({ ...roles, [role]: Boolean(d.checked) })} />
            ))}
            <div className="actions">
              <Button appearance="primary" disabled={busy} onClick={() => act(async () => { const n = await (await excel()).insertTemplate(t.templateAsset, roles, lang); say("success", (s) => s.inserted(n)); })}>
                {t.insertTemplate}
              </Button>
              <a href="assets/DE-UZ-228-Beispiel.xlsx" download>{t.openExample}</a>
            </div>
          </section>
        )}
        {tab === "check" && connected && (
          <section>
            <div className="actions">
              <Button appearance="primary" disabled={busy} onClick={() => act(async () => {
                const r = await (await excel()).checkAndMark(lang);
                setFindings(r.findings);
                setRanges(r.ranges);
                if (r.absent.length) say("warning", (s) => s.olderTemplate(r.absent));
                else if (!r.marks) say("warning", (s) => s.notMarked);
                else if (r.marks.protectedSheets.length) { const list = r.marks.protectedSheets.join(", "); say("warning", (s) => s.protectedSheets(list)); }
              })}>{busy ? t.checking : t.check}</Button>
              <Button disabled={busy} onClick={() => act(async () => { const r = await (await excel()).removeMarks(lang); if (r.kept) { const kept = r.kept; say("warning", (s) => s.clearedKept(kept)); } else say("success", (s) => s.cleared); })}>{t.clearMarks}</Button>
              <Button disabled={busy} onClick={() => act(async () => {
                const { exportForAuditor } = await import(/* webpackChunkName: "export" */ "../excel/exportAuditor");
                const n = await exportForAuditor(lang);
                say("success", (s) => s.exported(n));
              })}>{t.exportAuditor}</Button>
            </div>
            {findings && <Findings findings={findings} t={t} lang={lang} onSelect={(f) => act(async () => (await excel()).selectFinding(f, ranges))} />}
          </section>
        )}
        {tab === "whatIf" && (
          <WhatIf
            t={t}
            lang={lang}
            fromWorkbook={connected ? async () => (await excel()).scenarioFromWorkbook(lang) : undefined}
            onError={fail}
            onSave={connected ? (s) => act(async () => { const sheet = await (await excel()).saveScenario(s, lang); say("success", (x) => x.whatIf.saved(sheet)); }) : undefined}
          />
        )}
      </main>
    </FluentProvider>
  );
}
