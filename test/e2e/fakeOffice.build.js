/**
 * Builds test/e2e/fakeOffice.ts for the browser (webpack, as the add-in is built) into `outDir`/fake-office.js,
 * once per content of its sources: the e2e test serves it in place of office.js.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");

function buildFakeOffice(outDir) {
  const file = path.join(outDir, "fake-office.js");
  if (fs.existsSync(file) && !process.env.DEUZ_FAKE_REBUILD) return Promise.resolve(file);
  const root = path.resolve(__dirname, "../..");
  return new Promise((resolve, reject) => {
    webpack({
      mode: "production",
      target: ["web", "es2020"],
      entry: path.join(__dirname, "fakeOffice.ts"),
      output: { path: outDir, filename: "fake-office.js" },
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
