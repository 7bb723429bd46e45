/** Lays the template's sheets (layout.ts) and the criteria catalogue (Anlage 2) out into a Book. */
import { criteria } from "../../engine/criteria/catalogue";
import { a1, Book, BookCell, BookSheet, ConditionalFormat, nameAddress, setCell } from "../book";
import { appliesFormula, anyRoleFormula, checklistFormulas } from "./checklist";
import { defaultOptions, monthColumn, sheets, TemplateOptions } from "./layout";
import { Column, Field, Lang, NameAddress, SheetSpec } from "./model";
import { isNo, monthStatus, rowStatus, statusWords, yesNo } from "./vocabulary";

const FIELD_ROW = 4;

function emptySheet(name: string): BookSheet {
  return { name, rows: [], widths: [], validations: [], conditional: [] };
}

function inputCell(kind: Field["kind"], format?: BookCell["format"]): BookCell {
  return { value: null, style: "input", format: format ?? (kind === "date" ? "date" : kind === "kwh" || kind === "number" ? "number" : kind === "fraction" ? "percent" : undefined) };
}

function layFields(sheet: BookSheet, spec: SheetSpec, lang: Lang, names: NameAddress[]): number {
  let row = FIELD_ROW;
  for (const f of spec.fields) {
    setCell(sheet, row, 1, { value: f.label[lang], style: "label" });
    if (f.kind === "formula") setCell(sheet, row, 2, { formula: f.formula!(lang), style: "formula", format: f.format });
    else setCell(sheet, row, 2, inputCell(f.kind, f.format));
    if (f.unit) setCell(sheet, row, 3, { value: f.unit, style: "unit" });
    if (f.list) sheet.validations.push({ range: a1(row, 2), list: f.list(lang) });
    names.push(nameAddress(f.name, spec.name, row, 2));
    // amber while a yes/no answer is missing, red when a declaration is "Nein"
    if (f.kind === "yesno") {
      sheet.conditional.push({ range: a1(row, 2), formula: `${a1(row, 2)}=""`, style: "missing" });
    }
    row++;
  }
  return row;
}

function columnsOf(c: Column): number {
  return c.span ?? 1;
}

function layTable(sheet: BookSheet, spec: SheetSpec, lang: Lang, names: NameAddress[], startRow: number): void {
  const table = spec.table!;
  let row = startRow + 1;
  if (table.summary) {
    setCell(sheet, row, 1, { value: table.summary.label[lang], style: "label" });
    row++;
  }
  const header = row;
  const first = header + 1;
  let col = 1;
  for (const c of table.columns) {
    const width = columnsOf(c);
    for (let k = 0; k < width; k++) {
      const text = c.span ? c.spanHeader!(k, lang) : c.header[lang];
      setCell(sheet, header, col + k, text.startsWith("=") ? { formula: text.slice(1), style: "header", format: "date" } : { value: text, style: "header" });
      sheet.widths[col + k - 1] = c.width ?? (c.span ? 11 : 16);
      for (let i = 0; i < table.rows; i++) {
        const r = first + i;
        setCell(sheet, r, col + k, c.kind === "formula" ? { formula: c.formula!(r, lang, i), style: "formula", format: c.format } : inputCell(c.kind, c.format));
      }
      if (c.span) {
        names.push(nameAddress(monthColumn(c.name, k), spec.name, first, col + k, table.rows, 1));
        if (table.summary) {
          const f = table.summary.formula(monthColumn(c.name, k), lang);
          if (f) setCell(sheet, header - 1, col + k, { formula: f, style: "formula" });
        }
      }
    }
    if (c.list) sheet.validations.push({ range: `${a1(first, col)}:${a1(first + table.rows - 1, col + width - 1)}`, list: c.list(lang) });
    names.push(nameAddress(c.name, spec.name, first, col, table.rows, width));
    col += width;
  }
  if (table.summary) {
    const spans = table.columns.filter((c) => c.span);
    const firstSpan = names.find((n) => n.name === spans[0].name)!;
    names.push(nameAddress(table.summary.name, spec.name, header - 1, firstSpan.col, 1, firstSpan.cols));
  }
  for (const b of table.blocks ?? []) {
    const from = names.find((n) => n.name === b.from && n.sheet === spec.name)!;
    const to = names.find((n) => n.name === b.to && n.sheet === spec.name)!;
    names.push(nameAddress(b.name, spec.name, from.row, from.col, from.rows, to.col + to.cols - from.col));
  }
}

