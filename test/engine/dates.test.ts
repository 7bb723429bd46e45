import fc from "fast-check";
import { compareIso, daysInMonth, edate, serial, serialToYmd, toIsoDate, ymdToSerial } from "../../src/engine/dates";

describe("Excel serial dates (1900 system)", () => {
  test("known serials", () => {
    expect(serial("2024-01-01")).toBe(45292);
    expect(serial("1900-01-01")).toBe(1);
    expect(serial("1900-03-01")).toBe(61);
    expect(toIsoDate(45292)).toBe("2024-01-01");
  });

  test("the years 0-99 are those years, not 1900-1999 (Date.UTC's reading)", () => {
    expect(ymdToSerial({ year: 20, month: 7, day: 1 })).toBeLessThan(0);
    expect(ymdToSerial({ year: 20, month: 7, day: 1 })).not.toBe(serial("1920-07-01"));
    expect(serialToYmd(ymdToSerial({ year: 99, month: 12, day: 31 }))).toEqual({ year: 99, month: 12, day: 31 });
  });

  test("serial and calendar date round-trip from 1900-03-01 to 9999-12-31", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, d) => {
        const ymd = { year, month, day: Math.min(d, daysInMonth(year, month)) };
        if (year === 1900 && month < 3) return;
        expect(serialToYmd(ymdToSerial(ymd))).toEqual(ymd);
      }),
    );
  });

  test("EDATE clamps to the end of a shorter month", () => {
    expect(toIsoDate(edate(serial("2024-01-31"), 1))).toBe("2024-02-29");
    expect(toIsoDate(edate(serial("2023-01-31"), 1))).toBe("2023-02-28");
    expect(toIsoDate(edate(serial("2024-03-15"), -14))).toBe("2023-01-15");
  });

  test("ISO dates ordered by their characters, as the calendar orders them", () => {
    expect(["2030-07-01", "2027-07-01", "2024-05-15", "2027-01-01"].sort(compareIso)).toEqual(["2024-05-15", "2027-01-01", "2027-07-01", "2030-07-01"]);
    expect(compareIso("2027-07-01", "2027-07-01")).toBe(0);
  });
});
