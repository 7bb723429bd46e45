/**
 * The report model as one self-contained HTML file: styles inline, charts as inline SVG, system fonts only, and a
 * Content-Security-Policy that lets the page load nothing from anywhere (no font, no image, no script). Printed
 * on A4 (Chromium's --print-to-pdf, or the browser's Print) with a running header (data centre, applicant,
 * period, edition), page numbers, and page breaks between the parts. Every text from the workbook is escaped.
 */
import { Chart } from "./charts";
import { cssString, esc } from "./escape";
import { ReportModel, Section, SummaryRow } from "./model";
import { chartSvg } from "./svg";
import { statusSigns, statusWords, words } from "./text";
import { Status } from "../engine/criteria/types";

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

function styles(m: ReportModel): string {
  const w = words[m.lang];
  const left = `${m.meta.dataCentre} · ${m.meta.applicant}`;
  const right = `${w.period} ${m.meta.period} · ${m.meta.ruleSets.map((r) => r.edition).join(" · ")}`;
  return `
:root { --ink: #1a1a1a; --muted: #555; --rule: #bbb; --pass: #e3f1ea; --fail: #fbe3d6; --missing: #fff3cc; --na: #eeeeee; }
* { box-sizing: border-box; }
html { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; color: var(--ink); font-size: 10.5pt; line-height: 1.4; }
body { margin: 0 auto; max-width: 190mm; padding: 12mm 0; }
h1 { font-size: 24pt; margin: 0 0 4mm; }
h2 { font-size: 15pt; margin: 0 0 4mm; border-bottom: 1.5pt solid var(--ink); padding-bottom: 1mm; }
h3 { font-size: 12.5pt; margin: 0 0 2mm; }
h4 { font-size: 10.5pt; margin: 4mm 0 1mm; }
p { margin: 0 0 2mm; }
a { color: inherit; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm; }
th, td { border: 0.5pt solid var(--rule); padding: 1.2mm 1.6mm; text-align: left; vertical-align: top; }
th { background: #f2f2f2; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code, .cell { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 8.5pt; overflow-wrap: anywhere; }
.muted { color: var(--muted); }
.part { break-before: page; }
.cover { display: flex; flex-direction: column; }
.cover .label { font-size: 9pt; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); }
.cover dl { display: grid; grid-template-columns: 42mm 1fr; gap: 2mm 4mm; margin: 8mm 0; font-size: 11.5pt; }
.cover dt { font-weight: 600; }
.cover dd { margin: 0; }
.cover .counts { margin-top: auto; }
.badge { display: inline-block; padding: 0.2mm 2mm; border: 1pt solid var(--ink); border-radius: 1mm; font-size: 9pt; font-weight: 600; white-space: nowrap; }
.badge.pass { background: var(--pass); }
.badge.fail { background: var(--fail); border-width: 2pt; }
.badge.missing { background: var(--missing); border-style: dashed; }
.badge.not_applicable { background: var(--na); border-style: dotted; font-weight: 400; }
tr.fail td:first-child { border-left: 3pt solid var(--ink); }
tr.missing td:first-child { border-left: 3pt dashed var(--ink); }
.criterion { margin: 0 0 7mm; padding-top: 2mm; border-top: 0.5pt solid var(--rule); }
.criterion h3 .sec { display: inline-block; min-width: 16mm; }
.criterion .anlage { color: var(--muted); font-size: 9pt; }
.messages { margin: 1mm 0 2mm; padding: 0; list-style: none; }
.messages li { margin: 0 0 1.5mm; padding: 1.5mm 2mm; border-left: 3pt solid var(--ink); background: #f7f7f7; }
.messages li.fail { background: var(--fail); }
.messages li.missing { background: var(--missing); border-left-style: dashed; }
.messages li.note { border-left-style: dotted; }
.messages .kind { font-weight: 600; }
figure { margin: 3mm 0 4mm; break-inside: avoid; }
figure svg { width: 100%; height: auto; display: block; }
figcaption { font-weight: 600; margin-bottom: 1mm; }
svg .tick { font-size: 11px; fill: var(--ink); }
svg .axis { font-size: 12px; fill: var(--ink); }
svg .ref { font-size: 11.5px; font-weight: 600; fill: var(--ink); }
svg .legend { font-size: 11px; fill: var(--ink); }
table.values { font-size: 8pt; }
table.values.wide { font-size: 6.6pt; table-layout: auto; }
table.values.wide th, table.values.wide td { padding: 0.8mm 0.9mm; }
table.values.wide th[scope="row"] { white-space: normal; min-width: 24mm; font-weight: 400; }
.keyfigures { margin: 6mm 0 0; }
.keyfigures td.num { font-size: 12pt; font-weight: 600; }
table.values caption { caption-side: top; text-align: left; font-size: 8.5pt; color: var(--muted); padding-bottom: 0.5mm; }
.nodata { padding: 3mm; border: 1pt dashed var(--rule); color: var(--muted); }
.sources { font-size: 8.5pt; color: var(--muted); }
@media print {
  body { max-width: none; padding: 0; }
  .cover { min-height: 250mm; }
  a { text-decoration: none; }
  .criterion { break-inside: auto; }
  h2, h3, h4 { break-after: avoid; }
  table.values, .figures { break-inside: avoid; }
}
@page {
  size: A4;
  margin: 20mm 15mm 17mm;
  @top-left { content: ${cssString(left)}; font-size: 8pt; color: #444; }
  @top-right { content: ${cssString(right)}; font-size: 8pt; color: #444; }
  @bottom-left { content: ${cssString(`${w.title} · ${w.asOf} ${m.meta.asOf}`)}; font-size: 8pt; color: #444; }
  @bottom-right { content: ${cssString(w.page + " ")} counter(page) ${cssString(" " + w.of + " ")} counter(pages); font-size: 8pt; color: #444; }
}
@page :first { @top-left { content: none; } @top-right { content: none; } }
`;
}

