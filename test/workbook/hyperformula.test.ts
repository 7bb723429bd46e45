import { DetailedCellError, HyperFormula, RawTranslationPackage } from "hyperformula";
import { deuzFunctions } from "../../src/engine/formulas";
import { createDeuzEngine, normaliseFormula, registerDeuz } from "../../src/workbook/hyperformula";

// HyperFormula's German function names (its typings for the subpath need moduleResolution node16)
const deDE = (require("hyperformula/commonjs/i18n/languages/deDE") as { default: RawTranslationPackage }).default;

function values(rows: unknown[][]) {
  const hf = createDeuzEngine({ s: rows as never });
  const out = hf.getSheetValues(0);
  hf.destroy();
  return out;
}

describe("HyperFormula adapter", () => {
  test("DEUZ functions read ranges with blanks as missing months", () => {
    const [[, , pue, mismatch]] = values([
      [130, 100, "=DEUZ.PUE(A1:A3,B1:B3)", "=DEUZ.PUE(A1:A4,B1:B4)"],
      [260, 100],
      [null, null],
      [10, null],
    ]);
    expect(pue).toBeCloseTo(1.95, 12);
    expect((mismatch as DetailedCellError).value).toBe("#N/A");
    expect((mismatch as DetailedCellError).message).toMatch(/row 4, column 1/);
  });
  test.each([
    ["=DEUZ.PUE(\"abc\",1)", "#VALUE!"],
    ["=DEUZ.PUE(1,2)", "#NUM!"],
    ["=DEUZ.PUE(1,0)", "#DIV/0!"],
    ["=DEUZ.REFRIGERANT.CHECK(\"R-999\",DATE(2020,1,1),40)", "#N/A"],
  ])("%s is %s with a message", (formula, code) => {
    const [[v]] = values([[formula]]);
    expect((v as DetailedCellError).value).toBe(code);
    expect((v as DetailedCellError).message.length).toBeGreaterThan(10);
  });
  test("an error in an argument propagates as that error", () => {
    const [[, v]] = values([["=1/0", "=DEUZ.PUE(A1,1)"]]);
    expect((v as DetailedCellError).value).toBe("#DIV/0!");
  });
  test("dates are Excel serials: DATE(2024,1,1) = 45292 and the limit tables read them", () => {
    const [[d, limit]] = values([["=DATE(2024,1,1)", "=DEUZ.CER.LIMIT(A1)"]]);
    expect(d).toBe(45292);
    expect(limit).toBe(9);
  });
});

describe("arguments as HyperFormula hands them over", () => {
  test("an error inside a range propagates as that error", () => {
    const [[, , v]] = values([[130, 100, "=DEUZ.PUE(A1:A2,B1:B2)"], ["=NA()", 100]]);
    expect((v as DetailedCellError).value).toBe("#N/A");
  });
  test("a range parameter takes a number, a single cell or a range", () => {
    const [[a, b, p1, p2, p3]] = values([[1300, 1000, "=DEUZ.PUE(1300,1000)", "=DEUZ.PUE(A1,B1)", "=DEUZ.PUE(A1:A1,B1:B1)"]]);
    expect([a, b, p1, p2, p3]).toEqual([1300, 1000, 1.3, 1.3, 1.3]);
  });
  test("a scalar parameter takes a single cell; a larger range is #VALUE!, not an array of results", () => {
    const [[, one, oneByOne, two, sum]] = values([
      [0.3, "=DEUZ.ITEU.CHECK(A1)", "=DEUZ.ITEU.CHECK(A1:A1)", "=DEUZ.ITEU.CHECK(A1:A2)", "=SUM(DEUZ.ITEU.CHECK(A1:A2))"],
      [0.1],
    ]);
    expect([one, oneByOne]).toEqual([true, true]);
    expect((two as DetailedCellError).value).toBe("#VALUE!");
    expect((sum as DetailedCellError).value).toBe("#VALUE!");
  });
  test("optional arguments may be left out or left empty", () => {
    const [[omitted, empty, both]] = values([["=DEUZ.PUE(1300,1000)", "=DEUZ.PUE(1300,1000,)", "=DEUZ.CER.LIMIT(DATE(2024,1,1),,)"]]);
    expect([omitted, empty, both]).toEqual([1.3, 1.3, 9]);
  });
  test("a blank cell for a required value is missing data (#N/A), typed text is #VALUE!", () => {
    const [[, missing, text]] = values([[null, "=DEUZ.ITEU.CHECK(A1)", '=DEUZ.ITEU.CHECK("viel")']]);
    expect((missing as DetailedCellError).value).toBe("#N/A");
    expect((text as DetailedCellError).value).toBe("#VALUE!");
  });
  test("a date-formatted or percent number arrives as its number", () => {
    const [[d, p, limit, check]] = values([["2020-01-01", "25%", "=DEUZ.PUE.LIMIT(A1)", "=DEUZ.ITEU.CHECK(B1)"]]);
    expect([d, p, limit, check]).toEqual([43831, 0.25, 1.3, true]);
  });
});

