/** Milliseconds from navigation start to the calculator's first render, in Debian's headless Chromium. */
"use strict";
const fs = require("fs");
const http = require("http");
const path = require("path");
const { chromium } = require("playwright-core");

const dist = path.resolve(__dirname, "../dist");
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
  for (let i = 0; i < 5; i++) {
    const page = await (await browser.newContext()).newPage();
    await page.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ contentType: "text/javascript", body: "window.Office={HostType:{Excel:'Excel'},onReady:()=>Promise.resolve({host:null})};" }));
    await page.goto(`http://127.0.0.1:${server.address().port}/taskpane.html`);
    await page.getByTestId("pue-value").waitFor();
    times.push(await page.evaluate(() => performance.now()));
    await page.close();
  }
  await browser.close();
  server.close();
  times.sort((a, b) => a - b);
  console.log(Math.round(times[2]));
})().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
