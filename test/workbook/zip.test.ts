/**
 * The zip's central directory read directly (src/workbook/zip.ts): the same entries as JSZip lists for the
 * template, the example and ExcelJS's and LibreOffice-like archives, Zip64 records, bytes before the archive,
 * and a damaged or encrypted archive named as such.
 */
import fs from "fs";
import path from "path";
import zlib from "zlib";
import JSZip from "jszip";
import { zipEntries } from "../../src/workbook/zip";
import { deflated, rawZip } from "./rawZip";

const assets = path.resolve(__dirname, "../../assets");

async function jszipListing(data: Buffer) {
  const zip = await JSZip.loadAsync(data);
  const out = [];
  for (const e of Object.values(zip.files)) out.push({ name: e.name, dir: e.dir, content: e.dir ? "" : (await e.async("nodebuffer")).toString("base64") });
  return out;
}

function ownListing(data: Buffer) {
  return zipEntries(data).map((e) => ({
    name: e.name,
    dir: e.dir,
    content: e.dir ? "" : (e.method === 0 ? Buffer.from(e.content) : zlib.inflateRawSync(e.content)).toString("base64"),
  }));
}

test.each(["DE-UZ-228-Vorlage.xlsx", "DE-UZ-228-Template-en.xlsx", "DE-UZ-228-Beispiel.xlsx"])("assets/%s: the entries JSZip lists, in its order", async (file) => {
  const data = fs.readFileSync(path.join(assets, file));
  expect(ownListing(data)).toEqual(await jszipListing(data));
});

test("stored entries, a comment after the archive, bytes before it", async () => {
  const entries = [deflated("xl/workbook.xml", "<workbook/>"), { name: "a.txt", stored: Buffer.from("abc"), method: 0 as const, declared: 3 }];
  const zip = rawZip(entries);
  // a comment of 5 bytes: its length in the end record, the bytes after it
  const withComment = Buffer.concat([zip, Buffer.from("hallo")]);
  withComment.writeUInt16LE(5, zip.length - 2);
  const stub = Buffer.concat([Buffer.from("#!/bin/sh\nexit 0\n"), withComment]);
  for (const data of [zip, withComment, stub]) {
    expect(ownListing(data)).toEqual([
      { name: "xl/workbook.xml", dir: false, content: Buffer.from("<workbook/>").toString("base64") },
      { name: "a.txt", dir: false, content: Buffer.from("abc").toString("base64") },
    ]);
  }
});

test("Zip64: sizes and offsets in the extra field, counts in the Zip64 end record", () => {
  const content = Buffer.from("<workbook/>");
  const name = Buffer.from("xl/workbook.xml");
  const extra = Buffer.alloc(4 + 24);
  extra.writeUInt16LE(1, 0);
  extra.writeUInt16LE(24, 2);
  extra.writeBigUInt64LE(BigInt(content.length), 4);
  extra.writeBigUInt64LE(BigInt(content.length), 12);
  extra.writeBigUInt64LE(0n, 20);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt32LE(0xffffffff, 20);
  central.writeUInt32LE(0xffffffff, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt16LE(extra.length, 30);
  central.writeUInt32LE(0xffffffff, 42);
  const body = Buffer.concat([local, name, content]);
  const cd = Buffer.concat([central, name, extra]);
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4);
  end64.writeBigUInt64LE(1n, 24);
  end64.writeBigUInt64LE(1n, 32);
  end64.writeBigUInt64LE(BigInt(cd.length), 40);
  end64.writeBigUInt64LE(BigInt(body.length), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(body.length + cd.length), 8);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  const entries = zipEntries(Buffer.concat([body, cd, end64, locator, end]));
  expect(entries.map((e) => [e.name, e.uncompressedSize, Buffer.from(e.content).toString()])).toEqual([["xl/workbook.xml", content.length, "<workbook/>"]]);
});

test("damaged and encrypted archives throw, saying which", () => {
  const zip = rawZip([deflated("xl/workbook.xml", "<workbook/>")]);
  expect(() => zipEntries(zip.subarray(0, zip.length - 30))).toThrow(/Corrupted zip/);
  expect(() => zipEntries(Buffer.concat([zip.subarray(0, 20), zip.subarray(40)]))).toThrow(/Corrupted zip/);
  expect(() => zipEntries(rawZip([{ ...deflated("a.xml", "<a/>"), flags: 1 }]))).toThrow(/encrypted/i);
  const cut = rawZip([deflated("a.xml", "<a/>".repeat(100))]);
  // the central directory claims more bytes than the file holds
  const lying = Buffer.from(cut);
  lying.writeUInt32LE(10_000, lying.length - 22 - (46 + 5) + 20);
  expect(() => zipEntries(lying)).toThrow(/Corrupted zip/);
});
