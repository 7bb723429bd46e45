/** Runs one `deuz check` in this process and prints its peak resident set size in MB: `node bench/check-rss.js FILE [inputs|hyperformula]`. */
"use strict";
const fs = require("fs");
const path = require("path");
const { checkWorkbook } = require(path.resolve(__dirname, "../lib/workbook/check.js"));
const file = process.argv[2];
const engine = process.argv[3] ?? "inputs";
checkWorkbook(fs.readFileSync(file), file, { engine }).then((r) => {
  r.evaluated.destroy();
  console.log(Math.round(process.resourceUsage().maxRSS / 1024));
});
