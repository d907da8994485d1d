import fs from "node:fs";
import path from "node:path";
import { Kind, parse, print, OperationDefinitionNode } from "graphql";
import { ROOT } from "../lib/paths";

/** The operations real clients send (schema/operations), by name, as query text. */
export function loadOperations(dir = path.join(ROOT, "schema", "operations")): Map<string, string> {
  const ops = new Map<string, string>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".graphql"))) {
    const doc = parse(fs.readFileSync(path.join(dir, file), "utf8"));
    for (const def of doc.definitions) {
      if (def.kind === Kind.OPERATION_DEFINITION && def.name) ops.set(def.name.value, print(def as OperationDefinitionNode));
    }
  }
  return ops;
}

/** An entity lookup by hub id, the selection of EmployerByCreditCode (no such operation is in schema/operations). */
export const EMPLOYER_BY_ID = `query EmployerById($id: ID!) {
  employer(id: $id) { id name creditCode status area { code name } }
}`;

export interface GraphQLBody {
  data?: any;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export async function graphql(url: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<{ status: number; body: GraphQLBody; ms: number }> {
  const t0 = performance.now();
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  const ms = performance.now() - t0;
  let body: GraphQLBody;
  try {
    body = JSON.parse(text) as GraphQLBody;
  } catch {
    body = { errors: [{ message: `not JSON (HTTP ${res.status}): ${text.slice(0, 200)}` }] };
  }
  return { status: res.status, body, ms };
}

/** What is wrong with a response, or undefined when it is a clean 200 with data. */
export function problemOf(r: { status: number; body: GraphQLBody }): string | undefined {
  if (r.status !== 200) return `HTTP ${r.status}: ${JSON.stringify(r.body).slice(0, 300)}`;
  if (r.body.errors?.length) return `errors: ${JSON.stringify(r.body.errors).slice(0, 300)}`;
  if (!r.body.data) return "no data";
  return undefined;
}
