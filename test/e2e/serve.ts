/**
 * For the e2e tests of the built pane: `dist` (or DEUZ_DIST, a build elsewhere) served on localhost, and Debian's
 * Chromium (playwright-core, never a downloaded browser).
 */
import fs from "fs";
import http from "http";
import os from "os";
import path from "path";
import { AddressInfo } from "net";
import { chromium, Browser } from "playwright-core";

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
