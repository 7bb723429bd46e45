/** A small seeded random generator (mulberry32), so that generated data are the same on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rounded to `digits` decimals, so that generated values look like typed ones. */
export const round = (x: number, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;
