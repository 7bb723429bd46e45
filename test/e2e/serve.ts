/**
 * For the e2e tests of the built pane: `dist` (or DEUZ_DIST, a build elsewhere) served on localhost, and Debian's
 * Chromium (playwright-core, never a downloaded browser).
 */
import fs from "fs";
import http from "http";
import os from "os";
import path from "path";
import { AddressInfo } from "net";
import { chromium, Browser, Page } from "playwright-core";

export const dist = path.resolve(process.env.DEUZ_DIST ?? path.resolve(__dirname, "../../dist"));

export interface Served {
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

const CHROMIUM = "/usr/bin/chromium";
const MIME: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json", ".png": "image/png", ".xlsx": "application/octet-stream" };

export async function servePane(): Promise<Served> {
  if (!fs.existsSync(path.join(dist, "taskpane.html"))) throw new Error(`${dist}/taskpane.html is missing: run npm run build first (npm test does)`);
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: npm test's pretest installs Debian's chromium`);
  const server = http.createServer((req, res) => {
    const file = path.join(dist, decodeURIComponent(new URL(req.url!, "http://x").pathname));
    const ok = file.startsWith(dist) && fs.existsSync(file) && fs.statSync(file).isFile();
    res.writeHead(ok ? 200 : 404, { "content-type": MIME[path.extname(file)] ?? "application/octet-stream" });
    if (ok) fs.createReadStream(file).pipe(res);
    else res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    browser,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The browser build of the Excel fake (test/e2e/fakeOffice.ts) for this build of the pane, made once per build dir. */
export function fakeOfficeScript(): Promise<string> {
  const { buildFakeOffice } = require("./fakeOffice.build.js");
  return buildFakeOffice(path.join(os.tmpdir(), `deuz-e2e-fake-${path.basename(dist)}`));
}

/** What the fake Excel opens with (test/e2e/fakeOffice.ts reads it from window.__deuzFake). */
export interface FakeBook {
  book?: "example" | "empty";
  lang?: "de" | "en";
  delayMs?: number;
}

/** One e2e file's pane: served and Chromium started once, with what its pages did wrong collected for afterEach. */
export interface PaneRun {
  readonly served: Served;
  /** The fake office.js, built once per build dir. */
  readonly fakeOffice: string;
  pageErrors: string[];
  requests: string[];
  /** A page of the pane inside the fake Excel, opened at `viewport`, its errors and requests collected; after Start shows. */
  open(fake: FakeBook, viewport?: { width: number; height: number }): Promise<Page>;
}

/**
 * The hooks every e2e file of the pane in "Excel" needs: the pane served and Chromium started before its tests,
 * closed after them, and after each test no uncaught page error and (unless `anyRequest`) no request leaving the
 * machine (office.js is answered locally).
 */
export function paneRun(options: { anyRequest?: boolean } = {}): PaneRun {
  let served: Served | undefined;
  let fakeOffice = "";
  const run: PaneRun = {
    get served() {
      if (!served) throw new Error("the pane is served in beforeAll");
      return served;
    },
    get fakeOffice() {
      return fakeOffice;
    },
    pageErrors: [],
    requests: [],
    async open(fake, viewport = { width: 320, height: 900 }) {
      const context = await run.served.browser.newContext({ viewport, locale: fake.lang === "en" ? "en-GB" : "de-DE" });
      const p = await context.newPage();
      p.on("pageerror", (e) => run.pageErrors.push(`${e.name}: ${e.message}`));
      p.on("request", (r) => run.requests.push(r.url()));
      await p.addInitScript((cfg) => { (window as unknown as { __deuzFake: unknown }).__deuzFake = cfg; }, fake);
      await p.route(`${OFFICE_JS}**`, (route) => route.fulfill({ contentType: "text/javascript", path: fakeOffice }));
      await p.goto(`${run.served.base}/taskpane.html`);
      await p.getByTestId("start").waitFor({ timeout: 30_000 });
      return p;
    },
  };
  beforeAll(async () => {
    served = await servePane();
    fakeOffice = await fakeOfficeScript();
  }, 300_000);
  afterAll(() => served?.close());
  afterEach(() => {
    expect(run.pageErrors.splice(0)).toEqual([]);
    const requests = run.requests.splice(0);
    if (!options.anyRequest) expect(requests.filter((u) => !u.startsWith(run.served.base) && !u.startsWith(OFFICE_JS))).toEqual([]);
  });
  return run;
}

const OFFICE_JS = "https://appsforoffice.microsoft.com/";
