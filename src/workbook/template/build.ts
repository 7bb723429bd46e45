/** Lays the template's sheets (layout.ts) and the criteria catalogue (Anlage 2) out into a Book. */
import { criteria } from "../../engine/criteria/catalogue";
import { a1, Book, BookCell, BookSheet, nameAddress, setCell } from "../book";
import { appliesFormula, anyRoleFormula, checklistFormulas, statusName, unreadableRoleFormula } from "./checklist";
import { defaultOptions, monthColumn, sheets, TemplateOptions } from "./layout";
import { Column, Field, Lang, NameAddress, SheetSpec } from "./model";
import { fieldMarks, tableMarks } from "./marks";
import { statusWords, yesNo } from "./vocabulary";
import { validationFor } from "./validation";
import { addinHint } from "./addin";

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
    if (f.addinHint) setCell(sheet, row, f.unit ? 4 : 3, { formula: addinHint(lang, "short"), style: "formula" });
    if (f.kind !== "formula") {
      const v = validationFor(a1(row, 2), f.name, f.kind, lang, f.list?.(lang), f.unit, f.prompt?.[lang]);
      if (v) sheet.validations.push(v);
    }
    names.push(nameAddress(f.name, spec.name, row, 2));
    sheet.conditional.push(...fieldMarks(f, a1(row, 2), lang));
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
      // a column under the fields keeps the labels' width, so that no label is cut off
      sheet.widths[col + k - 1] = Math.max(sheet.widths[col + k - 1] ?? 0, c.width ?? (c.span ? 11 : 16));
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
    if (c.kind !== "formula") {
      const v = validationFor(`${a1(first, col)}:${a1(first + table.rows - 1, col + width - 1)}`, c.name, c.kind, lang, c.list?.(lang), undefined, c.prompt?.[lang]);
      if (v) sheet.validations.push(v);
    }
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
  for (const [sheetName, cfs] of Object.entries(tableMarks(lang, find))) book.sheets.find((s) => s.name === sheetName)!.conditional.push(...cfs);
  for (const spec of specs) if (spec.marks) book.sheets.find((s) => s.name === spec.name)!.conditional.push(...spec.marks(lang, (n) => a1(find(n).row, find(n).col)));
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
  // issue 10, item 6: without the add-in (LibreOffice, Excel without it) the statuses cannot be computed; say so on top
  setCell(sheet, header - 1, 2, { formula: addinHint(lang, "long"), style: "formula" });
  CHECKLIST_COLUMNS[lang].forEach((h, i) => setCell(sheet, header, i + 1, { value: h, style: "header" }));
  // Status: wide enough for "nicht anwendbar" / "not applicable"
  sheet.widths = [10, 50, 42, 11, 12, 12, 20, 110, 16, 30];
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
    const format = f.format ?? "ratio";
    setCell(sheet, r, 5, f.value ? { formula: `IFERROR(${f.value},"")`, style: "formula", format } : { value: null, style: "formula" });
    setCell(sheet, r, 6, f.limit ? { formula: `IFERROR(${f.limit},"")`, style: "formula", format } : { value: null, style: "formula" });
    let status: string;
    if (f.fixed === "not_applicable") status = `"${w.not_applicable}"`;
    else if (c.id === "3.1.2") {
      const others = [`${a1(first, statusCol)}:${a1(r - 1, statusCol)}`, `${a1(r + 1, statusCol)}:${a1(last, statusCol)}`];
      const count = (word: string) => others.map((o) => `COUNTIF(${o},"${word}")`).join("+");
      status = `IF(OR(${f.fail},${count(w.fail)}>0),"${w.fail}",IF(OR(${f.missing},${count(w.missing)}>0),"${w.missing}","${w.pass}"))`;
    } else {
      const failing = f.fail ? `IFERROR(${f.fail},FALSE)` : "FALSE";
      const lacking = f.missing ? `IFERROR(${f.missing},TRUE)` : "FALSE";
      status = `IF(${failing},"${w.fail}",IF(${lacking},"${w.missing}","${w.pass}"))`;
      if (f.notApplicable) status = `IF(IFERROR(${f.notApplicable},FALSE),"${w.not_applicable}",${status})`;
    }
    setCell(sheet, r, statusCol, { formula: `IF(OR(NOT(${anyRoleFormula}),${unreadableRoleFormula}),"${w.missing}",IF(NOT(${applies}),"${w.not_applicable}",${status}))`, style: "formula" });
    setCell(sheet, r, 8, { value: c.nachweis[lang], style: "label" });
    setCell(sheet, r, 9, { value: c.anlage, style: "label" });
    setCell(sheet, r, 10, { value: null, style: "input" });
    names.push(nameAddress(statusName(c.id), sheet.name, r, statusCol));
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
