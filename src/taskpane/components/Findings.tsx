import { Badge, Button, Text } from "@fluentui/react-components";
import React from "react";
import { Finding } from "../../engine/criteria";
import { Language } from "../i18n";
import { Strings } from "../i18n/de";

const colour = { pass: "success", fail: "danger", missing: "warning", not_applicable: "informative" } as const;

/** The findings grouped by Anlage; a click on a finding's cell selects it in Excel. */
export function Findings({ findings, t, lang, onSelect }: { findings: Finding[]; t: Strings; lang: Language; onSelect: (f: Finding) => void }) {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) groups.set(f.anlage, [...(groups.get(f.anlage) ?? []), f]);
  const fail = findings.filter((f) => f.status === "fail").length;
  const missing = findings.filter((f) => f.status === "missing").length;
  return (
    <section aria-label={t.tabs.check}>
      <Text as="p" weight="semibold">{fail + missing === 0 ? t.allMet : t.findings(fail, missing)}</Text>
      {[...groups].map(([anlage, list]) => (
        <div key={anlage}>
          <h3>{anlage}</h3>
          <ul className="findings">
            {/* a criterion once, but 3.1.2 once per cell typed over (integrity): keyed by position too */}
            {list.map((f, i) => (
              <li key={`${f.id}-${i}`}>
                <Badge appearance="filled" color={colour[f.status]}>{t.status[f.status]}</Badge>{" "}
                <Text weight="semibold">{f.id}</Text> <Text>{f.title[lang]}</Text>
                {f.value !== undefined && f.value !== null && <Text size={200}> · {t.value}: {String(typeof f.value === "number" ? Math.round(f.value * 1000) / 1000 : f.value)}</Text>}
                {f.limit !== undefined && f.limit !== null && <Text size={200}> · {t.limit}: {String(f.limit)}</Text>}
                {f.message[lang] && <Text as="p" size={200}>{f.message[lang]}</Text>}
                {f.cells.length > 0 && <Button size="small" onClick={() => onSelect(f)}>{t.goToCell}</Button>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
