/**
 * Zips written byte by byte for the hostile-file tests: each entry's method, flags and declared size are
 * whatever the test says, true or not (JSZip would always write the truth).
 */
import zlib from "zlib";
import JSZip from "jszip";

export interface RawEntry {
  name: string;
  /** The bytes as stored: raw deflate for method 8, the content itself for method 0. */
  stored: Buffer;
  method: 0 | 8;
  /** The uncompressed size written into the local header and the central directory. */
  declared: number;
  /** General purpose bit flags (bit 0: encrypted). */
  flags?: number;
}

export function deflated(name: string, content: Buffer | string): RawEntry {
  const data = Buffer.from(content);
  return { name, stored: zlib.deflateRawSync(data), method: 8, declared: data.length };
}

export function rawZip(entries: RawEntry[]): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.flags ?? 0, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.stored.length, 18);
    local.writeUInt32LE(e.declared >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.flags ?? 0, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.stored.length, 20);
    central.writeUInt32LE(e.declared >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, e.stored);
    directory.push(central, name);
    offset += local.length + name.length + e.stored.length;
  }
  const cd = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, end]);
}

/** Every entry of an xlsx (as JSZip reads it), deflated again; `replace` swaps entries by name. */
export async function entriesOf(xlsx: Buffer, replace: Record<string, RawEntry> = {}): Promise<RawEntry[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const out: RawEntry[] = [];
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name].dir) continue;
    out.push(replace[name] ?? deflated(name, await zip.file(name)!.async("nodebuffer")));
  }
  return out;
}

/**
 * Raw deflate of `head`, then `megabytes` of spaces, then `tail`, streamed so that the inflated size never
 * sits in memory: the content of a zip bomb.
 */
export async function deflatedFlood(head: string, megabytes: number, tail: string): Promise<Buffer> {
  const d = zlib.createDeflateRaw({ level: 1 });
  const chunks: Buffer[] = [];
  d.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => d.on("end", resolve));
  d.write(head);
  const block = Buffer.alloc(2 ** 20, 0x20);
  for (let i = 0; i < megabytes; i++) {
    if (!d.write(block)) await new Promise((resolve) => d.once("drain", resolve));
  }
  d.end(tail);
  await done;
  return Buffer.concat(chunks);
}
