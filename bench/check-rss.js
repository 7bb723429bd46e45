/** Runs one `deuz check` in this process and prints its peak resident set size in MB. */
"use strict";
const fs = require("fs");
const path = require("path");
const { checkWorkbook } = require(path.resolve(__dirname, "../lib/workbook/check.js"));
const file = process.argv[2];
checkWorkbook(fs.readFileSync(file), file).then((r) => {
  r.evaluated.destroy();
  console.log(Math.round(process.resourceUsage().maxRSS / 1024));
});
