import fs from "node:fs";
import path from "node:path";
import { parse, OperationDefinitionNode } from "graphql";
import { ROOT } from "./paths";

/**
 * The persisted-document manifest: every operation under schema/operations, by its sha256 (generated
 * by codegen with `persistedDocuments`). Partners send a document id, never a query of their own;
 * administrators register operations for a partner by name.
 */
export const MANIFEST_FILE = path.join(ROOT, "schema", "operations", "__generated__", "persisted-documents.json");

export interface PersistedDocument {
  id: string;
  name: string;
  body: string;
}

export interface Manifest {
  byId: ReadonlyMap<string, PersistedDocument>;
  byName: ReadonlyMap<string, PersistedDocument>;
}

export function loadManifest(file = MANIFEST_FILE): Manifest {
  const raw = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>;
  const byId = new Map<string, PersistedDocument>();
  const byName = new Map<string, PersistedDocument>();
  for (const [id, body] of Object.entries(raw)) {
    const op = parse(body).definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition");
    if (!op?.name) continue;
    const doc = { id, name: op.name.value, body };
    byId.set(id, doc);
    byName.set(doc.name, doc);
  }
  return { byId, byName };
}
