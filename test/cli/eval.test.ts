import { execFileSync, spawnSync } from "child_process";
import path from "path";
import { main } from "../../src/cli/main";
import { Io } from "../../src/cli/io";

function run(argv: string[], stdin = "") {
  let out = "";
  let err = "";
  const io: Io = { out: (t) => (out += t), err: (t) => (err += t), readStdin: async () => stdin };
  return main(argv, io).then((code) => ({ code, out, err }));
}

describe("deuz eval", () => {
  test("answers one line per formula: full-precision numbers, TRUE/FALSE, error codes, text", async () => {
    const r = await run(["eval", "=DEUZ.PUE(1300,1000)", "DEUZ.PUE.LIMIT(DATE(2020,1,1))", "=DEUZ.CER.CHECK(9,DATE(2024,1,1))", "=DEUZ.PUE(0,0)", "=DEUZ.VERSION()", "=1/3"]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")).toEqual(["1.3", "1.3", "FALSE", "#DIV/0!", "DE-UZ 228 Ausgabe Januar 2023, Version 3", String(1 / 3), ""]);
  });
  test("reads one formula per non-empty line of standard input, in one workbook", async () => {
    const r = await run(["eval"], "=DEUZ.ITEU(0.25)\n\n=DEUZ.ITEU.CHECK(0.2)\r\n");
    expect(r).toEqual({ code: 0, out: "0.25\nTRUE\n", err: "" });
  });
  test("a formula that does not parse exits 2 naming its line", async () => {
    const r = await run(["eval"], "=1+1\n\n=DEUZ.PUE(1,\n");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/^deuz eval: line 3: cannot parse "=DEUZ.PUE\(1,"/);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });
  test("an unknown command or option exits 2 with one line", async () => {
    expect(await run(["frobnicate"])).toMatchObject({ code: 2, err: 'deuz: unknown command "frobnicate" (see deuz --help)\n' });
    expect((await run(["eval", "--fast"])).code).toBe(2);
  });
  test("--help lists the commands, --version names the criteria edition", async () => {
    expect((await run(["--help"])).out).toMatch(/deuz eval/);
    expect((await run(["--version"])).out).toMatch(/^deuz \d+\.\d+\.\d+ \(DE-UZ 228 Ausgabe Januar 2023, Version 3\)\n$/);
  });
});

describe("bin/deuz.js", () => {
  const root = path.resolve(__dirname, "../..");
  beforeAll(() => {
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: root });
  });
  test("runs as a command", () => {
    const r = spawnSync(process.execPath, ["bin/deuz.js", "eval", "=DEUZ.PUE(1300,1000)"], { cwd: root, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("1.3\n");
  });
});
