/**
 * Office's manifest validator posts to a Microsoft web service, so the manifest's own invariants are checked
 * here, offline: it parses, every resid resolves and fits 32 characters, every URL is https, the DEUZ
 * namespace is set, and task pane, custom functions and function file share one runtime.
 */
import fs from "fs";
import path from "path";
import { parseStringPromise } from "xml2js";

type Node = Record<string, unknown> & { $?: Record<string, string> };

const file = path.resolve(__dirname, "../manifest.xml");
const text = fs.readFileSync(file, "utf8");
let root: Node;

function* walk(node: unknown, trail: string[] = []): Generator<[string[], Node]> {
  if (Array.isArray(node)) for (const n of node) yield* walk(n, trail);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node as Node)) {
      if (key === "$") continue;
      for (const child of Array.isArray(value) ? value : [value]) {
        if (child && typeof child === "object") {
          yield [[...trail, key], child as Node];
          yield* walk(child, [...trail, key]);
        }
      }
    }
  }
}

const all = () => [...walk(root)];
const defined = () => new Map(all().filter(([t, n]) => n.$?.id && /^bt:(Url|String|Image)$/.test(t[t.length - 1])).map(([t, n]) => [n.$!.id, t[t.length - 1]]));

beforeAll(async () => {
  root = (await parseStringPromise(text)).OfficeApp;
});

test("parses as an XML task-pane manifest for Excel workbooks", () => {
  expect(root.$!["xsi:type"]).toBe("TaskPaneApp");
  expect(JSON.stringify(root.Hosts)).toContain('"Name":"Workbook"');
});

test("every resid resolves to a resource and is at most 32 characters", () => {
  const ids = defined();
  const used = all().map(([, n]) => n.$?.resid).filter((r): r is string => Boolean(r));
  expect(used.length).toBeGreaterThan(5);
  for (const resid of used) {
    expect({ resid, defined: ids.has(resid) }).toEqual({ resid, defined: true });
    expect(resid.length).toBeLessThanOrEqual(32);
  }
  for (const id of ids.keys()) expect(id.length).toBeLessThanOrEqual(32);
});

test("every URL is https", () => {
  const urls = [...text.matchAll(/(?:DefaultValue|Value)="([a-z]+:\/\/[^"]+)"/gi)].map((m) => m[1]);
  const domains = [...text.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1]);
  expect(urls.length).toBeGreaterThan(5);
  for (const url of [...urls, ...domains]) expect(url).toMatch(/^https:\/\//);
});

test("the custom functions' namespace is DEUZ, with German metadata for de-de", () => {
  const ext = all().find(([t, n]) => t[t.length - 1] === "ExtensionPoint" && n.$?.["xsi:type"] === "CustomFunctions")![1];
  const namespace = (ext.Namespace as Node[])[0].$!.resid;
  expect(text).toMatch(new RegExp(`<bt:String id="${namespace.replace(".", "\\.")}" DefaultValue="DEUZ"/>`));
  const metadata = ((ext.Metadata as Node[])[0].SourceLocation as Node[])[0].$!.resid;
  expect(text).toMatch(new RegExp(`<bt:Url id="${metadata.replace(/\./g, "\\.")}" DefaultValue="[^"]+/functions\\.json">\\s*<bt:Override Locale="de-de" Value="[^"]+/functions-de\\.json"/>`));
});

test("shared runtime: the runtime, the functions' page and script and the function file are one page", () => {
  const runtime = all().find(([t]) => t[t.length - 1] === "Runtime")![1];
  expect(runtime.$!.lifetime).toBe("long");
  const ext = all().find(([t, n]) => t[t.length - 1] === "ExtensionPoint" && n.$?.["xsi:type"] === "CustomFunctions")![1];
  const page = ((ext.Page as Node[])[0].SourceLocation as Node[])[0].$!.resid;
  const script = ((ext.Script as Node[])[0].SourceLocation as Node[])[0].$!.resid;
  const functionFile = all().find(([t]) => t[t.length - 1] === "FunctionFile")![1].$!.resid;
  expect(new Set([runtime.$!.resid, page, script, functionFile]).size).toBe(1);
  expect(text).toContain('<Set Name="SharedRuntime" MinVersion="1.1"/>');
});

test("asks for no more than ReadWriteDocument", () => {
  expect(root.Permissions).toEqual(["ReadWriteDocument"]);
});

test("requires only what the custom functions need; the task pane's buttons check their own sets at run time", () => {
  // SharedRuntime 1.1 and CustomFunctionsRuntime 1.1 (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-manifest);
  // an ExcelApi minimum here would hide the functions from hosts that lack only a button's set (src/taskpane/excel/support.ts)
  const sets = ((root.Requirements as Node[])[0].Sets as Node[])[0].Set as Node[];
  expect(sets.map((s) => `${s.$!.Name} ${s.$!.MinVersion}`).sort()).toEqual(["CustomFunctionsRuntime 1.1", "SharedRuntime 1.1"]);
});
