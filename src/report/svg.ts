/**
 * A small SVG chart writer for the report: monthly categories on the x axis, bars (stacked or not) and lines
 * with markers, horizontal reference lines (a limit, the annual figure) labelled directly at the right. No
 * dependency (docs/report.md says why): the output is plain SVG text, inline in the HTML, with a <title> and
 * <desc>; every text escaped.
 *
 * Readable without colour: bars carry patterns as well as colours (Okabe-Ito, distinguishable with the common
 * colour-vision deficiencies and in greyscale by their lightness), markers differ in shape, reference lines in
 * dash and width, and each line is named where it ends.
 */
import { esc } from "./escape";

export type Paint = { colour: string; pattern: "solid" | "diagonal" | "dots" | "cross" | "horizontal" };

/** Okabe & Ito's palette, each with its pattern. */
export const PAINTS = {
  blue: { colour: "#0072B2", pattern: "solid" },
  sky: { colour: "#56B4E9", pattern: "diagonal" },
  orange: { colour: "#E69F00", pattern: "dots" },
  vermillion: { colour: "#D55E00", pattern: "cross" },
  green: { colour: "#009E73", pattern: "horizontal" },
  purple: { colour: "#CC79A7", pattern: "solid" },
} satisfies Record<string, Paint>;

export interface Category {
  label: string;
  /** A second line under the label (the year under January and under the first month). */
  sub?: string;
}

export interface BarSeries {
  kind: "bar";
  name: string;
  values: (number | null)[];
  paint: Paint;
}

export interface LineSeries {
  kind: "line";
  name: string;
  values: (number | null)[];
  colour: string;
  /** Points drawn as a triangle instead of a circle (e.g. a month above its limit), with the legend's words. */
  flagged?: { test: (v: number, i: number) => boolean; name: string };
}

export interface Reference {
  name: string;
  value: number;
  style: "limit" | "annual";
  /** The words at the line's right end ("Grenzwert 1,30"). */
  label: string;
}

export interface ChartSpec {
  id: string;
  title: string;
  /** One sentence for screen readers: what the chart shows and its main number. */
  description: string;
  yLabel: string;
  categories: Category[];
  series: (BarSeries | LineSeries)[];
  stacked?: boolean;
  references?: Reference[];
  /** Tick labels in the language's number format. */
  tick: (v: number) => string;
  /** Lower end of the axis (bars always start at 0); default 0. */
  yMin?: number;
  yMax?: number;
}

/** The drawing's size and margins; `refLabels`: each reference line named at its right end (else in the legend only). */
export interface Layout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  refLabels: boolean;
}

/** The report's A4 page. */
export const REPORT_LAYOUT: Layout = { width: 720, height: 320, margin: { top: 16, right: 170, bottom: 58, left: 78 }, refLabels: true };
/** The task pane's Übersicht (issue 15): about as wide as the pane, so that its text stays readable at 320 px. */
export const PANE_LAYOUT: Layout = { width: 340, height: 280, margin: { top: 12, right: 14, bottom: 58, left: 62 }, refLabels: false };
const INK = "#1a1a1a";
const GRID = "#d0d0d0";

