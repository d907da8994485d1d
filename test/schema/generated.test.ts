import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import { execFileSync } from "node:child_process";
import { composeSupergraph } from "../../schema/compose";
import { ROOT } from "../../lib/paths";

/** Generated artifacts are committed; these fail when someone changed the source and forgot to regenerate. */
describe("generated artifacts", () => {
  it("schema/*.graphql match the subgraphs' code (run `npm run compose`)", async () => {
    const { files } = await composeSupergraph();
    for (const [name, content] of Object.entries(files)) {
      const committed = fs.readFileSync(path.join(ROOT, "schema", name), "utf8");
      expect({ file: name, stale: committed !== content }).toEqual({ file: name, stale: false });
    }
  });

  it("the typed operations under schema/operations/__generated__ match the operations (run `npm run codegen`)", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "sihub-codegen-"));
    const generated = path.join(ROOT, "schema", "operations", "__generated__");
    const config = path.join(out, "codegen.yml");
    fs.writeFileSync(config, fs.readFileSync(path.join(ROOT, "codegen.yml"), "utf8").replace("schema/operations/__generated__/", `${out}/gen/`));
    // The codegen CLI is ESM-only inside; run it as clients do, in its own process.
    execFileSync(process.execPath, [path.join(ROOT, "node_modules", "@graphql-codegen", "cli", "cjs", "bin.js"), "--config", config, "--silent"], { cwd: ROOT, stdio: "pipe" });
    const files = fs.readdirSync(path.join(out, "gen"));
    expect(files.sort()).toEqual(fs.readdirSync(generated).sort());
    for (const f of files) {
      const stale = fs.readFileSync(path.join(out, "gen", f), "utf8") !== fs.readFileSync(path.join(generated, f), "utf8");
      expect({ file: f, stale }).toEqual({ file: f, stale: false });
    }
    fs.rmSync(out, { recursive: true, force: true });
  });
});
