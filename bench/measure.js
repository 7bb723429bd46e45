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

/** Runs a and b alternately `runs` times (after three warm-ups each, for the JIT) and returns both medians in ms. */
function sideBySide(a, b, runs = 7) {
  for (let i = 0; i < 3; i++) {
    a();
    b();
  }
  const ta = [];
  const tb = [];
  for (let i = 0; i < runs; i++) {
    ta.push(time(a));
    tb.push(time(b));
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