/** Round tick steps: 1, 2, 2.5, 5 × 10^n, about `count` of them. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) max = min + 1;
  const raw = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * mag).find((s) => s >= raw) ?? 10 * mag;
  const from = Math.floor(min / step + 1e-9) * step;
  const ticks: number[] = [];
  for (let v = from; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks[ticks.length - 1] < max - 1e-9) ticks.push(Number((ticks[ticks.length - 1] + step).toPrecision(12)));
  return ticks;
}

const n = (v: number) => (Math.round(v * 10) / 10).toString();

function patternDefs(id: string, paints: Paint[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of paints) {
    const key = patternId(id, p);
    if (seen.has(key) || p.pattern === "solid") continue;
    seen.add(key);
    const mark = {
      diagonal: `<path d="M-1,1 l2,-2 M0,8 l8,-8 M7,9 l2,-2" stroke="${INK}" stroke-width="1.3"/>`,
      dots: `<circle cx="4" cy="4" r="1.6" fill="${INK}"/>`,
      cross: `<path d="M0,0 L8,8 M8,0 L0,8" stroke="#fff" stroke-width="1.3"/>`,
      horizontal: `<path d="M0,2 H8 M0,6 H8" stroke="${INK}" stroke-width="1"/>`,
    }[p.pattern];
    out.push(`<pattern id="${key}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="${p.colour}"/>${mark}</pattern>`);
  }
  return out.join("");
}

const patternId = (id: string, p: Paint) => `${id}-${p.colour.slice(1)}-${p.pattern}`;
const fillOf = (id: string, p: Paint) => (p.pattern === "solid" ? p.colour : `url(#${patternId(id, p)})`);

function marker(x: number, y: number, flagged: boolean, colour: string): string {
  if (!flagged) return `<circle cx="${n(x)}" cy="${n(y)}" r="3.6" fill="${colour}" stroke="#fff" stroke-width="1"/>`;
  return `<path d="M${n(x)},${n(y - 6)} l5.5,9.5 h-11 z" fill="${INK}" stroke="#fff" stroke-width="1"/>`;
}

/** Label positions at the right end of the reference lines, pushed apart so that none overlaps. */
function spread(ys: number[], gap = 13): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  for (let k = 1; k < order.length; k++) if (order[k].y - order[k - 1].y < gap) order[k].y = order[k - 1].y + gap;
  const out = new Array<number>(ys.length);
  for (const o of order) out[o.i] = o.y;
  return out;
}

