/**
 * Writes assets/DE-UZ-228-Vorlage.xlsx, assets/DE-UZ-228-Template-en.xlsx and assets/DE-UZ-228-Beispiel.xlsx
 * from the template's layout (src/workbook/template) and the documented example scenario
 * (src/workbook/example, docs/example.md), and src/workbook/template/facts.json (what a check knows of the template,
 * src/workbook/templateFacts.ts). Needs lib/ from `npm run build:cli`. Usage: node scripts/gen-assets.js
 */
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const lib = path.join(root, "lib", "workbook", "assets.js");
if (!fs.existsSync(lib)) {
  console.error("gen-assets: lib/ is missing: run npm run build:cli first");
  process.exit(2);
}
const { assetFiles, writeTemplate, writeExample } = require(lib);

async function main() {
  const out = path.join(root, "assets");
  fs.writeFileSync(path.join(out, assetFiles.templateDe), await writeTemplate("de"));
  fs.writeFileSync(path.join(out, assetFiles.templateEn), await writeTemplate("en"));
  fs.writeFileSync(path.join(out, assetFiles.example), await writeExample("de"));
  for (const f of Object.values(assetFiles)) console.log(path.join("assets", f));
  // what a check knows of the template without laying it out (src/workbook/templateFacts.ts); build:cli copies it to lib/
  const facts = path.join("src", "workbook", "template", "facts.json");
  fs.writeFileSync(path.join(root, facts), require(path.join(root, "lib", "workbook", "template", "facts.js")).factsJson());
  console.log(facts);
}
main().catch((e) => {
  console.error(`gen-assets: ${e.message}`);
  process.exit(1);
});
