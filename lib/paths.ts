import fs from "node:fs";
import path from "node:path";

/** The project root (where package.json is), found from this file whether run from src or dist. */
function findRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`package.json not found above ${start}`);
    dir = up;
  }
  return dir;
}

export const ROOT = findRoot(__dirname);
export const SCHEMA_DIR = path.join(ROOT, "schema");
export const SUPERGRAPH_FILE = path.join(SCHEMA_DIR, "supergraph.graphql");
