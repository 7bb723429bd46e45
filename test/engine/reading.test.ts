/**
 * The reading layer (src/engine/reading.ts): each reader with the values it takes and the values it refuses,
 * and properties over any input: numbers formatted in German or English come back as the number (or are refused
 * as ambiguous, never misread), dates written in ISO or German come back as their serial, and no reader throws.
 */
import fc from "fast-check";
import { serial, toIsoDate, serialToYmd } from "../../src/engine/dates";
import {
  isBlankCell, NO_WORDS, parseNumberText, readDate, Reading, readNumber, readRefrigerant, readShare, readWord, readYesNo,
  shownRaw, Unit, UNITS, wordKey, YES_WORDS,
} from "../../src/engine/reading";
import { componentKinds, wordsOf } from "../../src/engine/criteria/vocabulary";

const read = <T>(value: T): Reading<T> => ({ ok: true, value });
const BLANK = { ok: false, blank: true };
const refused = (found: string, expected: string, why?: string) => ({ ok: false, blank: false, found, expected, ...(why ? { why } : {}) });

describe("readYesNo", () => {
  test.each(["Ja", "ja", "JA", "Ja ", " ja", "\tJa\n", "J", "j", "Yes", "yes", "YES", "Yes ", "Y", "wahr", "WAHR", "True", "TRUE"])("„%s“ is yes", (typed) => {
    expect(readYesNo(typed)).toEqual(read(true));
  });

  test.each(["Nein", "nein", "NEIN", "Nein ", "N", "No", "no ", "NO", "falsch", "FALSCH", "False", "kein", "keine", "Keine", "keines", "none"])("„%s“ is no", (typed) => {
    expect(readYesNo(typed)).toEqual(read(false));
  });

  test("truth values and the numbers 1 and 0 (Excel's TRUE/FALSE, a ticked box) are read", () => {
    expect([readYesNo(true), readYesNo(false), readYesNo(1), readYesNo(0)]).toEqual([read(true), read(false), read(true), read(false)]);
  });

  test("a blank cell is blank, not no", () => {
    for (const v of [null, undefined, "", "   ", "\u00a0"]) expect(readYesNo(v)).toEqual(BLANK);
  });

  test("„x“, other words, other numbers and Excel errors are refused, quoting the cell", () => {
    expect(readYesNo("x")).toEqual(refused("x", "yesno"));
    expect(readYesNo("X")).toEqual(refused("X", "yesno"));
    for (const typed of ["jein", "ok", "?", "-", "vielleicht", "n/a", "Ja/Nein", "si"]) expect(readYesNo(typed)).toEqual(refused(typed, "yesno"));
    expect(readYesNo(2)).toEqual(refused("2", "yesno"));
    expect(readYesNo(0.5)).toEqual(refused("0.5", "yesno"));
    expect(readYesNo({ error: "#NV" })).toEqual(refused("#NV", "yesno"));
  });
});

describe("readDate", () => {
  const july = serial("2020-07-01");

  test("a date cell (an Excel serial) is its day; a time of day is dropped", () => {
    expect(readDate(july)).toEqual(read(july));
    expect(readDate(july + 0.75)).toEqual(read(july));
    expect(readDate(1)).toEqual(read(1));
    expect(readDate(2958465)).toEqual(read(2958465)); // 9999-12-31
  });

  test("ISO text and German text are read", () => {
    for (const typed of ["2020-07-01", " 2020-07-01 ", "2020-07-01T00:00:00", "2020-07-01 12:30:00", "01.07.2020", "1.7.2020", " 01.07.2020 "]) {
      expect({ typed, reading: readDate(typed) }).toEqual({ typed, reading: read(july) });
    }
    expect(readDate("29.02.2024")).toEqual(read(serial("2024-02-29")));
  });

  test("text that is no date, or could be two dates, is refused", () => {
    // "07/01/2020": 7 January or July 1st
    for (const typed of ["Juli 2020", "July 2020", "07/01/2020", "01/07/2020", "01.07.20", "2020", "31.02.2020", "29.02.2023", "00.07.2020", "01.13.2020", "2020-02-30", "2020-7-1", "gestern"]) {
      expect(readDate(typed)).toEqual(refused(typed, "date"));
    }
  });

  test("numbers outside Excel's dates, truth values and errors are refused", () => {
    for (const v of [0, -5, 0.5, 2958466, 1e9, NaN, Infinity]) expect(readDate(v)).toEqual(refused(String(v), "date"));
    expect(readDate(true)).toEqual(refused("true", "date"));
    expect(readDate({ error: "#WERT!" })).toEqual(refused("#WERT!", "date"));
    expect(readDate(null)).toEqual(BLANK);
    expect(readDate(" ")).toEqual(BLANK);
  });
});

