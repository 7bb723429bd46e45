/**
 * Counter readings taken at other times than midnight of the first (issue 14): a month's consumption is exact only
 * between readings at its boundaries; without a reading at a boundary the month is blank (3.2.2 fehlt), and
 * --interpolate reads the boundary off the straight line between the readings around it, reported as interpolated
 * with both readings and the part of the value that rests on the line (docs/interpretations.md).
 */
import { MonthValue } from "../../../src/workbook/import/found";
import { monthNote } from "../../../src/workbook/import/notes";
import { ImportOptions } from "../../../src/workbook/import/importer";
import { MAX_SPAN } from "../../../src/workbook/import/readings";
import { readRows } from "../../../src/workbook/import/stream";
import { berlinText, monthKey, monthStart } from "../../../src/workbook/import/time";

const HOUR = 3_600_000;
/** A counter that runs 1 kWh an hour since 2024-01-01 00:00 Berlin (German wall-clock time in the file). */
const steady = (instant: number) => (instant - monthStart(monthKey(2024, 1))) / HOUR + 10_000;

function months(readings: [number, number][], options: ImportOptions = {}): MonthValue[] {
  const rows = [["Zeitstempel", "Zähler", "Zählerstand [kWh]"], ...readings.map(([t, v]) => [berlinText(t), "MP_EVU", String(v).replace(".", ",")])];
  return readRows(rows, options).meters[0].months;
}

/** On the 3rd of each month at 07:15, German time, January 2024 to January 2025. */
const third = Array.from({ length: 13 }, (_, i) => monthStart(monthKey(2024, i + 1)) + 2 * 24 * HOUR + 7.25 * HOUR);

test("readings on the 3rd at 07:15: without --interpolate every month is blank, the note says --interpolate would close it", () => {
  const ms = months(third.map((t) => [t, steady(t)]));
  const feb = ms.find((m) => m.month === monthKey(2024, 2))!;
  expect(feb).toMatchObject({ status: "gap", value: null, interpolable: true });
  expect(monthNote("MP_EVU", feb)!.text.de).toMatch(/^MP_EVU 2024-02: kein Zählerstand zu Monatsbeginn oder -ende .*: leer gelassen; --interpolate interpoliert die Monatsgrenze linear/);
  expect(ms.every((m) => m.value === null)).toBe(true);
});

test("--interpolate: each boundary read off the line between the readings around it; with a steady load that is the exact consumption, daylight saving included", () => {
  const ms = months(third.map((t) => [t, steady(t)]), { interpolate: true });
  const by = (month: number) => ms.find((m) => m.month === monthKey(2024, month))!;
  expect(by(2)).toMatchObject({ status: "interpolated", value: expect.closeTo(29 * 24, 6) });
  // March has an hour less (summer time), October an hour more
  expect(by(3).value).toBeCloseTo(31 * 24 - 1, 6);
  expect(by(10).value).toBeCloseTo(31 * 24 + 1, 6);
  // one reading a month: no two readings lie inside February, so all of its value is shared out by time (100 %)
  expect(by(2).estimated).toBeCloseTo(29 * 24, 6);
  expect(by(2).interpolated!.map((x) => x.boundary)).toEqual(["start", "end"]);
  const text = monthNote("MP_EVU", by(2))!.text;
  expect(text.de).toMatch(/^MP_EVU 2024-02: Zählerstand an der Monatsgrenze linear interpoliert \(--interpolate\), Beginn: 10\.744 kWh zwischen 03\.01\.2024 07:15 \(10\.055,25, Zeile 2\) und 03\.02\.2024 07:15 \(10\.799,25, Zeile 3\); Ende: .*; 696 kWh \(100 %\) des Monatswerts beruhen auf der Interpolation$/);
  expect(text.en).toMatch(/^MP_EVU 2024-02: reading at the month boundary interpolated linearly \(--interpolate\), start: 10,744 kWh between 03\.01\.2024 07:15 \(10,055\.25, row 2\) and 03\.02\.2024 07:15/);
  // January has no reading before its start: nothing to interpolate from
  expect(by(1)).toMatchObject({ status: "gap", value: null });
});

test("a reading at the boundary is used as it is; only the other boundary is interpolated", () => {
  const start = monthStart(monthKey(2024, 4));
  const ms = months([[start, steady(start)], [third[3] + 20 * 24 * HOUR, steady(third[3] + 20 * 24 * HOUR)], [third[4], steady(third[4])]], { interpolate: true });
  const april = ms.find((m) => m.month === monthKey(2024, 4))!;
  expect(april).toMatchObject({ status: "interpolated", value: expect.closeTo(30 * 24, 6) });
  expect(april.interpolated!.map((x) => x.boundary)).toEqual(["end"]);
  // from the last reading in April (23.04. 07:15) to 1 May rests on the line: 7 days 16.75 hours of 30 days
  expect(april.estimated).toBeCloseTo(7 * 24 + 16.75, 6);
  expect(monthNote("MP_EVU", april)!.text.en).toMatch(/; 184\.75 kWh \(25\.7 %\) of the month's value rest on the interpolation$/);
});

test("never across a counter replacement, never over readings more than 35 days apart, never a month without a reading of its own", () => {
  // a new meter between the readings around 1 March: February and March are blank as resets
  const reset = months([[third[0], 100], [third[1], 844], [third[2], 5], [third[3], 749]], { interpolate: true });
  expect(reset.filter((m) => m.status === "reset").map((m) => m.month)).toEqual([monthKey(2024, 2), monthKey(2024, 3)]);
  expect(reset.every((m) => m.status !== "interpolated")).toBe(true);
  // readings of 3 January and 3 March (60 days): February has no reading of its own, and the span is too long
  expect(MAX_SPAN).toBe(35 * 24 * HOUR);
  const sparse = months([third[0], third[2], third[3]].map((t) => [t, steady(t)]), { interpolate: true });
  expect(sparse.find((m) => m.month === monthKey(2024, 2))).toMatchObject({ status: "gap", value: null });
  expect(sparse.find((m) => m.month === monthKey(2024, 3))).toMatchObject({ status: "gap", value: null });
  expect(sparse.find((m) => m.month === monthKey(2024, 3))!.interpolable).toBeUndefined();
});

test("readings at midnight of the first stay exact, with or without --interpolate", () => {
  const firsts = Array.from({ length: 4 }, (_, i) => monthStart(monthKey(2024, i + 1)));
  for (const interpolate of [false, true]) {
    const ms = months(firsts.map((t) => [t, steady(t)]), { interpolate });
    expect(ms.map((m) => [m.status, m.value])).toEqual([["complete", 744], ["complete", 696], ["complete", 743]]);
  }
});
