import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * The kit contract (DESIGN §7): subgraphs/common/** imports nothing from a domain subgraph, the
 * registry or the module list, so a new subgraph never edits the kit, and the kit never breaks
 * because a domain changed. The demo world (demo/) keeps to the same rule.
 */
const ROOT = path.resolve(__dirname, "../..");
const SUBGRAPHS = path.join(ROOT, "subgraphs");

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : /\.ts$/.test(e.name) && !e.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** Every module specifier a file imports or re-exports (type-only included), and require()/import() calls. */
function specifiers(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) out.push(node.moduleSpecifier.text);
    if (ts.isCallExpression(node) && node.arguments.length > 0 && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === "require"))) {
      const arg = node.arguments[0];
      out.push(ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg) ? arg.text : `<dynamic ${arg.getText(source)}>`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** What a relative import of `file` resolves to, relative to subgraphs/ ("enrollment/…", "registry", "common/…"), or null outside it. */
function underSubgraphs(file: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null;
  const target = path.relative(SUBGRAPHS, path.resolve(path.dirname(file), spec));
  return target.startsWith("..") ? null : target.split(path.sep).join("/");
}

function offenders(dir: string): string[] {
  return sources(dir).flatMap((file) => specifiers(file)
    .filter((spec) => {
      if (spec.startsWith("<dynamic")) return true;
      const target = underSubgraphs(file, spec);
      return target !== null && !target.startsWith("common/") && target !== "common";
    })
    .map((spec) => `${path.relative(ROOT, file)} imports ${spec}`));
}

describe("the kit's imports", () => {
  it("finds the imports it checks (a walk over nothing would pass)", () => {
    const files = sources(path.join(SUBGRAPHS, "common"));
    expect(files.length).toBeGreaterThan(20);
    expect(specifiers(path.join(SUBGRAPHS, "common/scalars.ts"))).toContain("./dates");
    expect(underSubgraphs(path.join(SUBGRAPHS, "common/import/folder.ts"), "../../modules")).toBe("modules");
    expect(underSubgraphs(path.join(SUBGRAPHS, "common/module.ts"), "../registry")).toBe("registry");
    expect(underSubgraphs(path.join(SUBGRAPHS, "common/demo/plugin.ts"), "../../enrollment/import/records")).toBe("enrollment/import/records");
  });

  it("subgraphs/common imports nothing from a domain subgraph, the registry or modules.ts", () => {
    expect(offenders(path.join(SUBGRAPHS, "common"))).toEqual([]);
  });

  it("the demo world (demo/) imports only the kit from subgraphs/", () => {
    expect(offenders(path.join(ROOT, "demo"))).toEqual([]);
  });
});