const badge = (status: Status, text: string) => `<span class="badge ${status}">${esc(text)}</span>`;
const anchor = (id: string) => `k-${id.replace(/\./g, "-")}`;
const json = (v: unknown) => esc(JSON.stringify(v ?? null));

/** The key figures at a glance on the cover: the summary's rows of the criteria that have one. */
function keyFigures(m: ReportModel): string {
  const w = words[m.lang];
  const ids = ["3.2.7", "3.2.8", "3.2.4", "3.2.10", "3.3.2", "3.3.3"];
  const rows = m.groups.flatMap((g) => g.summary).filter((r) => ids.includes(r.id) && r.status !== "not_applicable");
  if (!rows.length) return "";
  return `<table class="keyfigures"><thead><tr><th>${esc(w.section)}</th><th>${esc(w.requirement)}</th><th class="num">${esc(w.value)}</th><th class="num">${esc(w.limit)}</th><th>${esc(w.status)}</th></tr></thead><tbody>
${rows.map((r) => `<tr data-key="${esc(r.id)}"><td>${esc(r.id)}</td><td>${esc(r.title)}</td><td class="num">${esc(r.valueText || "–")}</td><td class="num">${esc(r.limitText || "–")}</td><td>${badge(r.status, r.statusText)}</td></tr>`).join("")}
</tbody></table>`;
}

function cover(m: ReportModel): string {
  const w = words[m.lang];
  const rows: [string, string][] = [
    [w.dataCentre, m.meta.dataCentre],
    [w.site, m.meta.site],
    [w.applicant, m.meta.applicant],
    [w.roles, m.meta.roles.length ? m.meta.roles.join(", ") : w.noRoles],
    [w.period, m.meta.period],
    [w.application, m.meta.application],
    [w.ruleSets, m.meta.ruleSets.map((r) => `${r.title[m.lang]} (${r.edition})`).join("; ")],
    [w.asOf, m.meta.asOf],
    [w.file, m.meta.file],
  ];
  const c = m.counts;
  const sw = (s: Status) => `${statusSigns[s]} ${c[s]} ${statusWords[m.lang][s]}`;
  return `<section class="cover" id="cover">
<p class="label">${esc(m.meta.ruleSets.map((r) => r.title[m.lang]).join(" · "))}</p>
<h1>${esc(w.title)}</h1>
<p>${esc(w.subtitle)}</p>
<dl>${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd data-field="${esc(k)}">${esc(v)}</dd>`).join("")}</dl>
${keyFigures(m)}
<div class="counts"><h4>${esc(w.counts)}</h4><p data-counts="${json(c)}">${(["pass", "fail", "missing", "not_applicable"] as Status[]).map((s) => badge(s, sw(s))).join(" ")}${m.integrity.length ? ` · <a href="#integrity">${esc(w.integrity)}: ${m.integrity.length}</a>` : ""}</p>
<p class="muted">${esc(w.made)}</p></div>
</section>`;
}

function summaryTable(rows: SummaryRow[], m: ReportModel): string {
  const w = words[m.lang];
  return `<table class="summary"><thead><tr><th>${esc(w.section)}</th><th>${esc(w.requirement)}</th><th>${esc(w.status)}</th><th class="num">${esc(w.value)}</th><th class="num">${esc(w.limit)}</th></tr></thead><tbody>
