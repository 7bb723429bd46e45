/**
 * Writes docs/functions.md, the DEUZ function reference in German and English, from the metadata that
 * Excel reads (dist/functions.json, dist/functions-de.json) and one worked example per function whose
 * result is computed by the engine through HyperFormula (lib/, from `npm run build:cli`).
 * Usage: node scripts/gen-functions-doc.js [--check]   (--check: exit 1 when docs/functions.md differs)
 */
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const need = (file, hint) => {
  if (!fs.existsSync(path.join(root, file))) {
    console.error(`gen-functions-doc: ${file} is missing: run ${hint} first`);
    process.exit(2);
  }
  return path.join(root, file);
};
function load() {
  return {
    en: JSON.parse(fs.readFileSync(need("dist/functions.json", "npm run build"), "utf8")),
    de: JSON.parse(fs.readFileSync(need("dist/functions-de.json", "npm run build"), "utf8")),
    ...require(need("lib/workbook/hyperformula.js", "npm run build:cli")),
    ...require(need("lib/engine/formulas/index.js", "npm run build:cli")),
  };
}

/** One worked example per function, in English formula syntax; ISO dates keep them language-neutral. */
const examples = {
  PUE: '=DEUZ.PUE(1350000, 1000000, 50000)',
  CER: '=DEUZ.CER(9600000, 1100000, 100000)',
  ERF: '=DEUZ.ERF(150000, 1350000)',
  WUE: '=DEUZ.WUE(2500, 1000000)',
  REF: '=DEUZ.REF(1350000, 1350000)',
  ITEU: '=DEUZ.ITEU({0.15,0.25;0.25,0.35})',
  SERVERS: '=DEUZ.SERVERS({"S1";"S2";"G1"},{0.2,0.3,0.1;0.2,0.4,0;0.5,0.6,0.7},3,{"S1";"S2";"G1"},{"Nein";"Nein";"Ja"})',
  STORAGE: '=DEUZ.STORAGE(640, 1000)',
  PIDLE: '=DEUZ.PIDLE({350;450;550}, {0.1;0.3;0.5})',
  SIEC: '=DEUZ.SIEC({350;450;550}, {0.1;0.3;0.5})',
  AREAEFF: '=DEUZ.AREAEFF(1200, 800)',
  COVERAGE: '=DEUZ.COVERAGE(460, 500)',
  "PUE.LIMIT": '=DEUZ.PUE.LIMIT("2019-06-01")',
  "CER.LIMIT": '=DEUZ.CER.LIMIT("2024-03-01", "2024-09-01")',
  "PUE.CHECK": '=DEUZ.PUE.CHECK(1.3, "2019-06-01")',
  "CER.CHECK": '=DEUZ.CER.CHECK(8, "2019-06-01")',
  "ITEU.CHECK": '=DEUZ.ITEU.CHECK(0.2)',
  "REFRIGERANT.CHECK": '=DEUZ.REFRIGERANT.CHECK("R134a", "2020-05-01", 40)',
  "SF6.CHECK": '=DEUZ.SF6.CHECK("SF6", "2024-02-01")',
  "RENEWABLE.CHECK": '=DEUZ.RENEWABLE.CHECK(600000, 1000000, 8000000, TRUE)',
  "WASTEHEAT.CHECK": '=DEUZ.WASTEHEAT.CHECK("2023-06-01", 0.05, 1200, TRUE, TRUE)',
  "PRICING.CHECK": '=DEUZ.PRICING.CHECK(0.42, 0.31)',
  "INFO.CHECK": '=DEUZ.INFO.CHECK(12, "Ja")',
  "PERIOD.CHECK": '=DEUZ.PERIOD.CHECK("2024-12-31", "2025-04-15")',
  "ENEFG.PUE.LIMIT": '=DEUZ.ENEFG.PUE.LIMIT("2015-03-01", "2030-07-01")',
  "ENEFG.PUE.CHECK": '=DEUZ.ENEFG.PUE.CHECK(1.34, "2015-03-01", "2027-07-01")',
  "ENEFG.ERF.MIN": '=DEUZ.ENEFG.ERF.MIN("2027-09-01", "2029-09-01")',
  "ENEFG.RENEWABLE.MIN": '=DEUZ.ENEFG.RENEWABLE.MIN("2027-01-01")',
  VERSION: "=DEUZ.VERSION()",
};

