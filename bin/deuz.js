#!/usr/bin/env node
// The `deuz` command: compiled from src/cli by `npm run build` (tsc -p tsconfig.cli.json).
"use strict";
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "lib", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("deuz: not built yet: run `npm ci && npm run build` in the repository first.\n");
  process.exit(2);
}
require(entry).main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
