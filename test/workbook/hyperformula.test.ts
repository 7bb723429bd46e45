import { DetailedCellError } from "hyperformula";
import { createDeuzEngine, normaliseFormula } from "../../src/workbook/hyperformula";

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

describe("_xldudf_ prefix", () => {
  test.each([
    ["=_xldudf_DEUZ.PUE(A1,B1)", "=DEUZ.PUE(A1,B1)"],
    ["=_xldudf_deuz.pue.limit(C1)", "=DEUZ.PUE.LIMIT(C1)"],
    ["=_xldudf_DEUZ_PUE_LIMIT(C1)+_xldudf_DEUZ_CER(A1,B1)", "=DEUZ.PUE.LIMIT(C1)+DEUZ.CER(A1,B1)"],
    ["=SUM(A1:A3)", "=SUM(A1:A3)"],
    ['=IF(A1=TRUE,"TRUE",FALSE)', '=IF(A1=TRUE(),"TRUE",FALSE())'],
    ["='TRUE sheet'!A1+TRUE()", "='TRUE sheet'!A1+TRUE()"],
  ])("%s reads as %s", (stored, normal) => {
    expect(normaliseFormula(stored)).toBe(normal);
  });
});