test("numbers with an exponent as Excel writes them (1E-3) evaluate", () => {
  const [[v]] = values([[normaliseFormula("=DEUZ.PUE(1.3E+3,1E3)")]]);
  expect(v).toBe(1.3);
});

test("a function Excel stored with _xlfn. evaluates; one HyperFormula lacks gives #NAME?", () => {
  const [[ifna, unknown]] = values([[normaliseFormula("=_xlfn.IFNA(NA(),7)"), normaliseFormula("=_xlfn.NOSUCHFN(1)")]]);
  expect(ifna).toBe(7);
  expect(unknown).toMatchObject({ type: "NAME" });
});

describe("registration", () => {
  test("every function of the engine table is registered under its dotted name", () => {
    registerDeuz();
    const registered = HyperFormula.getRegisteredFunctionNames("enGB");
    for (const f of deuzFunctions) expect(registered).toContain(`DEUZ.${f.name}`);
    // called with no arguments most are an error (wrong number of arguments, missing data), none #NAME?
    const hf = createDeuzEngine({ s: [deuzFunctions.map((f) => `=DEUZ.${f.name}()`), ["=DEUZ.NOSUCH()"]] });
    const [called, [unknown]] = hf.getSheetValues(0);
    hf.destroy();
    expect(called).toHaveLength(deuzFunctions.length);
    for (const v of called) expect(v instanceof DetailedCellError ? v.type : "value").not.toBe("NAME");
    expect((unknown as DetailedCellError).type).toBe("NAME");
  });
  test("registering again changes nothing", () => {
    registerDeuz();
    registerDeuz();
    const [[v]] = values([["=DEUZ.PUE(1300,1000)"]]);
    expect(v).toBe(1.3);
  });
  test("a language registered after the plugin knows the DEUZ names too (the same in German)", () => {
    registerDeuz();
    if (!HyperFormula.getRegisteredLanguagesCodes().includes("deDE")) HyperFormula.registerLanguage("deDE", deDE);
    const hf = createDeuzEngine({ s: [["=DEUZ.PUE(1300;1000)", "=WENN(DEUZ.ITEU.CHECK(0,2);1;0)", "=DEUZ.PUE.LIMIT(DATUM(2020;1;1))"]] }, {
      language: "deDE",
      functionArgSeparator: ";",
      decimalSeparator: ",",
      thousandSeparator: ".",
    });
    expect(hf.getSheetValues(0)).toEqual([[1.3, 1, 1.3]]);
    expect(hf.getCellFormula({ sheet: 0, row: 0, col: 0 })).toBe("=DEUZ.PUE(1300;1000)");
    hf.destroy();
  });
});

describe("_xldudf_ prefix", () => {
  test.each([
    ["=_xldudf_DEUZ.PUE(A1,B1)", "=DEUZ.PUE(A1,B1)"],
    ["=_xldudf_deuz.pue.limit(C1)", "=DEUZ.PUE.LIMIT(C1)"],
    ["=_xldudf_DEUZ_PUE_LIMIT(C1)+_xldudf_DEUZ_CER(A1,B1)", "=DEUZ.PUE.LIMIT(C1)+DEUZ.CER(A1,B1)"],
    ["=SUM(A1:A3)", "=SUM(A1:A3)"],
    ["=A1*1E-3+1.5E+3-.5E2+E1*2E3", "=A1*1e-3+1.5e+3-.5e2+E1*2e3"],
    ['=Sheet1E2!A1&"1E3"&E10&E1E2', '=Sheet1E2!A1&"1E3"&E10&E1E2'],
    ['=IF(A1=TRUE,"TRUE",FALSE)', '=IF(A1=TRUE(),"TRUE",FALSE())'],
    ["='TRUE sheet'!A1+TRUE()", "='TRUE sheet'!A1+TRUE()"],
    ["=_xlfn.IFNA(A1,0)+_xlfn.STDEV.S(B1:B3)", "=IFNA(A1,0)+STDEV.S(B1:B3)"],
    ["=SUM(_xlfn._xlws.FILTER(A1:A3,B1:B3>0))", "=SUM(FILTER(A1:A3,B1:B3>0))"],
    ['=_xlfn.CONCAT("_xlfn.IFS(",A1)', '=CONCAT("_xlfn.IFS(",A1)'],
  ])("%s reads as %s", (stored, normal) => {
    expect(normaliseFormula(stored)).toBe(normal);
  });
});
