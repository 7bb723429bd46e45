/** Figures in messages: the language's marks, written out, equal to what Intl.NumberFormat writes. */
import fc from "fast-check";
import { amountText, percentText, ratioText } from "../../src/engine/criteria/format";

describe("figures in messages", () => {
  test("grouped amounts equal Intl.NumberFormat's in German and English, for any number up to 10¹² (far beyond a year of kWh) and digits", () => {
    fc.assert(fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 4 }), (v, d) => {
      const intl = (locale: string) => new Intl.NumberFormat(locale, { minimumFractionDigits: d, maximumFractionDigits: d }).format(v).replace(/^-0(?=[.,]?0*$)/, "0").replace("−", "-");
      const a = amountText(v, "kWh", d);
      expect(a.de).toBe(`${intl("de-DE")} kWh`);
      expect(a.en).toBe(`${intl("en-GB")} kWh`);
    }), { numRuns: 500 });
  });

  test("a key figure beside its limit gets the digits that tell them apart", () => {
    expect(ratioText(1.3208, 1.3)).toEqual({ de: "1,32", en: "1.32" });
    expect(ratioText(1.3004, 1.3)).toEqual({ de: "1,3004", en: "1.3004" });
    expect(ratioText(1.3)).toEqual({ de: "1,30", en: "1.30" });
    expect(percentText(0.1999, 0.2)).toEqual({ de: "19,99 %", en: "19.99 %" });
    expect(percentText(0.272)).toEqual({ de: "27,2 %", en: "27.2 %" });
    expect(amountText(9_000_000, "kWh")).toEqual({ de: "9.000.000 kWh", en: "9,000,000 kWh" });
  });
});
