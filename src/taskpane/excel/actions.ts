/** What the task pane's buttons do in Excel: insert the template, check and mark, clear, save a scenario. */
import { Finding } from "../../engine/criteria";
import { Scenario, computeWhatIf } from "../whatif";
import { cellOf, RangeAddress } from "./address";
import { checkOpenWorkbook, readInputs } from "./check";
import { clearMarks, markFindings, marksFor } from "./marks";

export interface Roles {
  rzBetreiber: boolean;
  rzDienstleister: boolean;
  itBetreiber: boolean;
}

const roleNames: Record<keyof Roles, string> = {
  rzBetreiber: "Rolle_RZ_Betreiber",
  rzDienstleister: "Rolle_RZ_Dienstleister",
  itBetreiber: "Rolle_IT_Betreiber",
};

/** Inserts the template's sheets and fills in the chosen roles (Stammdaten, Tabelle 1) where still blank. */
export async function insertTemplate(assetUrl: string, roles: Roles, lang: "de" | "en"): Promise<number> {
  const response = await fetch(assetUrl);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const base64 = btoa(binary);
  return Excel.run(async (context) => {
    const inserted = context.workbook.insertWorksheetsFromBase64(base64);
    await context.sync();
    // write the DEUZ formulas again through the API, so that they bind to this add-in's functions
    const ranges = inserted.value.map((name) => {
      const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject();
      used.load("formulas");
      return used;
    });
    const roleRanges = (Object.keys(roleNames) as (keyof Roles)[]).map((role) => {
      const range = context.workbook.names.getItemOrNullObject(roleNames[role]).getRangeOrNullObject();
      range.load("values");
      return { role, range };
    });
    await context.sync();
    for (const r of ranges) if (!r.isNullObject) r.formulas = r.formulas;
    const [yes, no] = lang === "de" ? ["Ja", "Nein"] : ["Yes", "No"];
    for (const { role, range } of roleRanges) {
      // never overwrite an answer that is already there
      if (!range.isNullObject && (range.values[0][0] === "" || range.values[0][0] === null)) range.values = [[roles[role] ? yes : no]];
    }
    await context.sync();
    return inserted.value.length;
  });
}

export interface CheckOutcome {
  findings: Finding[];
  ranges: Map<string, RangeAddress>;
}

/** Check and mark: three syncs in all (read, load formats, write marks). */
export async function checkAndMark(lang: "de" | "en"): Promise<CheckOutcome> {
  return Excel.run(async (context) => {
    const { findings, ranges } = await checkOpenWorkbook(context);
    await markFindings(context, marksFor(findings, ranges, lang));
    return { findings, ranges };
  });
}

export function removeMarks(): Promise<number> {
  return Excel.run((context) => clearMarks(context));
}

export async function selectFinding(f: Finding, ranges: Map<string, RangeAddress>): Promise<void> {
  const ref = f.cells[0];
  const range = ref && ranges.get(ref.name);
  if (!range) return;
  const { sheet, cell } = cellOf(range, ref);
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}

/** The annual figures of the workbook (Anlage 3.4 sums, Stammdaten dates) for the what-if calculator. */
export async function scenarioFromWorkbook(): Promise<Partial<Scenario>> {
  return Excel.run(async (context) => {
    const { inputs } = await readInputs(context, [
      "Jahr_IT_kWh", "Jahr_KS_kWh", "Jahr_Gesamt_kWh", "Jahr_Auskopplung_kWh", "Jahr_RZ_kWh", "Jahr_An_kWh", "Anteil_erneuerbar", "ITEU_SV",
      "Inbetriebnahme_RZ", "Inbetriebnahme_Kuehlsystem", "Berichtszeitraum_Beginn",
    ]);
    const n = (name: string) => {
      const v = inputs.value(name);
      return typeof v === "number" ? v : undefined;
    };
    const iso = (name: string) => {
      const v = n(name);
      return v === undefined ? undefined : new Date(Date.UTC(1899, 11, 30) + v * 86_400_000).toISOString().slice(0, 10);
    };
    const it = n("Jahr_IT_kWh");
    const cooling = n("Jahr_KS_kWh");
    const extraction = n("Jahr_Auskopplung_kWh") ?? 0;
    const total = n("Jahr_Gesamt_kWh");
    const out: Partial<Scenario> = {
      itKwh: it,
      coolingKwh: cooling === undefined ? undefined : cooling - extraction,
      extractionKwh: extraction,
      otherKwh: total !== undefined && it !== undefined && cooling !== undefined ? total - it - cooling : undefined,
      heatRemovedKwh: n("Jahr_RZ_kWh"),
      reusedKwh: n("Jahr_An_kWh"),
      renewablePct: n("Anteil_erneuerbar") === undefined ? undefined : n("Anteil_erneuerbar")! * 100,
      iteuPct: n("ITEU_SV") === undefined ? undefined : n("ITEU_SV")! * 100,
      dcCommissioning: iso("Inbetriebnahme_RZ"),
      coolingCommissioning: iso("Inbetriebnahme_Kuehlsystem"),
      reportingStart: iso("Berichtszeitraum_Beginn"),
    };
    return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as Partial<Scenario>;
  });
}

/** "Als Szenario speichern": the only what-if action that writes, into a new sheet. */
export async function saveScenario(s: Scenario, lang: "de" | "en"): Promise<string> {
  const r = computeWhatIf(s, lang);
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const taken = new Set(sheets.items.map((w) => w.name));
    let k = 1;
    while (taken.has(`Szenario ${k}`)) k++;
    const name = `Szenario ${k}`;
    const ws = sheets.add(name);
    const rows: (string | number)[][] = [
      ...Object.entries(s).map(([key, v]) => [key, v as string | number]),
      ["PUE (3.2.7)", r.pue.value ?? ""],
      ["PUE limit", r.pue.limit?.limit ?? ""],
      ["CER (3.2.8)", r.cer.value ?? ""],
      ["CER limit", r.cer.limit?.limit ?? ""],
      ["ERF (3.2.10)", r.erf.value ?? ""],
    ];
    ws.getRange(`A1:B${rows.length}`).values = rows;
    await context.sync();
    return name;
  });
}