/** Conditional formats that put the checks' verdicts on the input cells (red: fails, amber: missing). */
function marks(lang: Lang, find: (name: string) => NameAddress): Record<string, ConditionalFormat[]> {
  const at = (name: string) => find(name);
  const first = (name: string) => a1(at(name).row, at(name).col);
  const rng = (name: string) => {
    const n = at(name);
    return `${a1(n.row, n.col)}:${a1(n.row + n.rows - 1, n.col + n.cols - 1)}`;
  };
  const rel = (name: string) => `$${a1(at(name).row, at(name).col).replace(/\d+$/, "")}${at(name).row}`;
  const rs = rowStatus[lang];
  const m = monthStatus[lang];
  const monthly = at("Messwerte");
  const out: Record<string, ConditionalFormat[]> = {};
  const add = (sheet: string, cf: ConditionalFormat) => (out[sheet] ??= []).push(cf);
  // Anlage 3.4: negative values red, blanks in months of the period amber (3.2.2)
  add(monthly.sheet, { range: rng("Messwerte"), formula: `AND(ISNUMBER(${first("Messwerte")}),${first("Messwerte")}<0)`, style: "fail" });
  add(monthly.sheet, { range: `${first("MP_EVU")}:${a1(at("Wasser_m3").row + at("Wasser_m3").rows - 1, at("Wasser_m3").col)}`, formula: `AND(${first("MP_EVU")}="",${rel("Monat_Status")}="${m.incomplete}")`, style: "missing" });
  // Anlage 3.5: the refrigerant or insulation medium of a failing row (3.2.9, 3.2.11)
  add(at("TGA_Kaeltemittel").sheet, { range: rng("TGA_Kaeltemittel"), formula: `${rel("TGA_Kaeltemittel_Pruefung")}="${rs.fail}"`, style: "fail" });
  add(at("TGA_Isoliermedium").sheet, { range: rng("TGA_Isoliermedium"), formula: `${rel("TGA_SF6_Pruefung")}="${rs.fail}"`, style: "fail" });
  for (const c of ["TGA_Datum", "TGA_Leistung_kW", "TGA_Kaeltemittel"]) {
    add(at(c).sheet, { range: rng(c), formula: `AND(${first(c)}="",${rel("TGA_Kaeltemittel_Pruefung")}="${rs.missing}")`, style: "missing" });
  }
  // Anlage 3.7-3.8: customers without monthly information, price models that fail (3.2.6)
  add(at("Kunde_Monatsinfo").sheet, { range: rng("Kunde_Monatsinfo"), formula: `${rel("Kunde_Info_Pruefung")}="${rs.fail}"`, style: "fail" });
  add(at("Kunde_Preis_kWh").sheet, { range: `${first("Kunde_Preis_kWh")}:${a1(at("Kunde_Freimenge_kWh").row + at("Kunde_Freimenge_kWh").rows - 1, at("Kunde_Freimenge_kWh").col)}`, formula: `${rel("Kunde_Preis_Pruefung")}="${rs.fail}"`, style: "fail" });
  // key figures that break their limit (3.2.4, 3.2.7, 3.2.8, 3.2.10, 3.3.3)
  const figure = (value: string, check: string) => add(at(value).sheet, { range: first(value), formula: `IF(ISLOGICAL(${check}),NOT(${check}),FALSE)`, style: "fail" });
  figure("PUE_Jahr", "PUE_Pruefung");
  figure("CER_Jahr", "CER_Pruefung");
  figure("ERF_Jahr", "Abwaerme_Pruefung");
  figure("ITEU_SV", "ITEU_Pruefung");
  figure("Anteil_erneuerbar", "Erneuerbar_Pruefung");
  figure("Berichtszeitraum_Ende", "Bilanzzeitraum_Pruefung");
  for (const name of ["Erfassung_Server", "Erfassung_Speicher"]) add(at(name).sheet, { range: first(name), formula: `AND(ISNUMBER(${first(name)}),${first(name)}<0.9)`, style: "fail" });
  return out;
}

export interface BuiltTemplate {
  book: Book;
  lang: Lang;
  options: TemplateOptions;
}

export function buildTemplate(lang: Lang = "de", options: TemplateOptions = defaultOptions): BuiltTemplate {
  const specs = sheets(options);
  const names: NameAddress[] = [];
  const book: Book = { sheets: [], names };
  let checklist: BookSheet | undefined;
  for (const spec of specs) {
    const sheet = emptySheet(spec.name);
    setCell(sheet, 1, 1, { value: spec.title[lang], style: "title" });
    setCell(sheet, 2, 1, { value: spec.intro[lang], style: "intro" });
    sheet.widths = [spec.table && spec.fields.length === 0 ? 16 : 58, 16, 10];
    const next = layFields(sheet, spec, lang, names);
    if (spec.table) layTable(sheet, spec, lang, names, spec.fields.length ? next : FIELD_ROW - 1);
    if (spec.name === "Anlage 2") checklist = sheet;
    book.sheets.push(sheet);
  }
  const find = (name: string) => {
    const n = names.find((x) => x.name === name);
    if (!n) throw new Error(`template: no name ${name}`);
    return n;
  };
  for (const [sheetName, cfs] of Object.entries(marks(lang, find))) book.sheets.find((s) => s.name === sheetName)!.conditional.push(...cfs);
  // red on "Nein" answers of declarations that must be "Ja"
  for (const f of specs.flatMap((s) => s.fields.filter((x) => x.kind === "yesno" && /^(EnMS_|Messkonzept_|Reuse_Loesch|Reuse_Vertrag|Beratungsangebot|Neuanschaffungen|Kennzahlen_veroeff)/.test(x.name)))) {
    const n = find(f.name);
    book.sheets.find((s) => s.name === n.sheet)!.conditional.push({ range: a1(n.row, n.col), formula: isNo(a1(n.row, n.col)), style: "fail" });
  }
  layChecklist(checklist!, lang, names);
  return { book, lang, options };
}

