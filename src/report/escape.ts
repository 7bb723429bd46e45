/** Text for HTML and SVG: every character that could end an element, an attribute or start an entity, escaped. */
export function esc(text: unknown): string {
  return String(text ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Text for a CSS string ("…" in `content:`): quotes, backslashes, line breaks and "<" (no `</style>`) escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}
