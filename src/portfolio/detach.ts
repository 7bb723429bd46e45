/**
 * A site's row as a copy that holds on to nothing of its workbook (issue 16, bounded memory). A string read from a
 * cell can be a slice of a much larger one (V8 keeps a substring as a view into its parent: RZ_Name, as read, kept
 * some 57 KB of the workbook's text alive per site), so every string is copied into one of its own; arrays and plain
 * objects are copied, numbers, booleans and null kept as they are.
 */
export function detached<T>(value: T): T {
  // a JSON round trip of one string gives a fresh flat string with the same UTF-16 units (lone surrogates included)
  if (typeof value === "string") return JSON.parse(JSON.stringify(value)) as T;
  if (Array.isArray(value)) return value.map(detached) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = detached(v);
    return out as T;
  }
  return value;
}
