/**
 * The large benchmark workbook: 5,000 servers, 36 months of monitoring, 500 inventory rows (seeded), written with
 * the formulas' cached values as Excel and LibreOffice save them. `node bench/large-workbook.js FILE` writes it;
 * test/workbook/inputs.test.ts checks it on both paths. Needs `npm run build:cli` (lib/).
 */
"use strict";
const fs = require("fs");
const path = require("path");
const root = path.resolve(__dirname, "..");
const { buildTemplate } = require(path.join(root, "lib/workbook/template/build.js"));
const { defaultOptions } = require(path.join(root, "lib/workbook/template/layout.js"));
const { fillCompliant } = require(path.join(root, "lib/workbook/example/scenario.js"));
const { setInput } = require(path.join(root, "lib/workbook/fill.js"));
const { writeBook } = require(path.join(root, "lib/workbook/write.js"));
const { serial } = require(path.join(root, "lib/engine/dates.js"));

const size = { servers: 5000, storageSystems: 200, networkDevices: 300, months: 36 };
const options = { ...defaultOptions, monitoringMonths: 36, inventoryRows: 500, itRows: 5600, cpuRows: 5000, storageRows: 200 };

/** The filled Book. */
function largeBook() {
  const { book } = buildTemplate("de", options);
  fillCompliant(book, "de", size, 5000);
  for (let i = 11; i < 500; i++) {
    setInput(book, "TGA_Bezeichnung", `Umluftkühler ${i}`, i);
    setInput(book, "TGA_Art", "Kältetechnik", i);
    setInput(book, "TGA_Datum", serial("2019-05-15"), i);
    setInput(book, "TGA_Leistung_kW", 40, i);
    setInput(book, "TGA_Kaeltemittel", "R744", i);
  }
  return book;
}

/** The .xlsx bytes, with every formula's cached value (HyperFormula's, as the writer computes them). */
function largeWorkbook() {
  return writeBook(largeBook(), { lang: "de", cachedResults: true });
}

module.exports = { largeBook, largeWorkbook, size, options };

if (require.main === module) largeWorkbook().then((b) => fs.writeFileSync(process.argv[2], b));