describe("parseNumberText and readNumber", () => {
  test.each([
    ["9.000.000", 9_000_000], ["9,000,000", 9_000_000], ["9 000 000", 9_000_000], ["9\u00a0000\u00a0000", 9_000_000], ["9\u202f000\u202f000", 9_000_000],
    ["1'234'567", 1_234_567], ["19,5", 19.5], ["19.5", 19.5], ["1.234,5", 1234.5], ["1,234.5", 1234.5], ["1.234.567,89", 1234567.89],
    ["1,234,567.89", 1234567.89], ["1 234,5", 1234.5], ["0,234", 0.234], ["0.234", 0.234], ["1.2345", 1.2345], ["12,34", 12.34],
    ["-5", -5], ["−5", -5], ["+5", 5], ["-19,5", -19.5], ["5e6", 5e6], ["-5E6", -5e6], ["1.5e3", 1500], ["42", 42], [" 42 ", 42], ["007", 7],
  ])("„%s“ is %p", (typed, n) => {
    expect(parseNumberText(typed)).toBe(n);
    expect(readNumber(typed)).toEqual(read(n));
  });

  test.each(["1.234", "1,234", "12.345", "999,999", "-1.234", "1234,567"])("„%s“ is ambiguous (thousands or decimal?): refused", (typed) => {
    expect(parseNumberText(typed)).toBe("ambiguous");
    expect(readNumber(typed)).toEqual(refused(typed, "number", "ambiguous"));
  });

  test.each(["abc", "1,2,3", "1.23.456", "1.234,5,6", "12,34.5", "1..2", ".5", "5.", "1,5e3", "e5", "1 2", "--5", "5-"])("„%s“ is no number", (typed) => {
    expect(parseNumberText(typed)).toBeNull();
    expect(readNumber(typed)).toMatchObject({ ok: false, blank: false, found: typed, expected: "number" });
  });

  test("a number cell is itself; a non-finite one, a truth value and an error are refused", () => {
    expect(readNumber(40)).toEqual(read(40));
    expect(readNumber(-0.5)).toEqual(read(-0.5));
    expect(readNumber(NaN)).toEqual(refused("NaN", "number"));
    expect(readNumber(Infinity)).toEqual(refused("Infinity", "number"));
    expect(readNumber(true)).toEqual(refused("true", "number"));
    expect(readNumber({ error: "#DIV/0!" })).toEqual(refused("#DIV/0!", "number"));
    expect(readNumber(null, "kW")).toEqual(BLANK);
  });

  test("the column's unit after the number is read, in its spellings; another unit, or a unit where the column has none, is refused", () => {
    const cases: [string, Unit, number][] = [
      ["40 kW", "kW", 40], ["40kW", "kW", 40], ["40 KW", "kW", 40], ["40,5 kW", "kW", 40.5], ["40 kW_th", "kW", 40], ["40 kWth", "kW", 40], ["40 kWel", "kW", 40],
      ["9.000.000 kWh", "kWh", 9e6], ["9,000,000 kWh", "kWh", 9e6], ["650 m³", "m3", 650], ["650 m3", "m3", 650], ["650 cbm", "m3", 650],
      ["1500 m²", "m2", 1500], ["1500 qm", "m2", 1500], ["1000 GB", "GB", 1000], ["0,38 €/kWh", "EUR_kWh", 0.38], ["0.38 EUR/kWh", "EUR_kWh", 0.38],
    ];
    for (const [typed, unit, n] of cases) expect({ typed, reading: readNumber(typed, unit) }).toEqual({ typed, reading: read(n) });
    for (const [typed, unit] of [["40 MW", "kW"], ["40 kWh", "kW"], ["40 W", "kW"], ["9 MWh", "kWh"], ["650 l", "m3"], ["10 TB", "GB"], ["40 kW", "kWh"]] as [string, Unit][]) {
      expect({ typed, reading: readNumber(typed, unit) }).toEqual({ typed, reading: refused(typed, "number", "unit") });
    }
    expect(readNumber("40 kW")).toEqual(refused("40 kW", "number", "unit"));
    expect(readNumber("1.500 m²", "m2")).toEqual(refused("1.500 m²", "number", "ambiguous"));
  });

  test("every unit spelling names one unit only", () => {
    const all = Object.values(UNITS).flat();
    expect(new Set(all).size).toBe(all.length);
  });
});

