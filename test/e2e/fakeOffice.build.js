/**
 * Builds test/e2e/fakeOffice.ts for the browser (webpack, as the add-in is built) into `outDir`/fake-office-HASH.js
 * (HASH: of fakeOffice.ts and fakeExcel.js), once per content of those: the e2e test serves it in place of office.js.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");

function buildFakeOffice(outDir) {
  // named for the content of the fake's own two files, so that a change to either builds it again
  const hash = require("crypto").createHash("sha256");
  for (const f of ["fakeOffice.ts", "../taskpane/fakeExcel.js"]) hash.update(fs.readFileSync(path.join(__dirname, f)));
  const file = path.join(outDir, `fake-office-${hash.digest("hex").slice(0, 12)}.js`);
  if (fs.existsSync(file) && !process.env.DEUZ_FAKE_REBUILD) return Promise.resolve(file);
  const root = path.resolve(__dirname, "../..");
  return new Promise((resolve, reject) => {
    webpack({
      mode: "production",
      target: ["web", "es2020"],
      entry: path.join(__dirname, "fakeOffice.ts"),
      output: { path: outDir, filename: path.basename(file) },
      resolve: { extensions: [".ts", ".tsx", ".js"], fallback: { fs: false, path: false } },
      module: { rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, configFile: path.join(root, "tsconfig.json"), compilerOptions: { module: "esnext" } } } }] },
      optimization: { minimize: false, splitChunks: false },
      performance: { hints: false },
    }, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(file);
    });
  });
}

module.exports = { buildFakeOffice };