/** English formula syntax to German Excel's: ";" between arguments, "," for decimals, WAHR/FALSCH. */
function germanFormula(formula) {
  const code = (part) =>
    part
      .replace(/\{[^}]*\}/g, (array) => array.replace(/,/g, "|")) // array columns: "." in German Excel
      .replace(/(\d)\.(\d)/g, "$1#$2")
      .replace(/,/g, ";")
      .replace(/\|/g, ".")
      .replace(/#/g, ",")
      .replace(/\bTRUE\b/g, "WAHR")
      .replace(/\bFALSE\b/g, "FALSCH");
  return formula
    .split(/("[^"]*")/)
    .map((part, i) => (i % 2 === 1 ? part : code(part)))
    .join("");
}

function result({ createDeuzEngine, normaliseFormula }, formula) {
  const hf = createDeuzEngine({ doc: [[normaliseFormula(formula)]] });
  const v = hf.getCellValue({ sheet: 0, row: 0, col: 0 });
  hf.destroy();
  if (v && typeof v === "object" && "value" in v) throw new Error(`example ${formula} gives ${v.value}: ${v.message}`);
  return v;
}
const shown = (v, lang) =>
  typeof v === "boolean" ? (lang === "de" ? (v ? "WAHR" : "FALSCH") : v ? "TRUE" : "FALSE")
  : typeof v === "number" ? (lang === "de" ? String(+v.toPrecision(12)).replace(".", ",") : String(+v.toPrecision(12)))
  : `"${v}"`;

function section(lib, fn, lang) {
  const meta = (lang === "de" ? lib.de : lib.en).functions.find((f) => f.id === fn.name);
  const example = examples[fn.name];
  if (!example) throw new Error(`no example for DEUZ.${fn.name}`);
  const value = result(lib, example);
  const signature = `DEUZ.${fn.name}(${fn.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(lang === "de" ? "; " : ", ")})`;
  const lines = [`### \`${signature}\``, "", meta.description, ""];
  if (fn.params.length) {
    lines.push(lang === "de" ? "| Argument | Bedeutung |" : "| Argument | Meaning |", "|---|---|");
    for (const p of meta.parameters) lines.push(`| \`${p.name}\`${p.optional ? (lang === "de" ? " (optional)" : " (optional)") : ""} | ${p.description} |`);
    lines.push("");
  }
  const formula = lang === "de" ? germanFormula(example) : example.replace(/, /g, ",");
  lines.push(`${lang === "de" ? "Beispiel" : "Example"}: \`${formula}\` → \`${shown(value, lang)}\``, "");
  return lines.join("\n");
}

function render() {
  const lib = load();
  const { deuzFunctions } = lib;
  const out = [
    "# DEUZ-Funktionen / DEUZ functions",
    "",
    "<!-- Generated by scripts/gen-functions-doc.js (npm run docs) from dist/functions*.json; do not edit. -->",
    "",
    "DE-UZ 228 (Ausgabe Januar 2023, Version 3) als Excel-Funktionen im Namensraum `DEUZ`. Datumsangaben sind",
    "Excel-Datumswerte oder Text `JJJJ-MM-TT` bzw. `TT.MM.JJJJ`; einzelne Zahlen auch als Text, wie man sie tippt",
    "(`9.000.000`, `19,5`, `40 kW` bei kW-Argumenten; mehrdeutig wie `1.234` ist `#WERT!`), Ja/Nein in jeder",
    "Schreibweise (`x` ist keine Antwort); Energien in kWh, Leistungen in kW, Wasser in m³, Anteile als Bruch",
    "(20 % = 0,2). Energie-Argumente nehmen eine Zahl oder einen Bereich (summiert; leere Zellen fehlen).",
    "Fehler: `#WERT!` falscher Typ, `#ZAHL!` unmögliche Zahl, `#DIV/0!` Nenner 0, `#NV` fehlende Daten.",
    "",
    "The DE-UZ 228 criteria as Excel functions in the namespace `DEUZ`. Dates are Excel dates or text",
    "`YYYY-MM-DD` or `DD.MM.YYYY`; single numbers also as text as people type them (`9,000,000`, `19.5`,",
    "`40 kW` for kW arguments; an ambiguous `1.234` is `#VALUE!`), yes/no in any case (`x` is no answer);",
    "energies in kWh, powers in kW, water in m³, shares as fractions (20 % = 0.2). Energy",
    "arguments take a number or a range (summed; blank cells are missing). Errors: `#VALUE!` wrong type,",
    "`#NUM!` impossible number, `#DIV/0!` zero denominator, `#N/A` missing data.",
    "",
    "| Funktion / function | Abschnitt / section |",
    "|---|---|",
    ...deuzFunctions.map((f) => `| \`DEUZ.${f.name}\` | ${f.section || "–"} |`),
    "",
    "## Deutsch",
    "",
    ...deuzFunctions.map((f) => section(lib, f, "de")),
    "## English",
    "",
    ...deuzFunctions.map((f) => section(lib, f, "en")),
  ];
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}

function main() {
  const target = path.join(root, "docs", "functions.md");
  const text = render();
  if (process.argv.includes("--check")) {
    const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
    if (current !== text) {
      console.error("docs/functions.md is not what scripts/gen-functions-doc.js writes now: run npm run docs");
      process.exit(1);
    }
  } else {
    fs.writeFileSync(target, text);
  }
}

if (require.main === module) main();
module.exports = { germanFormula, render };