${rows.map((r) => `<tr class="${r.status}" data-id="${esc(r.id)}" data-status="${r.status}" data-value="${json(r.value)}" data-limit="${json(r.limit)}"><td><a href="#${anchor(r.id)}">${esc(r.id)}</a></td><td>${esc(r.title)}</td><td>${badge(r.status, r.statusText)}</td><td class="num" data-shown="value">${esc(r.valueText)}</td><td class="num" data-shown="limit">${esc(r.limitText)}</td></tr>`).join("\n")}
</tbody></table>`;
}

function chartFigure(ch: Chart, m: ReportModel): string {
  const w = words[m.lang];
  const t = ch.table;
  // the text alternative: the chart's numbers; monthly charts with the months as columns
  const head = t.transpose ? ["", ...t.rows.map((r) => r[0])] : t.head;
  const rows = t.transpose ? t.head.slice(1).map((h, k) => [h, ...t.rows.map((r) => r[k + 1])]) : t.rows;
  return `<figure data-chart="${esc(ch.spec.id)}"><figcaption>${esc(ch.spec.title)}</figcaption>${chartSvg(ch.spec)}
<table class="values${t.transpose ? " wide" : ""}"><caption>${esc(w.chartTable)}: ${esc(ch.spec.title)}</caption><thead><tr>${head.map((h, i) => `<th${i ? ' class="num"' : ""} scope="col">${esc(h)}</th>`).join("")}</tr></thead><tbody>
${rows.map((r) => `<tr>${r.map((c, i) => (i ? `<td class="num">${esc(c)}</td>` : `<th scope="row">${esc(c)}</th>`)).join("")}</tr>`).join("\n")}
</tbody></table></figure>`;
}

function section(s: Section, m: ReportModel): string {
  const w = words[m.lang];
  const kind = (k: string) => ({ fail: words[m.lang].todo, missing: words[m.lang].todo, note: w.note, info: "" })[k] ?? "";
  const cells = (list: string[]) => (list.length ? ` <span class="cell">[${esc(list.slice(0, 6).join(", "))}${list.length > 6 ? ` +${list.length - 6}` : ""}]</span>` : "");
  const parts: string[] = [];
  parts.push(`<section class="criterion" id="${anchor(s.id)}" data-id="${esc(s.id)}" data-status="${s.status}">`);
  parts.push(`<h3><span class="sec">${esc(s.id)}</span> ${esc(s.title)} ${badge(s.status, s.statusText)}</h3>`);
  parts.push(`<p class="anlage">${esc(s.anlage)}</p>`);
  // a rule set's criterion without these texts (the law's, issue 13) shows no empty heading
  if (s.requirement) parts.push(`<h4>${esc(w.what)}</h4><p>${esc(s.requirement)}</p>`);
  if (s.figures.length) {
    parts.push(`<h4>${esc(w.figures)}</h4><table class="figures"><thead><tr><th>${esc(w.figure)}</th><th class="num">${esc(w.value)}</th><th>${esc(w.from)}</th></tr></thead><tbody>`);
    parts.push(s.figures.map((f) => `<tr><td>${esc(f.label)}</td><td class="num">${esc(f.value)}</td><td class="cell">${esc(f.cells.join(", "))}</td></tr>`).join(""));
    parts.push(`</tbody></table>`);
  }
  for (const ch of s.charts) parts.push(chartFigure(ch, m));
  for (const name of s.missingCharts) parts.push(`<p class="nodata" data-nodata="${esc(s.id)}">${esc(name)}: ${esc(w.noData)}. ${esc(w.noDataLong)}</p>`);
  parts.push(`<h4>${esc(w.findings)}</h4>`);
  if (s.messages.length) {
    parts.push(`<ul class="messages">${s.messages.map((x) => `<li class="${x.kind}">${kind(x.kind) ? `<span class="kind">${esc(kind(x.kind))}:</span> ` : ""}${esc(x.text)}${cells(x.cells)}</li>`).join("")}</ul>`);
  } else parts.push(`<p>${esc(w.noFindings)}</p>`);
  if (s.nachweis) parts.push(`<h4>${esc(w.nachweis)}</h4><p>${esc(s.nachweis)}</p>`);
  if (s.sources.length) parts.push(`<p class="sources">${esc(w.sources)}: ${s.sources.map((x) => `${esc(x.name)} <span class="cell">${esc(x.cells)}</span>`).join("; ")}</p>`);
  parts.push(`</section>`);
  return parts.join("\n");
}

function roadmap(m: ReportModel): string {
  if (!m.roadmap.length) return "";
  const w = words[m.lang];
  const v = (x: unknown) => (x === null || x === undefined ? "–" : typeof x === "number" ? x.toLocaleString(m.lang === "de" ? "de-DE" : "en-GB", { maximumFractionDigits: 4 }) : String(x));
  return `<section class="part" id="roadmap"><h2>${esc(w.roadmap)}</h2><p>${esc(w.roadmapIntro)}</p>
