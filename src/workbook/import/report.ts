/**
 * The report of an import, as a table in one language or as JSON: what was read (layout, encoding, separator,
 * decimal mark, units, percent), each month not written as measured (gaps, resets, coverage), devices left out,
 * and every cell written with its old and new value, or the conflicts that stopped it.
 */
import { toIsoDate } from "../../engine/dates";
import { Found } from "./found";
import { Imported } from "./apply";
import { Write, shownOld } from "./plan";
import { monthText } from "./time";

type Lang = "de" | "en";

const num = (v: unknown, lang: Lang) => (typeof v === "number" ? (lang === "de" ? String(v).replace(".", ",") : String(v)) : shownOld(v as Write["old"]));

function cells(list: Write[], address: (w: Write) => string, lang: Lang): string[] {
  const head = lang === "de" ? ["Zelle", "Name", "Inhalt", "alt", "neu"] : ["Cell", "Name", "Holds", "old", "new"];
  // a month as a date, not as its serial
  const shown = (w: Write, v: unknown) => (w.name === "Monat" && typeof v === "number" ? toIsoDate(v) : num(v, lang));
  const rows = list.map((w) => [address(w), w.name, w.what, shown(w, w.old), shown(w, w.value)]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
}

export function reportText(source: string, out: string, found: Found, r: Imported, lang: Lang): string {
  const p = r.plan;
  const de = lang === "de";
  const lines = [
    `${de ? "Quelle" : "Source"}: ${source}`,
    `${de ? "Berichtszeitraum" : "Reporting period"}: ${monthText(p.period.from)} … ${monthText(p.period.to)}`,
    ...p.notes.map((n) => `- ${n.text[lang]}`),
    "",
  ];
  if (p.conflicts.length) {
    lines.push(de
      ? `Nichts geschrieben: ${p.conflicts.length} Zelle(n) enthalten schon einen anderen Wert (--replace ersetzt sie):`
      : `nothing written: ${p.conflicts.length} cell(s) already hold another value (--replace replaces them):`);
    lines.push(...cells(p.conflicts, r.address, lang));
    return lines.join("\n") + "\n";
  }
  lines.push(de
    ? `${p.writes.length} Zelle(n) geschrieben, ${p.unchanged} hatten den Wert schon: ${out}`
    : `${p.writes.length} cell(s) written, ${p.unchanged} held the value already: ${out}`);
  if (p.writes.length) lines.push(...cells(p.writes, r.address, lang));
  void found;
  return lines.join("\n") + "\n";
}

export function reportJson(source: string, into: string, out: string | null, found: Found, r: Imported, lang: Lang): string {
  const p = r.plan;
  const cell = (w: Write) => ({ cell: r.address(w), name: w.name, row: w.row, column: w.column, what: w.what, old: w.old, new: w.value });
  return JSON.stringify({
    source,
    into,
    out,
    written: !p.conflicts.length,
    layout: found.layout,
    readings: found.readings,
    encoding: found.encoding ?? null,
    separator: found.separator ?? null,
    rows: found.rows,
    period: { from: monthText(p.period.from), to: monthText(p.period.to) },
    percent: found.percent ?? null,
    meters: found.meters.map((m) => ({
      meter: m.meter, kind: m.kind, step: m.step ?? null, conversions: m.conversions,
      months: m.months.map((v) => ({
        month: monthText(v.month), status: v.status, value: v.value,
        ...(v.expected !== undefined ? { expected: v.expected, count: v.count } : {}),
        ...(v.coverage !== undefined ? { coverage: v.coverage } : {}),
        ...(v.reset ? { reset: v.reset } : {}),
        ...(v.interpolated ? { interpolated: v.interpolated.map((x) => ({ ...x, at: new Date(x.at).toISOString(), before: { ...x.before, at: new Date(x.before.at).toISOString() }, after: { ...x.after, at: new Date(x.after.at).toISOString() } })), estimated: v.estimated } : {}),
      })),
    })),
    devices: found.devices.length,
    cells: p.conflicts.length ? [] : p.writes.map(cell),
    conflicts: p.conflicts.map(cell),
    unchanged: p.unchanged,
    notes: p.notes.map((n) => ({ kind: n.kind, message: n.text[lang] })),
  }, null, 2) + "\n";
}
