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

export async function servePane(): Promise<Served> {
  if (!fs.existsSync(path.join(dist, "taskpane.html"))) throw new Error(`${dist}/taskpane.html is missing: run npm run build first (npm test does)`);
  const server = http.createServer((req, res) => {
    const file = path.join(dist, decodeURIComponent(new URL(req.url!, "http://x").pathname));
    const ok = file.startsWith(dist) && fs.existsSync(file) && fs.statSync(file).isFile();
    res.writeHead(ok ? 200 : 404, { "content-type": file.endsWith(".html") ? "text/html" : file.endsWith(".js") ? "text/javascript" : "application/octet-stream" });
    if (ok) fs.createReadStream(file).pipe(res);
    else res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
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