describe("readShare", () => {
  test("a fraction from 0 to 1, or text in percent or as a fraction", () => {
    for (const [v, n] of [[0, 0], [0.2, 0.2], [1, 1], ["0,2", 0.2], ["0.2", 0.2], ["1", 1]] as [unknown, number][]) expect(readShare(v)).toEqual(read(n));
    for (const [typed, n] of [["20 %", 0.2], ["20%", 0.2], [" 20 % ", 0.2], ["20,5 %", 0.205], ["20.5%", 0.205], ["100 %", 1], ["0 %", 0]] as [string, number][]) {
      const r = readShare(typed);
      expect(r.ok).toBe(true);
      expect((r as { value: number }).value).toBeCloseTo(n, 12);
    }
  });

  test("a 20 meaning 20 % is refused, never 2,000 %; so is anything outside 0-100 %", () => {
    expect(readShare(20)).toEqual(refused("20", "share", "percentNumber"));
    expect(readShare(100)).toEqual(refused("100", "share", "percentNumber"));
    expect(readShare(1.5)).toEqual(refused("1.5", "share", "percentNumber"));
    expect(readShare("20")).toEqual(refused("20", "share", "percentNumber"));
    expect(readShare("27,5")).toEqual(refused("27,5", "share", "percentNumber"));
    expect(readShare(150)).toEqual(refused("150", "share", "range"));
    expect(readShare(-0.1)).toEqual(refused("-0.1", "share", "range"));
    expect(readShare("150 %")).toEqual(refused("150 %", "share", "range"));
    expect(readShare("-5 %")).toEqual(refused("-5 %", "share", "range"));
    expect(readShare("1.234 %")).toEqual(refused("1.234 %", "share", "ambiguous"));
    expect(readShare("hoch")).toEqual(refused("hoch", "share"));
    expect(readShare("20 kW")).toEqual(refused("20 kW", "share"));
    expect(readShare({ error: "#NV" })).toEqual(refused("#NV", "share"));
    expect(readShare(NaN)).toEqual(refused("NaN", "share"));
    expect(readShare("")).toEqual(BLANK);
  });
});

describe("readRefrigerant", () => {
  test.each([
    ["R134a", "R134a", false], ["r-134a", "R134a", false], ["R 134 A", "R134a", false], ["Solkane 134a", "R134a", false], ["Suva 134a", "R134a", false],
    ["R410A", "R410A", false], ["R-32", "R32", false], ["R744", "R744", true], ["CO2", "R744", true], ["CO₂", "R744", true], ["R744 (CO2)", "R744", true],
    ["R290", "R290", true], ["Propan", "R290", true], ["R717", "R717", true], ["NH3", "R717", true], ["R1234ze(E)", "R1234ze(E)", false],
  ])("„%s“ is %s (halogen-free: %s)", (typed, designation, halogenFree) => {
    expect(readRefrigerant(typed)).toEqual(read({ designation, halogenFree }));
  });

  test("a bare number, an unknown name, a number cell and an error are refused; blank is blank", () => {
    for (const typed of ["134a", "Kältemittel", "R9999", "Freon", "Gas"]) expect(readRefrigerant(typed)).toEqual(refused(typed, "refrigerant"));
    expect(readRefrigerant(134)).toEqual(refused("134", "refrigerant"));
    expect(readRefrigerant({ error: "#NV" })).toEqual(refused("#NV", "refrigerant"));
    expect(readRefrigerant(null)).toEqual(BLANK);
  });
});

