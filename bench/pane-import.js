/**
 * import_pane_longest_task_ms and import_pane_100mb_ms (issue 14: "the task pane's import of a 100 MB CSV does not
 * freeze the pane"): "Daten importieren" of the built pane in Debian's headless Chromium (playwright-core, as
 * bench/first-render.js), against the browser build of the Excel fake holding the filled example (test/e2e/
 * fakeOffice.ts; reporting period 2024, 320 servers in Anlage 4.1). The file is what a monitoring system exports for
 * them: a year of hourly CPU utilisation of the 320 servers, German (`;`, local time with seconds, percent with a
 * decimal comma), 2.8 million rows, some 98 MB, generated here into a temporary directory and deleted after.
 *
 * Each run (RUNS, default 3, each in a fresh browser context) opens the Import tab, installs its observers, picks the
 * file (setInputFiles with the path: the page gets a File, nothing is copied through the protocol) and waits for the
 * preview. Measured in the page, from the input's change event: the time until the preview is in the page; every
 * long task of the main thread (PerformanceObserver "longtask": a task over 50 ms) until a second after, each with
 * the phase it fell in (reading the file, the preview's Excel sync and plan, drawing the preview); the moments the
 * progress text changed (its longest silence while reading); and, every 100 ms during the import, a key press
 * (Shift) whose answer the page paints: its Event Timing duration, from the press to the next paint (entries of
 * 16 ms and more; fewer mean faster). Prints one JSON line: the median run's figures and every run's; DEBUG=1 also
 * every long task on stderr; YIELD=message hides scheduler.yield from the pane (its turns then go by MessageChannel).
 *
 * `node bench/pane-import.js` needs the production build (npm run build, or DEUZ_DIST=DIR for a build elsewhere:
 * npx webpack --mode production --output-path DIR) and lib/ (npm run build:cli) for Berlin's daylight saving.
 */
"use strict";
const fs = require("fs");
const http = require("http");
const os = require("os");
const path = require("path");
const { chromium } = require("playwright-core");

const root = path.resolve(__dirname, "..");
const dist = path.resolve(process.env.DEUZ_DIST || path.join(root, "dist"));
const RUNS = Math.max(1, Number(process.env.RUNS) || 3);
/** The example's servers (src/workbook/example/scenario.ts exampleSize): SRV-0001 … SRV-0320, the first 8 GPU. */
const SERVERS = 320;

/** The CSV: every hour of 2024 in UTC written as German wall-clock time (the October hour twice, as exports do). */
function generate(file) {
  const { berlinOffset } = require(path.join(root, "lib/workbook/import/time.js"));
  const fd = fs.openSync(file, "w");
  fs.writeSync(fd, "Server;Zeitstempel;CPU-Auslastung [%]\n");
  const ids = Array.from({ length: SERVERS }, (_, i) => `SRV-${String(i + 1).padStart(4, "0")};`);
  const two = (n) => (n < 10 ? "0" : "") + n;
  let rows = 0;
  let chunk = "";
  for (let t = Date.UTC(2023, 11, 31, 23), h = 0; t < Date.UTC(2024, 11, 31, 23); t += 3_600_000, h++) {
    const d = new Date(t + berlinOffset(t) * 60_000);
    const stamp = `${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${two(d.getUTCHours())}:00:00;`;
    for (let s = 0; s < SERVERS; s++) {
      const v = (s * 7919 + h * 104729) % 10_000; // hundredths of a percent
      chunk += `${ids[s]}${stamp}${Math.floor(v / 100)},${two(v % 100)}\n`;
    }
    rows += SERVERS;
    if (chunk.length > 1 << 20) {
      fs.writeSync(fd, chunk);
      chunk = "";
    }
  }
  fs.writeSync(fd, chunk);
  fs.closeSync(fd);
  return rows;
}

