/** Running `deuz` in the test process with captured output, and file fingerprints to prove a file unchanged. */
import crypto from "crypto";
import fs from "fs";
import { main } from "../../src/cli/main";
import { Io } from "../../src/cli/io";

export const sha = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

export async function run(argv: string[], stdin = "") {
  let out = "";
  let err = "";
  const io: Io = { out: (t) => (out += t), err: (t) => (err += t), readStdin: async () => stdin };
  const code = await main(argv, io);
  return { code, out, err };
}