<table><thead><tr><th>${esc(w.ruleSets)}</th><th>${esc(w.section)}</th><th>${esc(w.binds)}</th><th class="num">${esc(w.limit)}</th><th class="num">${esc(w.value)}</th><th>${esc(w.met)}</th></tr></thead><tbody>
${m.roadmap.map((r) => `<tr data-roadmap="${esc(r.id)}"><td>${esc(r.ruleSet)}</td><td>${esc(r.id)}${r.text ? ` ${esc(r.text[m.lang])}` : ""}</td><td>${esc(r.from)}</td><td class="num">${esc(v(r.limit))}</td><td class="num">${esc(v(r.value))}</td><td>${r.met === null ? "?" : r.met ? "✓" : "✗"}</td></tr>`).join("\n")}
</tbody></table></section>`;
}

function integrity(m: ReportModel): string {
  const w = words[m.lang];
  if (!m.integrity.length) return `<section class="integrity" id="integrity"><h2>${esc(w.integrity)}</h2><p>${esc(w.integrityNone)}</p></section>`;
  return `<section class="part integrity" id="integrity"><h2>${esc(w.integrity)}</h2><p>${esc(w.integrityIntro)}</p>
<table><thead><tr><th>${esc(w.cell)}</th><th>${esc(w.name)}</th><th>${esc(w.found)}</th><th>${esc(w.expected)}</th></tr></thead><tbody>
${m.integrity.map((o) => `<tr data-overwritten="${esc(o.name)}"><td class="cell">${esc(o.cell)}</td><td><code>${esc(o.name)}</code></td><td><code>${esc(o.found === null ? "" : String(o.found))}</code></td><td><code>${esc(o.expected)}</code></td></tr><tr><td colspan="4">${esc(o.message[m.lang])}</td></tr>`).join("\n")}
</tbody></table></section>`;
}

export function reportHtml(m: ReportModel): string {
  const w = words[m.lang];
  const body: string[] = [cover(m)];
  for (const g of m.groups) {
    body.push(`<section class="part summary" id="summary-${esc(g.ruleSet.id)}" data-rule-set="${esc(g.ruleSet.id)}"><h2>${esc(w.summary)}: ${esc(g.ruleSet.title[m.lang])}</h2><p>${esc(w.summaryIntro)}</p>${summaryTable(g.summary, m)}</section>`);
  }
  body.push(roadmap(m));
  for (const g of m.groups) {
    body.push(`<section class="part group" data-rule-set="${esc(g.ruleSet.id)}"><h2>${esc(g.ruleSet.title[m.lang])}: ${esc(m.lang === "de" ? "Kriterien" : "criteria")}</h2>`);
    for (const s of g.sections) body.push(section(s, m));
    body.push(`</section>`);
  }
  body.push(integrity(m));
  return `<!DOCTYPE html>
<html lang="${m.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="deuz report">
<title>${esc(`${w.title}: ${m.meta.dataCentre} (${m.meta.period})`)}</title>
<style>${styles(m)}</style>
</head>
<body>
${body.filter(Boolean).join("\n")}
</body>
</html>
`;
}
