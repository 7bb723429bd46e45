/**
 * The character set of a CSV file, decided from its bytes as they stream in: UTF-8 with or without a byte order
 * mark, UTF-16 with its mark (Excel's "Unicode text"), else Windows-1252 (what Excel writes as "CSV (Trennzeichen-
 * getrennt)" on a German Windows). TextDecoder does all three in Node and in the browser, so no package is needed.
 * A file is UTF-8 as long as its bytes are valid UTF-8; the first byte that is not, in a file whose bytes so far
 * were plain ASCII, makes it Windows-1252 (the same characters up to there). UTF-8 umlauts followed by a byte that
 * is not UTF-8 is a file of two encodings: it stops, naming the byte.
 */
import { problem } from "./problem";

export type Encoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252";

export class Decoder {
  encoding: Encoding | undefined;
  private pending: Uint8Array = new Uint8Array(0);
  private asciiSoFar = true;
  private offset = 0;
  private readonly utf8 = new TextDecoder("utf-8", { fatal: true });
  private other: TextDecoder | undefined;
  private ended = false;

  /** The text of the next bytes (a multi-byte character split across chunks waits for its rest). */
  push(chunk: Uint8Array): string {
    let bytes: Uint8Array = this.pending.length ? concat(this.pending, chunk) : chunk;
    this.pending = new Uint8Array(0);
    if (this.encoding === undefined) {
      if (bytes.length < 3 && !this.ended) {
        this.pending = bytes;
        return "";
      }
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        this.encoding = "utf-8-bom";
        bytes = bytes.subarray(3);
        this.offset = 3;
      } else if (bytes[0] === 0xff && bytes[1] === 0xfe) this.startOther("utf-16le");
      else if (bytes[0] === 0xfe && bytes[1] === 0xff) this.startOther("utf-16be");
      else this.encoding = "utf-8";
    }
    if (this.other) return this.other.decode(bytes, { stream: !this.ended });
    // UTF-8: decode up to the last complete character
    const end = this.ended ? bytes.length : completeUpTo(bytes);
    const head = bytes.subarray(0, end);
    this.pending = bytes.slice(end);
    try {
      const text = this.utf8.decode(head);
      // valid UTF-8 decodes to as many UTF-16 units as it has bytes only when every byte is ASCII
      if (this.asciiSoFar && text.length !== head.length) this.asciiSoFar = false;
      this.offset += head.length;
      return text;
    } catch {
      const valid = firstInvalid(head);
      if (!this.asciiSoFar || this.encoding === "utf-8-bom" || head.subarray(0, valid).some((b) => b >= 0x80)) {
        const bad = this.offset + valid;
        throw problem(
          `Byte ${bad + 1} der Datei ist kein UTF-8, obwohl davor Umlaute in UTF-8 stehen: die Datei in einem Zeichensatz speichern (UTF-8)`,
          `byte ${bad + 1} of the file is not UTF-8 although UTF-8 umlauts come before it: save the file in one character set (UTF-8)`,
        );
      }
      this.startOther("windows-1252");
      const all = concat(head, this.pending);
      this.pending = new Uint8Array(0);
      return this.other!.decode(all, { stream: !this.ended });
    }
  }

  /** The text still held back at the end of the file. */
  end(): string {
    this.ended = true;
    const rest = this.pending;
    this.pending = new Uint8Array(0);
    if (this.encoding === undefined) return rest.length ? this.push(rest) : "";
    if (this.other) return this.other.decode(rest);
    return rest.length ? this.push(rest) : "";
  }

  private startOther(encoding: "utf-16le" | "utf-16be" | "windows-1252"): void {
    this.encoding = encoding;
    // TextDecoder drops a UTF-16 byte order mark itself
    this.other = new TextDecoder(encoding);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** The length of `bytes` without a UTF-8 character cut off at its end. */
function completeUpTo(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back];
    if (b < 0x80) return bytes.length;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > back ? bytes.length - back : bytes.length;
    }
  }
  return bytes.length;
}

function firstInvalid(bytes: Uint8Array): number {
  const strict = new TextDecoder("utf-8", { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // the longest valid prefix, by halving
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      strict.decode(bytes.subarray(0, mid));
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}

/** The names of the encodings for the report. */
export const encodingNames: Record<Encoding, string> = {
  "utf-8": "UTF-8",
  "utf-8-bom": "UTF-8 (BOM)",
  "utf-16le": "UTF-16 LE",
  "utf-16be": "UTF-16 BE",
  "windows-1252": "Windows-1252",
};