describe("readWord and wordKey", () => {
  const plants = wordsOf(componentKinds);

  test("a list's word in any case, with umlauts spelt out, hyphens or spaces, in German or English", () => {
    for (const typed of ["Kältetechnik", "kältetechnik", "KÄLTETECHNIK", "Kaeltetechnik", "Kälte-Technik", " Kälte Technik ", "Refrigeration", "chiller", "Kaltwassersatz"]) {
      expect({ typed, reading: readWord(typed, plants) }).toEqual({ typed, reading: read("refrigeration") });
    }
    expect(readWord("usv", plants)).toEqual(read("ups"));
    expect(readWord("UPS", plants)).toEqual(read("ups"));
    expect(readWord("Netzersatzanlage", plants)).toEqual(read("generator"));
    expect(readWord("Wärme-Pumpe", plants)).toEqual(read("heatPump"));
  });

  test("an unknown word, a number and an error are refused; blank is blank", () => {
    expect(readWord("Kühlschrank", plants)).toEqual(refused("Kühlschrank", "word"));
    expect(readWord(5, plants)).toEqual(refused("5", "word"));
    expect(readWord({ error: "#NV" }, plants)).toEqual(refused("#NV", "word"));
    expect(readWord("  ", plants)).toEqual(BLANK);
  });

  test("wordKey: lower case, umlauts spelt out, separators removed", () => {
    expect(wordKey("Kälte-Technik")).toBe("kaeltetechnik");
    expect(wordKey("Größe_Ü. ö/x")).toBe("groesseueoex");
  });
});

test("shownRaw and isBlankCell", () => {
  expect([shownRaw("x"), shownRaw(20), shownRaw(0.2), shownRaw(true), shownRaw({ error: "#DIV/0!" })]).toEqual(["x", "20", "0.2", "true", "#DIV/0!"]);
  expect([null, undefined, "", " \t"].map(isBlankCell)).toEqual([true, true, true, true]);
  expect([0, false, "0", "x"].map(isBlankCell)).toEqual([false, false, false, false]);
});

// ---- properties -------------------------------------------------------------------------------------------

