import fs from "node:fs";
import path from "node:path";
import { extendReleased, MANIFEST_FILE, readCurrent, readReleased, RELEASED_FILE } from "../lib/persisted";
import { ROOT } from "../lib/paths";

/**
 * Run by `npm run codegen` after the generator: appends every document id of the current manifest to
 * schema/operations/released.json, never removing one. CI's stale check (`git diff --exit-code -- schema`)
 * then fails when a changed operation's new id was not committed with it.
 */
function main(): void {
  const { released, added } = extendReleased(readReleased(RELEASED_FILE), readCurrent(MANIFEST_FILE));
  if (added.length === 0) return;
  fs.writeFileSync(RELEASED_FILE, JSON.stringify(released, null, 2) + "\n");
  for (const id of added) console.log(`released ${released[id].name} ${id} → ${path.relative(ROOT, RELEASED_FILE)}`);
}

main();
