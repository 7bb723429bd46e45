/**
 * The entries of a zip archive read straight from its central directory (APPNOTE 4.3.12-4.3.16, with the
 * Zip64 records of 4.3.14-4.3.15): names, method, flags, declared sizes and the stored bytes. Nothing is
 * inflated here: the zip guard (read.ts) inflates each part itself with its output capped. A check needs no
 * more of a zip than this, so it loads no zip library (JSZip and pako cost `deuz check` some 40 ms to load;
 * docs/performance.md). A damaged archive throws an Error saying where; a password-protected entry one whose
 * message says "encrypted".
 */

export interface ZipEntry {
  name: string;
  /** A directory entry (its name ends in "/"): no content. */
  dir: boolean;
  /** 0 stored, 8 deflated. */
  method: number;
  /** General purpose bit flags (bit 0: encrypted). */
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  /** The bytes as stored (raw deflate for method 8), a view into the archive. */
  content: Uint8Array;
}

const END = 0x06054b50;
const END64 = 0x06064b50;
const END64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

/** A 64-bit size as a number; past 2^53 the archive is no workbook. */
function uint64(data: Buffer, at: number): number {
  const n = data.readBigUInt64LE(at);
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error("Corrupted zip: a Zip64 size beyond 2^53");
  return Number(n);
}

function endOfCentralDirectory(data: Buffer): number {
  // the record is 22 bytes and may be followed by a comment of up to 65,535
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - MAX16); at--) {
    if (data.readUInt32LE(at) === END) return at;
  }
  throw new Error("Corrupted zip: can't find end of central directory");
}

/** Every entry in the central directory's order; a name given twice keeps its first place and its last entry. */
export function zipEntries(data: Buffer): ZipEntry[] {
  if (data.length < 22) throw new Error("Corrupted zip: shorter than its end record");
  const end = endOfCentralDirectory(data);
  let count = data.readUInt16LE(end + 10);
  let size = data.readUInt32LE(end + 12);
  let offset = data.readUInt32LE(end + 16);
  let recordAt = end;
  if (count === MAX16 || size === MAX32 || offset === MAX32) {
    const locator = end - 20;
    if (locator < 0 || data.readUInt32LE(locator) !== END64_LOCATOR) throw new Error("Corrupted zip: Zip64 locator missing");
    const at = uint64(data, locator + 8);
    if (at + 56 > data.length || data.readUInt32LE(at) !== END64) throw new Error("Corrupted zip: Zip64 end of central directory missing");
    count = uint64(data, at + 32);
    size = uint64(data, at + 40);
    offset = uint64(data, at + 48);
    recordAt = at;
  }
  // bytes before the archive (a self-extracting stub) shift every offset by as much
  const shift = recordAt - size - offset;
  if (shift < 0 || offset + shift + size > data.length) throw new Error("Corrupted zip: central directory outside the file");
  const entries = new Map<string, ZipEntry>();
  let at = offset + shift;
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL) throw new Error(`Corrupted zip: expected ${count} records in central dir, got ${i}`);
    const flags = data.readUInt16LE(at + 8);
    const method = data.readUInt16LE(at + 10);
    let compressedSize = data.readUInt32LE(at + 20);
    let uncompressedSize = data.readUInt32LE(at + 24);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    let local = data.readUInt32LE(at + 42);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > data.length) throw new Error("Corrupted zip: central directory record cut off");
    const name = data.toString("utf8", at + 46, at + 46 + nameLength);
    // Zip64 extended information (4.5.3): the 8-byte values of the fields set to 0xFFFFFFFF, in this order
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength; ) {
      const id = data.readUInt16LE(x);
      const length = data.readUInt16LE(x + 2);
      if (id === 1) {
        let v = x + 4;
        const take = () => {
          if (v + 8 > x + 4 + length) throw new Error(`Corrupted zip: Zip64 field of ${name} cut off`);
          const n = uint64(data, v);
          v += 8;
          return n;
        };
        if (uncompressedSize === MAX32) uncompressedSize = take();
        if (compressedSize === MAX32) compressedSize = take();
        if (local === MAX32) local = take();
      }
      x += 4 + length;
    }
    if (flags & 1) throw new Error(`Encrypted zip are not supported (${name})`);
    if (method !== 0 && method !== 8) throw new Error(`Corrupted zip: compression ${method} unknown (${name})`);
    const header = local + shift;
    if (header + 30 > data.length || data.readUInt32LE(header) !== LOCAL) throw new Error(`Corrupted zip: can't find local file header of ${name}`);
    const start = header + 30 + data.readUInt16LE(header + 26) + data.readUInt16LE(header + 28);
    if (start + compressedSize > data.length) throw new Error(`Corrupted zip: end of data reached in ${name}`);
    const entry: ZipEntry = {
      name, dir: name.endsWith("/"), method, flags, compressedSize, uncompressedSize,
      content: data.subarray(start, start + compressedSize),
    };
    entries.set(name, entry);
    at = next;
  }
  return [...entries.values()];
}
