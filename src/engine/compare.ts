/**
 * Threshold comparisons exactly as the criteria state them, with a tolerance only for binary
 * floating-point noise: 1e-9 relative to the limit. The user's value is never rounded.
 */
export const RELATIVE_TOLERANCE = 1e-9;

function tolerance(limit: number): number {
  return RELATIVE_TOLERANCE * Math.abs(limit);
}

/** value ≤ limit (PUE, 3.2.7). */
export function atMost(value: number, limit: number): boolean {
  return value <= limit + tolerance(limit);
}

/** value ≥ limit (ITEU ≥ 20 %, 3.3.3; price not below the purchase price, 3.2.6.2). */
export function atLeast(value: number, limit: number): boolean {
  return value >= limit - tolerance(limit);
}

/** value > limit, strictly (CER, 3.2.8; ERF > 0, 3.2.10): a value equal to the limit up to noise fails. */
export function greaterThan(value: number, limit: number): boolean {
  return value > limit + tolerance(limit);
}