describe("properties", () => {
  /**
   * One separator with three digits after it and a whole part other than 0: "1.234" is 1234 in German, 1.234 in
   * English. The reader refuses "1234,567" too (conservative: no grouping could make it 1,234,567).
   */
  const ambiguousShape = /^-?(?!0[.,])\d+[.,]\d{3}$/;
  const decimal = fc.tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 3 })).map(([m, d]) => m / 10 ** d);

  test.each([["de-DE"], ["en-GB"]])("a number formatted with %s, grouped, is read back, or refused as ambiguous, never misread", (locale) => {
    fc.assert(
      fc.property(decimal, fc.constantFrom<Unit | undefined>(undefined, "kWh"), (n, unit) => {
        const text = n.toLocaleString(locale, { useGrouping: true, maximumFractionDigits: 3 });
        const typed = unit ? `${text} kWh` : text;
        const r = readNumber(typed, unit);
        if (ambiguousShape.test(text)) expect(r).toEqual(refused(typed, "number", "ambiguous"));
        else expect(r).toEqual(read(n === 0 ? 0 : n));
      }),
      { numRuns: 2000 },
    );
  });

  test("a number formatted without grouping is read back in both languages (a decimal comma or point)", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), (n) => {
        for (const locale of ["de-DE", "en-GB"]) {
          const text = n.toLocaleString(locale, { useGrouping: false, maximumFractionDigits: 6 });
          const r = readNumber(text);
          if (ambiguousShape.test(text)) continue;
          expect(r.ok).toBe(true);
          // toLocaleString rounds to 6 digits: the text's value comes back exactly
          expect((r as { value: number }).value === Number(text.replace(",", "."))).toBe(true); // -0 and 0 alike
        }
      }),
      { numRuns: 1000 },
    );
  });

  test("a date written in ISO or German comes back as its serial", () => {
    fc.assert(
      fc.property(fc.integer({ min: serial("1900-03-01"), max: serial("9999-12-31") }), (s) => {
        const { year, month, day } = serialToYmd(s);
        const german = `${String(day).padStart(2, "0")}.${String(month).padStart(2, "0")}.${year}`;
        expect(readDate(toIsoDate(s))).toEqual(read(s));
        expect(readDate(german)).toEqual(read(s));
        expect(readDate(`${day}.${month}.${year}`)).toEqual(read(s));
        expect(readDate(s + 0.5)).toEqual(read(s));
      }),
      { numRuns: 1000 },
    );
  });

  test("yes and no words are read whatever their case and the spaces around them", () => {
    const cased = (w: string) => fc.array(fc.boolean(), { minLength: w.length, maxLength: w.length }).map((up) => [...w].map((c, i) => (up[i] ? c.toUpperCase() : c)).join(""));
    const spaces = fc.constantFrom("", " ", "  ", "\t", "\u00a0");
    for (const [words, answer] of [[YES_WORDS, true], [NO_WORDS, false]] as [string[], boolean][]) {
      fc.assert(fc.property(fc.constantFrom(...words).chain(cased), spaces, spaces, (w, before, after) => {
        expect(readYesNo(`${before}${w}${after}`)).toEqual(read(answer));
      }));
    }
  });

  const anyText = fc.oneof(
    fc.string({ unit: "binary", maxLength: 30 }),
    fc.stringMatching(/^[-+−]?[\d .,'\u00a0\u202f]{0,14}(e[-+]?\d{1,3})?\s?(%|kW|kWh|m³|MW|GB|€\/kWh)?$/),
    fc.constantFrom("1.234", "1,234", "9.000.000", "20 %", "R134a", "Solkane 134a", "01.07.2020", "2020-07-01", "Ja", "x", "NaN", "Infinity", "-", ".", ",", "e", "%"),
  );
  const anyCell = fc.oneof(anyText, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom({ error: "#NV" }, { error: "#DIV/0!" }));

  test("no reader throws, on any text or cell; what is read is a finite number, a date in Excel's range, a share in 0-1", () => {
    const units: (Unit | undefined)[] = [undefined, ...(Object.keys(UNITS) as Unit[])];
    fc.assert(
      fc.property(anyCell, (v) => {
        for (const unit of units) {
          const n = readNumber(v, unit);
          if (n.ok) expect(Number.isFinite(n.value)).toBe(true);
          else if (!n.blank) expect(typeof n.found).toBe("string");
        }
        const d = readDate(v);
        if (d.ok) expect(Number.isInteger(d.value) && d.value >= 1 && d.value <= 2958465).toBe(true);
        const s = readShare(v);
        if (s.ok) expect(s.value >= 0 && s.value <= 1).toBe(true);
        const y = readYesNo(v);
        if (y.ok) expect(typeof y.value).toBe("boolean");
        readRefrigerant(v);
        readWord(v, wordsOf(componentKinds));
        if (typeof v === "string") {
          const p = parseNumberText(v);
          expect(p === null || p === "ambiguous" || Number.isFinite(p)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test("what cannot be read is never blank unless the cell is: a refusal always quotes the cell", () => {
    fc.assert(
      fc.property(anyCell, (v) => {
        for (const r of [readNumber(v), readDate(v), readShare(v), readYesNo(v), readRefrigerant(v)]) {
          if (!r.ok) expect(r.blank).toBe(isBlankCell(v));
          if (!r.ok && !r.blank) expect(r.found).toBe(shownRaw(v));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
