/** Figures in messages: the language's marks, written out, equal to what Intl.NumberFormat writes. */
import fc from "fast-check";
import { amountText, fixedIn, numberIn, percentText, ratioText } from "../../src/engine/criteria/format";

describe("figures in messages", () => {
  test("grouped amounts equal Intl.NumberFormat's in German and English, for figures with up to 4 decimals up to 10¹²", () => {
    // a figure of exactly d decimals (as metered values are): no half-way digit for the two roundings to differ on
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 4 }), (n, d) => {
      const v = n / 10 ** d;
      const intl = (locale: string) => new Intl.NumberFormat(locale, { minimumFractionDigits: d, maximumFractionDigits: d }).format(v).replace("−", "-");
      const a = amountText(v, "kWh", d);
      expect(a.de).toBe(`${intl("de-DE")} kWh`);
      expect(a.en).toBe(`${intl("en-GB")} kWh`);
    }), { numRuns: 1000 });
  });

  test("a key figure beside its limit gets the digits that tell them apart", () => {
    expect(ratioText(1.3208, 1.3)).toEqual({ de: "1,32", en: "1.32" });
    expect(ratioText(1.3004, 1.3)).toEqual({ de: "1,3004", en: "1.3004" });
    expect(ratioText(1.3)).toEqual({ de: "1,30", en: "1.30" });
    expect(percentText(0.1999, 0.2)).toEqual({ de: "19,99 %", en: "19.99 %" });
    expect(percentText(0.272)).toEqual({ de: "27,2 %", en: "27.2 %" });
    expect(amountText(9_000_000, "kWh")).toEqual({ de: "9.000.000 kWh", en: "9,000,000 kWh" });
  });

  test("tables: at most some decimals without trailing zeros, or exactly some, never grouped", () => {
    expect([numberIn(1.3208, "de", 4), numberIn(8, "de", 4), numberIn(0.8, "en", 4), numberIn(12345.5, "de", 1)]).toEqual(["1,3208", "8", "0.8", "12345,5"]);
    expect([fixedIn(1.5, "de", 2), fixedIn(1.5, "en", 1), fixedIn(-0.0001, "de", 2)]).toEqual(["1,50", "1.5", "0,00"]);
  });
});
