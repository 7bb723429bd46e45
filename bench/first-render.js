/**
 * Milliseconds from navigation start to the calculator's first result (issue 12: budget 500 ms), in Debian's
 * headless Chromium: the median of RUNS loads (default 9), each in a fresh browser context (no cache).
 * DEUZ_DIST: a build elsewhere (npx webpack --output-path DIR). `--all` prints every load too (on stderr).
 */
"use strict";
const fs = require("fs");
const http = require("http");
const path = require("path");
const { chromium } = require("playwright-core");

const dist = path.resolve(process.env.DEUZ_DIST || path.resolve(__dirname, "../dist"));
const RUNS = Math.max(9, Number(process.env.RUNS) || 9);
(async () => {
  const server = http.createServer((req, res) => {
    const file = path.join(dist, new URL(req.url, "http://x").pathname);
    if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": file.endsWith(".js") ? "text/javascript" : "text/html" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await (await browser.newContext()).newPage();
    await page.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ contentType: "text/javascript", body: "window.Office={HostType:{Excel:'Excel'},onReady:()=>Promise.resolve({host:null})};" }));
    await page.goto(`http://127.0.0.1:${server.address().port}/taskpane.html`);
    await page.getByTestId("pue-value").waitFor();
    times.push(await page.evaluate(() => performance.now()));
    await page.close();
  }
  await browser.close();
  server.close();
  if (process.argv.includes("--all")) console.error(times.map(Math.round).join(" "));
  times.sort((a, b) => a - b);
  console.log(Math.round(times[(times.length - 1) >> 1]));
})().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
