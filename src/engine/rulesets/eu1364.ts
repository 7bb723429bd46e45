/**
 * The EU data-centre report as a rule set: EED (EU) 2023/1791 Art. 12 with Delegated Regulation (EU) 2024/1364, for
 * data centres from 500 kW installed IT power (PD_IT). Its one criterion, EU-1364, asks whether every report item
 * (Annex I/II as far as public sources give them, law-notes.md § 2.2; the full list is UNVERIFIED) is in the
 * workbook; its KPIs (Annex III: PUE, WUE in m³/MWh, ERF, REF) are values with their own definitions (lawFigures.ts
 * euKpis), reported, not judged: the Regulation sets no limits.
 */
import { serial, toIsoDate } from "../dates";
import { cellRef as cell, Reader, unreadableText } from "../criteria/reader";
import { germanDate } from "./enefgParams";
import { LAW, LAW_SHEET } from "./lawNames";
import { registerItems } from "./register";
import { RuleSet, Scope } from "./types";

/** 2024/1364 Art. 1: from 500 kW installed IT power demand. */
export const EU_SCOPE_KW = 500;
/** Art. 3(1) (per law-notes.md R-3): first report by 15.9.2024, then every 15 May. */
export const EU_FIRST_REPORT = serial("2024-09-15");

function euScope(r: Reader): Scope {
  const kw = r.number(LAW.itKw, "kW");
  if (kw === null) {
    const at = r.where(cell(LAW.itKw));
    const why = r.problems[0] ? unreadableText(r.problems[0], at) : { de: `${at.de} ist leer.`, en: `${at.en} is blank.` };
    return {
      unknown: {
        de: `(EU) 2024/1364 Art. 1: ob der EU-Bericht nötig ist, entscheidet die installierte IT-Leistung PD_IT (ab ${EU_SCOPE_KW} kW). ${why.de} In „${LAW_SHEET}“ in kW eintragen.`,
        en: `(EU) 2024/1364 Art. 1: whether the EU report is due depends on the installed IT power PD_IT (from ${EU_SCOPE_KW} kW). ${why.en} Enter it in kW in "${LAW_SHEET}".`,
      },
      cells: [cell(LAW.itKw)],
    };
  }
  if (kw < EU_SCOPE_KW) {
    return {
      notApplicable: {
        de: `(EU) 2024/1364 Art. 1: berichtspflichtig ab ${EU_SCOPE_KW} kW installierter IT-Leistung; hier ${kw.toLocaleString("de-DE")} kW.`,
        en: `(EU) 2024/1364 Art. 1: reporting applies from ${EU_SCOPE_KW} kW installed IT power; here ${kw.toLocaleString("en-GB")} kW.`,
      },
    };
  }
  return "applies";
}

export const eu1364RuleSet: RuleSet = {
  id: "eu-2024-1364",
  title: { de: "EU-Rechenzentrumsbericht (EED Art. 12, Delegierte Verordnung (EU) 2024/1364)", en: "EU data-centre report (EED Art. 12, Delegated Regulation (EU) 2024/1364)" },
  edition: "Delegierte Verordnung (EU) 2024/1364 vom 14.03.2024",
  source: "ABl. L, 2024/1364; Inhalte nach Sekundärquellen (law-notes.md § 2)",
  date: "2024-03-14",
  covers: {
    de: "Ob jede Angabe des EU-Berichts (Anhang I/II, soweit öffentlich belegt) in der Arbeitsmappe steht, und die KPIs PUE, WUE (m³/MWh), ERF, REF nach Anhang III mit ihren eigenen Definitionen. Die vollständige Liste, die Einheiten für Datenmengen und die Redundanzskala sind nicht verifiziert (UNVERIFIED).",
    en: "Whether every item of the EU report (Annex I/II, as far as publicly documented) is in the workbook, and the KPIs PUE, WUE (m³/MWh), ERF, REF of Annex III with their own definitions. The complete list, the units of data amounts and the redundancy scale are not verified (UNVERIFIED).",
  },
  scope: (r) => euScope(r),
  criteria: [
    {
      id: "EU-1364",
      title: { de: "EU-Bericht vollständig ((EU) 2024/1364 Anhang I, II)", en: "EU report complete ((EU) 2024/1364 Annex I, II)" },
      anlage: LAW_SHEET,
      evaluate(r, { asOf }) {
        const items = registerItems(r).filter((i) => i.ruleSet === "eu-2024-1364");
        const lacking = items.filter((i) => i.missing);
        const value = `${items.length - lacking.length}/${items.length}`;
        const list = lacking.map((i) => i.no).join(", ");
        if (asOf < EU_FIRST_REPORT) {
          return {
            status: "not_applicable", value, cells: [],
            message: {
              de: `EU-1364: erstmals bis zum ${germanDate(EU_FIRST_REPORT)} zu berichten, dann jährlich bis 15. Mai. Heute fehlen: ${list || "nichts"}.`,
              en: `EU-1364: first due by ${toIsoDate(EU_FIRST_REPORT)}, then every 15 May. Missing today: ${list || "nothing"}.`,
            },
          };
        }
        if (lacking.length) {
          return {
            status: "missing", value, cells: lacking.flatMap((i) => i.cells).slice(0, 12),
            message: {
              de: `EU-1364: jährlich bis 15. Mai für das Vorjahr an die EU-Datenbank (in Deutschland über das Register, § 14 EnEfG); es fehlen ${list}. Eintragen; \`deuz register\` zeigt die Liste.`,
              en: `EU-1364: due every 15 May for the year before to the EU database (in Germany through the register, EnEfG § 14); missing are ${list}. Fill them in; \`deuz register\` shows the list.`,
            },
          };
        }
        return { status: "pass", value, cells: [], message: { de: "", en: "" } };
      },
    },
  ],
};
