/**
 * Webpack plugin: writes functions-de.json, the German custom-function metadata. Names and ids stay as in
 * functions.json (generated from the JSDoc); descriptions of every function and parameter come from
 * src/functions/strings.de.json, merged by id. A missing or unknown id or parameter fails the build.
 */
"use strict";
const fs = require("fs");
const { sources, WebpackError } = require("webpack");

const PLUGIN = "FunctionsDePlugin";

function localise(metadata, strings) {
  const problems = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(strings)) if (!ids.has(id)) problems.push(`strings.de.json names unknown function ${id}`);
  const functions = metadata.functions.map((f) => {
    const de = strings[f.id];
    if (!de || !de.description) {
      problems.push(`no German description for ${f.id}`);
      return f;
    }
    const params = de.parameters || {};
    const names = new Set((f.parameters || []).map((p) => p.name));
    for (const name of Object.keys(params)) if (!names.has(name)) problems.push(`${f.id}: strings.de.json names unknown parameter ${name}`);
    const parameters = (f.parameters || []).map((p) => {
      if (!params[p.name]) problems.push(`${f.id}: no German description for parameter ${p.name}`);
      return { ...p, description: params[p.name] || p.description };
    });
    return { ...f, description: de.description, ...(f.parameters ? { parameters } : {}) };
  });
  return { json: { ...metadata, functions }, problems };
}

class FunctionsDePlugin {
  constructor({ strings, input = "functions.json", output = "functions-de.json" }) {
    Object.assign(this, { strings, input, output });
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.fileDependencies.add(this.strings);
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(this.input);
        if (!asset) return; // the metadata plugin reported its own error
        let strings;
        try {
          strings = JSON.parse(fs.readFileSync(this.strings, "utf8"));
        } catch (e) {
          compilation.errors.push(new WebpackError(`${PLUGIN}: cannot read ${this.strings}: ${e.message}`));
          return;
        }
        const { json, problems } = localise(JSON.parse(asset.source.source().toString()), strings);
        for (const p of problems) compilation.errors.push(new WebpackError(`${PLUGIN}: ${p}`));
        compilation.emitAsset(this.output, new sources.RawSource(JSON.stringify(json, null, 2)));
      });
    });
  }
}

module.exports = { FunctionsDePlugin, localise };
