/**
 * The task pane's calculator prerendered at build time (issue 12: first result within 500 ms).
 * `node scripts/prerender.js [SOURCES.json]` prints {html, styles} of src/taskpane/prerender.tsx as JSON: files under
 * src/ are transpiled to CommonJS as they are required (typescript's transpileModule), everything else is Node's
 * own (Fluent's and React's CommonJS builds), with NODE_ENV=production as in the bundle. SOURCES.json maps a file
 * to its text: PrerenderPlugin (webpack.config.js) passes the sources exactly as webpack bundled them (after
 * ts-loader), so that the markup is that of the bundle even while the files change under a build; a file the
 * bundle does not hold (prerender.tsx) is read from disk. The plugin runs this in a process of its own for every
 * production build and puts the result into taskpane.html after html-webpack-plugin has minified it (minifying
 * would drop the comments React separates text nodes with, and React would not reuse the markup): the styles
 * before </head>, the markup into <template id="calculator">, which boot.ts shows outside Excel.
 */
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..");

function prerender(sources = {}) {
  const ts = require("typescript");
  const src = path.join(root, "src") + path.sep;
  const compile = (module, file) => {
    const bundled = sources[file];
    const { outputText } = ts.transpileModule(bundled ?? fs.readFileSync(file, "utf8"), {
      fileName: bundled === undefined ? file : file.replace(/\.tsx?$/, ".js"),
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, jsx: ts.JsxEmit.ReactJSX, esModuleInterop: true },
    });
    module._compile(outputText, file);
  };
  for (const ext of [".ts", ".tsx"]) {
    require.extensions[ext] = (module, file) => {
      if (!file.startsWith(src)) throw new Error(`prerender: ${file} is outside src/`);
      compile(module, file);
    };
  }
  return require(path.join(root, "src/taskpane/prerender.tsx")).prerenderCalculator();
}

/** The text of every module under src/ as this compilation bundled it (after its loaders), by file. */
function bundledSources(compilation) {
  const src = path.join(root, "src") + path.sep;
  const sources = {};
  const add = (m) => {
    if (m.modules) for (const inner of m.modules) add(inner);
    if (typeof m.resource === "string" && m.resource.startsWith(src) && typeof m.originalSource === "function") {
      const source = m.originalSource();
      if (source) sources[m.resource] = source.source().toString();
    }
  };
  for (const m of compilation.modules) add(m);
  return sources;
}

class PrerenderPlugin {
  constructor({ filename = "taskpane.html" } = {}) {
    this.filename = filename;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("PrerenderPlugin", (compilation) => {
      // after html-webpack-plugin has written and minified the page (minifying the markup would drop the
      // comments React separates text with, and React would not reuse it)
      compilation.hooks.processAssets.tapPromise({ name: "PrerenderPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER }, async () => {
        const asset = compilation.getAsset(this.filename);
        if (!asset) return;
        const page = asset.source.source().toString();
        const template = /<template id="?calculator"?><\/template>/;
        if (!template.test(page) || !page.includes("</head>")) {
          compilation.errors.push(new Error(`PrerenderPlugin: ${this.filename} has no <template id="calculator"></template> or </head>`));
          return;
        }
        const list = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "deuz-prerender-")), "sources.json");
        fs.writeFileSync(list, JSON.stringify(bundledSources(compilation)));
        let out;
        try {
          out = execFileSync(process.execPath, [__filename, list], { encoding: "utf8", env: { ...process.env, NODE_ENV: "production" }, maxBuffer: 32 << 20, stdio: ["ignore", "pipe", "pipe"] });
        } catch (e) {
          // the pane works without it (boot.ts then leaves the placeholder until React has rendered): a warning, not a failed build
          compilation.warnings.push(new Error(`PrerenderPlugin: the calculator was not prerendered: ${String(e.stderr || e.message).trim().split("\n").slice(-3).join(" ")}`));
          return;
        } finally {
          fs.rmSync(path.dirname(list), { recursive: true, force: true });
        }
        const { html, styles } = JSON.parse(out);
        const filled = page.replace("</head>", () => `${styles}</head>`).replace(template, () => `<template id="calculator">${html}</template>`);
        compilation.updateAsset(this.filename, new sources.RawSource(filled));
      });
    });
  }
}

module.exports = { PrerenderPlugin, prerender };

if (require.main === module) {
  const list = process.argv[2];
  process.stdout.write(JSON.stringify(prerender(list ? JSON.parse(fs.readFileSync(list, "utf8")) : {})));
}