const CHECKLIST_COLUMNS = {
  de: ["Abschnitt", "Anforderung", "Gilt für Rollen", "Anwendbar", "Wert", "Grenzwert", "Status", "Nachweis (beifügen)", "Anlage", "Hinweis"],
  en: ["Section", "Requirement", "Roles", "Applies", "Value", "Limit", "Status", "Evidence (attach)", "Annex", "Note"],
};
const roleLabels = { de: { rzBetreiber: "RZ-Betreiber", rzDienstleister: "RZ-Dienstleister", itBetreiber: "IT-Betreiber" }, en: { rzBetreiber: "DC operator", rzDienstleister: "DC service provider", itBetreiber: "IT operator" } };

function layChecklist(sheet: BookSheet, lang: Lang, names: NameAddress[]): void {
  const header = FIELD_ROW;
  const first = header + 1;
  CHECKLIST_COLUMNS[lang].forEach((h, i) => setCell(sheet, header, i + 1, { value: h, style: "header" }));
  sheet.widths = [10, 44, 26, 11, 14, 12, 16, 60, 16, 30];
  const w = statusWords[lang];
  const yes = yesNo[lang];
  const statusCol = 7;
  const last = first + criteria.length - 1;
  criteria.forEach((c, i) => {
    const r = first + i;
    const f = checklistFormulas[c.id];
    if (!f) throw new Error(`template: no Anlage 2 formulas for ${c.id}`);
    const applies = appliesFormula(c.roles);
    setCell(sheet, r, 1, { value: c.id, style: "label" });
    setCell(sheet, r, 2, { value: c.title[lang], style: "label" });
    setCell(sheet, r, 3, { value: c.roles.map((role) => roleLabels[lang][role]).join(", "), style: "label" });
    setCell(sheet, r, 4, { formula: `IF(${applies},"${yes[0]}","${yes[1]}")`, style: "formula" });
    setCell(sheet, r, 5, f.value ? { formula: `IFERROR(${f.value},"")`, style: "formula", format: "ratio" } : { value: null, style: "formula" });
    setCell(sheet, r, 6, f.limit ? { formula: `IFERROR(${f.limit},"")`, style: "formula", format: "ratio" } : { value: null, style: "formula" });
    let status: string;
    if (f.fixed === "not_applicable") status = `"${w.not_applicable}"`;
    else if (c.id === "3.1.2") {
      const others = [`${a1(first, statusCol)}:${a1(r - 1, statusCol)}`, `${a1(r + 1, statusCol)}:${a1(last, statusCol)}`];
      const count = (word: string) => others.map((o) => `COUNTIF(${o},"${word}")`).join("+");
      status = `IF(${count(w.fail)}>0,"${w.fail}",IF(${count(w.missing)}>0,"${w.missing}","${w.pass}"))`;
    } else {
      const failing = f.fail ? `IFERROR(${f.fail},FALSE)` : "FALSE";
      const lacking = f.missing ? `IFERROR(${f.missing},TRUE)` : "FALSE";
      status = `IF(${failing},"${w.fail}",IF(${lacking},"${w.missing}","${w.pass}"))`;
      if (f.notApplicable) status = `IF(IFERROR(${f.notApplicable},FALSE),"${w.not_applicable}",${status})`;
    }
    setCell(sheet, r, statusCol, { formula: `IF(NOT(${anyRoleFormula}),"${w.missing}",IF(NOT(${applies}),"${w.not_applicable}",${status}))`, style: "formula" });
    setCell(sheet, r, 8, { value: c.nachweis[lang], style: "label" });
    setCell(sheet, r, 9, { value: c.anlage, style: "label" });
    setCell(sheet, r, 10, { value: null, style: "input" });
    names.push(nameAddress(`Status_${c.id.replace(/\./g, "_")}`, sheet.name, r, statusCol));
  });
  names.push(nameAddress("Anlage2_Status", sheet.name, first, statusCol, criteria.length, 1));
  const range = `${a1(first, statusCol)}:${a1(last, statusCol)}`;
  const top = a1(first, statusCol);
  sheet.conditional.push(
    { range, formula: `${top}="${w.fail}"`, style: "fail" },
    { range, formula: `${top}="${w.missing}"`, style: "missing" },
    { range, formula: `${top}="${w.pass}"`, style: "pass" },
  );
}