/** Runs in the page once the Import tab is open, before the pick: observers, and the pick's moment. */
function observe() {
  const w = window;
  const m = (w.__bench = { longtasks: [], events: [], progress: [], picked: undefined, preview: undefined });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) m.longtasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: "longtask" });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (m.picked !== undefined) m.events.push({ name: e.name, start: e.startTime, duration: e.duration }); })
    .observe({ type: "event", durationThreshold: 16 });
  document.querySelector('[data-testid="import-file"]').addEventListener("change", () => { m.picked = performance.now(); }, true);
  let last = "";
  new MutationObserver(() => {
    const now = performance.now();
    const text = document.querySelector('[data-testid="import-progress"]')?.textContent ?? "";
    if (text && text !== last) {
      last = text;
      m.progress.push({ at: now, text });
    }
    if (m.preview === undefined && document.querySelector('[data-testid="import-preview"], [data-testid="import-message"]')) m.preview = now;
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
}

async function once(browser, base, fakeOffice, csv) {
  const context = await browser.newContext({ viewport: { width: 360, height: 1000 }, locale: "de-DE" });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript((cfg) => { window.__deuzFake = cfg; }, { book: "example", lang: "de" });
  // YIELD=message: the pane as in a browser without scheduler.yield (Safari, so Excel on the Mac)
  if (process.env.YIELD === "message") await page.addInitScript(() => { Object.defineProperty(window, "scheduler", { value: undefined }); });
  await page.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ contentType: "text/javascript", path: fakeOffice }));
  await page.goto(`${base}/taskpane.html`);
  await page.getByTestId("start").waitFor({ timeout: 60_000 });
  await page.getByTestId("tab-import").click();
  await page.getByTestId("import").waitFor({ timeout: 60_000 });
  // the import's code is its own chunk: loaded before the pick, as a user who opened the tab a moment ago has it
  await page.waitForTimeout(500);
  await page.evaluate(observe);
  await page.getByTestId("import-file").setInputFiles(csv);
  // a key press every 100 ms until the preview (or an error) is in the page
  const acks = [];
  const t0 = Date.now();
  for (;;) {
    const done = await page.evaluate(() => window.__bench.preview !== undefined);
    if (done) break;
    if (Date.now() - t0 > 600_000) throw new Error("no preview after 10 minutes");
    const s = Date.now();
    await page.keyboard.press("Shift");
    acks.push(Date.now() - s);
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(1000);
  const m = await page.evaluate(() => {
    const mark = (name) => performance.getEntriesByName(name, "mark").pop()?.startTime;
    return { ...window.__bench, read: mark("deuz-import-read"), planned: mark("deuz-import-planned") };
  });
  // DEBUG=1: every long task (start after the pick, duration) and the phases' marks, on stderr
  if (process.env.DEBUG) console.error(JSON.stringify({ tasks: m.longtasks.map((t) => [Math.round(t.start - m.picked), Math.round(t.duration)]), read: m.read - m.picked, planned: m.planned - m.picked, preview: m.preview - m.picked }));
  const message = await page.getByTestId("import-message").count() ? await page.getByTestId("import-message").textContent() : null;
  if (message) throw new Error(`the pane refused the file: ${message}`);
  const preview = [await page.getByTestId("import-to-write").textContent(), await page.getByTestId("import-conflicts").count() ? await page.getByTestId("import-conflicts").textContent() : ""];
  await context.close();
  if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
  // a task is in the phase its middle falls in: reading the file, the workbook's sync and the plan, drawing the preview
  const phase = (start, duration) => { const t = start + duration / 2; return t < (m.read ?? m.preview) ? "reading" : t < (m.planned ?? m.preview) ? "planning" : "drawing"; };
  const tasks = m.longtasks.filter((t) => t.start + t.duration >= m.picked && t.start <= m.preview + 1000).map((t) => ({ ...t, phase: phase(t.start, t.duration) }));
  const longest = tasks.reduce((a, t) => (t.duration > a.duration ? t : a), { duration: 0, phase: "-" });
  const reading = [m.picked, ...m.progress.filter((p) => p.at < (m.read ?? m.preview)).map((p) => p.at)];
  const gaps = reading.slice(1).map((at, i) => at - reading[i]);
  const keys = m.events.filter((e) => e.name === "keydown" && e.start < m.preview);
  const round = (x) => Math.round(x);
  return {
    totalMs: round(m.preview - m.picked),
    readingMs: round((m.read ?? m.preview) - m.picked),
    planningMs: round((m.planned ?? m.preview) - (m.read ?? m.preview)),
    drawingMs: round(m.preview - (m.planned ?? m.preview)),
    longestTaskMs: round(longest.duration),
    longestTaskPhase: longest.phase,
    longTasks: tasks.length,
    longTasksByPhase: ["reading", "planning", "drawing"].map((p) => `${p} ${tasks.filter((t) => t.phase === p).length}`).join(", "),
    progressUpdates: reading.length - 1,
    progressLongestGapMs: round(Math.max(0, ...gaps)),
    keyPresses: acks.length,
    keyAnswerMaxMs: round(Math.max(0, ...keys.map((e) => e.duration))),
    keyAnswersOver16ms: keys.length,
    keyAckMaxMs: round(Math.max(0, ...acks)),
    preview: preview.map((t) => (t ?? "").split(/[.:]/)[0]).filter(Boolean).join("; "),
  };
}

async function measure() {
  for (const need of [path.join(dist, "taskpane.html"), path.join(root, "lib/workbook/import/time.js")]) {
    if (!fs.existsSync(need)) throw new Error(`${need} is missing: run npm run build first`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deuz-bench-pane-import-"));
  let server;
  let browser;
  try {
    const csv = path.join(dir, "cpu-2024.csv");
    const g0 = Date.now();
    const rows = generate(csv);
    const genMs = Date.now() - g0;
    const mb = fs.statSync(csv).size / 1e6;
    const { buildFakeOffice } = require(path.join(root, "test/e2e/fakeOffice.build.js"));
    const fakeOffice = await buildFakeOffice(path.join(os.tmpdir(), `deuz-e2e-fake-${path.basename(dist)}`));
    server = http.createServer((req, res) => {
      const file = path.join(dist, decodeURIComponent(new URL(req.url, "http://x").pathname));
      if (!file.startsWith(dist) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return res.writeHead(404).end();
      res.writeHead(200, { "content-type": file.endsWith(".js") ? "text/javascript" : file.endsWith(".html") ? "text/html" : "application/octet-stream" });
      fs.createReadStream(file).pipe(res);
    });
    await new Promise((r) => server.listen(0, "127.0.0.1", r));
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
    const base = `http://127.0.0.1:${server.address().port}`;
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await once(browser, base, fakeOffice, csv));
    const median = (key) => [...runs.map((r) => r[key])].sort((a, b) => a - b)[(runs.length - 1) >> 1];
    return {
      name: "import_pane_longest_task_ms",
      longestTaskMs: median("longestTaskMs"),
      totalMs: median("totalMs"),
      rows,
      mb: Math.round(mb * 10) / 10,
      generateMs: genMs,
      load: os.loadavg().map((x) => Math.round(x * 100) / 100),
      runs,
    };
  } finally {
    await browser?.close();
    server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { measure };

if (require.main === module) {
  measure().then((r) => console.log(JSON.stringify(r)), (e) => {
    console.error(e.message);
    process.exit(1);
  });
}