/** The chart as an SVG element (role="img", labelled by its title and description). */
export function chartSvg(spec: ChartSpec, layout: Layout = REPORT_LAYOUT): string {
  const { id, categories } = spec;
  const { width: W, height: H, margin: M } = layout;
  const PW = W - M.left - M.right;
  const PH = H - M.top - M.bottom;
  const refs = spec.references ?? [];
  const bars = spec.series.filter((s): s is BarSeries => s.kind === "bar");
  const lines = spec.series.filter((s): s is LineSeries => s.kind === "line");
  // the axis spans every value shown: bars (stacked: their sums), line points, reference lines
  const values: number[] = [...refs.map((r) => r.value)];
  for (let i = 0; i < categories.length; i++) {
    if (spec.stacked) values.push(bars.reduce((a, s) => a + (s.values[i] ?? 0), 0));
    else for (const s of bars) if (s.values[i] !== null) values.push(s.values[i]!);
    for (const s of lines) if (s.values[i] !== null) values.push(s.values[i]!);
  }
  const lo = Math.min(spec.yMin ?? 0, ...values);
  const hi = Math.max(spec.yMax ?? lo, ...values);
  const ticks = niceTicks(lo, hi);
  const y0 = ticks[0];
  const y1 = ticks[ticks.length - 1];
  const y = (v: number) => M.top + PH - ((v - y0) / (y1 - y0)) * PH;
  const band = PW / Math.max(1, categories.length);
  const cx = (i: number) => M.left + band * (i + 0.5);
  const parts: string[] = [];
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const open = (height: number) =>
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" role="img" aria-labelledby="${titleId} ${descId}" class="chart" id="${esc(id)}">`;
  parts.push("");
  parts.push(`<title id="${titleId}">${esc(spec.title)}</title><desc id="${descId}">${esc(spec.description)}</desc>`);
  parts.push(`<defs>${patternDefs(id, bars.map((b) => b.paint))}</defs>`);
  // grid and y axis
  for (const t of ticks) {
    parts.push(`<line x1="${M.left}" x2="${M.left + PW}" y1="${n(y(t))}" y2="${n(y(t))}" stroke="${GRID}" stroke-width="0.8"/>`);
    parts.push(`<text x="${M.left - 6}" y="${n(y(t) + 4)}" text-anchor="end" class="tick">${esc(spec.tick(t))}</text>`);
  }
  parts.push(`<text transform="translate(16 ${M.top + PH / 2}) rotate(-90)" text-anchor="middle" class="axis">${esc(spec.yLabel)}</text>`);
  // bars
  const barWidth = Math.min(34, band * (spec.stacked || bars.length <= 1 ? 0.64 : 0.8 / bars.length));
  categories.forEach((_, i) => {
    let base = 0;
    bars.forEach((s, k) => {
      const v = s.values[i];
      if (v === null || v === undefined) return;
      const x = spec.stacked || bars.length <= 1 ? cx(i) - barWidth / 2 : cx(i) - (barWidth * bars.length) / 2 + k * barWidth;
      const from = spec.stacked ? base : 0;
      const top = y(from + v);
      const bottom = y(Math.max(from, y0));
      parts.push(`<rect x="${n(x)}" y="${n(Math.min(top, bottom))}" width="${n(barWidth)}" height="${n(Math.abs(bottom - top))}" fill="${fillOf(id, s.paint)}" stroke="${INK}" stroke-width="0.6"><title>${esc(`${categories[i].label}${categories[i].sub ? " " + categories[i].sub : ""}: ${s.name} ${spec.tick(v)}`)}</title></rect>`);
      if (spec.stacked) base += v;
    });
  });
  // reference lines, labelled at their right end
  const labelYs = spread(refs.map((r) => y(r.value)));
  refs.forEach((r, k) => {
    const yy = n(y(r.value));
    const dash = r.style === "limit" ? ` stroke-dasharray="7 4"` : "";
    parts.push(`<line x1="${M.left}" x2="${M.left + PW}" y1="${yy}" y2="${yy}" stroke="${INK}" stroke-width="${r.style === "limit" ? 1.6 : 2.4}"${dash}/>`);
    if (layout.refLabels) parts.push(`<text x="${M.left + PW + 6}" y="${n(labelYs[k] + 4)}" class="ref">${esc(r.label)}</text>`);
  });
  // lines with markers
  for (const s of lines) {
    let path = "";
    s.values.forEach((v, i) => {
      if (v === null) {
        path += " ";
        return;
      }
      path += `${path === "" || path.endsWith(" ") ? "M" : "L"}${n(cx(i))},${n(y(v))}`;
    });
    parts.push(`<path d="${path.trim().replace(/ +/g, " ")}" fill="none" stroke="${s.colour}" stroke-width="1.6"/>`);
    s.values.forEach((v, i) => {
      if (v !== null) parts.push(marker(cx(i), y(v), s.flagged?.test(v, i) ?? false, s.colour));
    });
  }
  // x axis: month and, under the first month and each January, the year
  parts.push(`<line x1="${M.left}" x2="${M.left + PW}" y1="${M.top + PH}" y2="${M.top + PH}" stroke="${INK}" stroke-width="1"/>`);
  categories.forEach((c, i) => {
    parts.push(`<text x="${n(cx(i))}" y="${M.top + PH + 15}" text-anchor="middle" class="tick">${esc(c.label)}</text>`);
    if (c.sub) parts.push(`<text x="${n(cx(i))}" y="${M.top + PH + 29}" text-anchor="middle" class="tick">${esc(c.sub)}</text>`);
  });
  // legend: a swatch of each bar series (its pattern), each line and its flagged marker, each reference line;
  // wrapped into rows under the axis
  const items: { swatch: string; label: string }[] = [];
  for (const s of bars) items.push({ swatch: `<rect x="0" y="-6" width="13" height="11" fill="${fillOf(id, s.paint)}" stroke="${INK}" stroke-width="0.6"/>`, label: s.name });
  for (const s of lines) {
    items.push({ swatch: `<line x1="0" x2="13" y1="0" y2="0" stroke="${s.colour}" stroke-width="1.6"/><circle cx="6.5" cy="0" r="3.4" fill="${s.colour}" stroke="#fff"/>`, label: s.name });
    if (s.flagged && s.values.some((v, i) => v !== null && s.flagged!.test(v, i))) items.push({ swatch: `<path d="M6.5,-6 l5.5,9.5 h-11 z" fill="${INK}"/>`, label: s.flagged.name });
  }
  for (const r of refs) items.push({ swatch: `<line x1="0" x2="13" y1="0" y2="0" stroke="${INK}" stroke-width="${r.style === "limit" ? 1.6 : 2.4}"${r.style === "limit" ? ` stroke-dasharray="4 2"` : ""}/>`, label: r.name });
  const legend: string[] = [];
  let lx = 16;
  let ly = H - 10;
  for (const it of items) {
    const width = 26 + it.label.length * 6.3;
    if (lx > 16 && lx + width > W - 8) {
      lx = 16;
      ly += 17;
    }
    legend.push(`<g transform="translate(${n(lx)} ${ly})">${it.swatch}<text x="18" y="4" class="legend">${esc(it.label)}</text></g>`);
    lx += width;
  }
  const height = ly + 10;
  parts.push(...legend);
  parts.push("</svg>");
  parts[0] = open(height);
  return parts.join("");
}
