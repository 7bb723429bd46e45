/** Timing helpers for the benchmarks: medians of several runs, measured side by side in one process. */
"use strict";

function time(fn) {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

async function timeAsync(fn) {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Runs a and b alternately `runs` times and returns both medians in ms per call. Calls shorter than a few
 * milliseconds are repeated within one sample (at least 10 ms a sample) so that the timer, the garbage collector
 * and the JIT's tiers do not decide the ratio; warm-up until each has run for about 200 ms.
 */
function sideBySide(a, b, runs = 7) {
  const once = Math.max(time(a), time(b), 1e-3);
  const reps = Math.max(1, Math.ceil(10 / once));
  const repeat = (fn) => () => { for (let i = 0; i < reps; i++) fn(); };
  const ra = repeat(a);
  const rb = repeat(b);
  for (let i = 0, spent = 0; i < 3 || spent < 400; i++) spent += time(ra) + time(rb);
  const ta = [];
  const tb = [];
  for (let i = 0; i < runs; i++) {
    ta.push(time(ra) / reps);
    tb.push(time(rb) / reps);
  }
  return { a: median(ta), b: median(tb) };
}

async function sideBySideAsync(a, b, runs = 3) {
  await a();
  await b();
  const ta = [];
  const tb = [];
  for (let i = 0; i < runs; i++) {
    ta.push(await timeAsync(a));
    tb.push(await timeAsync(b));
  }
  return { a: median(ta), b: median(tb) };
}

/** The seeded generator of the example scenario (src/workbook/example/random.ts), so every run measures the same numbers. */
const { seeded } = require("../lib/workbook/example/random.js");

module.exports = { time, timeAsync, median, sideBySide, sideBySideAsync, seeded };
