import { DocumentNode, GraphQLFieldResolver, GraphQLSchema, Kind, visit } from "graphql";
import { getMetadataStorage } from "type-graphql";
import type { Claims } from "../../../lib/claims";
import { requireScope } from "../auth";
import type { Context } from "../context";
import { badInput, conflict } from "../errors";
import { outsideDeadline } from "../deadline";
import { awaitFirst, canonicalJson, claimKey, completeKey, KeyedCall, releaseKey, sealer, sha256 } from "./idempotency.service";

/**
 * Idempotency keys on every mutation (DESIGN §4 "Mutations are safe to retry"), added by the kit
 * when it builds a subgraph's schema, so no subgraph can forget them: each Mutation field gets the
 * optional argument below, and its resolver is wrapped.
 *
 * What a retry gets back: the mutation resolver's return value (the root value: the registered
 * person, the payload object), stored as JSON when the first call returns, before field resolution.
 * A retry resolves its selection from that value like any answer, so it may select other fields,
 * and masking and the audit of personal data apply to it as to any response (its nested fields
 * that are read afresh, e.g. a person's enrollments, show the data as it is now). Errors are not
 * stored: a failed call frees its key, so it may be retried with it.
 */
export const IDEMPOTENCY_ARG = "idempotencyKey";
const MAX_KEY = 200;
const DESCRIPTION =
  "Idempotency key (幂等键), optional: send the same key when retrying. A retry with the same key and the same " +
  "arguments answers what the first call did and writes nothing again; the same key with other arguments is " +
  "refused (CONFLICT, rule idempotency.key-reused). Kept 24 hours, per caller and mutation; use a new random " +
  `key (a UUID) per request, at most ${MAX_KEY} characters.`;

/** Adds `idempotencyKey: String` to every field of the Mutation type of a subgraph's SDL. */
export function withIdempotencyKeyArgument(doc: DocumentNode): DocumentNode {
  return visit(doc, {
    ObjectTypeDefinition(node) {
      if (node.name.value !== "Mutation") return undefined;
      return {
        ...node,
        fields: node.fields?.map((field) => {
          if (field.arguments?.some((a) => a.name.value === IDEMPOTENCY_ARG)) {
            throw new Error(`Mutation.${field.name.value} declares ${IDEMPOTENCY_ARG} itself; the kit adds it to every mutation.`);
          }
          const arg = {
            kind: Kind.INPUT_VALUE_DEFINITION,
            name: { kind: Kind.NAME, value: IDEMPOTENCY_ARG },
            type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: "String" } },
            description: { kind: Kind.STRING, value: DESCRIPTION, block: true },
          } as const;
          return { ...field, arguments: [...(field.arguments ?? []), arg] };
        }),
      };
    },
  });
}

type ResolverMap = Record<string, Record<string, unknown>>;

/** Wraps the resolver of every Mutation field; refuses to build when one has none to wrap. */
export function makeMutationsIdempotent(schema: GraphQLSchema, resolverMap: ResolverMap, resolvers: readonly Function[]): void {
  const fields = schema.getMutationType()?.getFields() ?? {};
  const scopes = declaredScopes(resolvers);
  for (const name of Object.keys(fields)) {
    const resolve = resolverMap.Mutation?.[name];
    if (typeof resolve !== "function") throw new Error(`Mutation.${name} has no resolver the kit can make idempotent.`);
    resolverMap.Mutation[name] = idempotent(name, resolve as GraphQLFieldResolver<unknown, Context>, scopes.get(name) ?? []);
  }
}

/**
 * The scopes each mutation's @Authorized states. The auth checker runs inside the wrapped resolver,
 * which a retry answered from the store never reaches: the wrapper checks them first itself.
 */
function declaredScopes(resolvers: readonly Function[]): Map<string, string[]> {
  const storage = getMetadataStorage();
  const out = new Map<string, string[]>();
  for (const m of storage.mutations.filter((q) => resolvers.includes(q.target))) {
    const field = storage.authorizedFields.find((a) => a.target === m.target && a.fieldName === m.methodName);
    const cls = storage.authorizedResolver.find((a) => a.target === m.target);
    out.set(m.schemaName, [...((field ?? cls)?.roles ?? [])] as string[]);
  }
  return out;
}

/** What the caller may do: a retry must come with the same rights as the call it repeats. */
function rights(claims: Claims): unknown {
  return { scopes: [...claims.scopes].sort(), role: claims.role, agency: claims.agency, purpose: claims.purpose, bounds: claims.bounds, operations: claims.operations };
}

function idempotent(mutation: string, resolve: GraphQLFieldResolver<unknown, Context>, scopes: string[]): GraphQLFieldResolver<unknown, Context> {
  return async (root, args: Record<string, unknown>, ctx, info) => {
    const { [IDEMPOTENCY_ARG]: key, ...rest } = args;
    if (key === undefined || key === null) return resolve(root, rest, ctx, info);
    if (typeof key !== "string" || key.length === 0 || key.length > MAX_KEY) {
      throw badInput(IDEMPOTENCY_ARG, "idempotency.key-format", `The idempotency key must have 1 to ${MAX_KEY} characters.`);
    }
    if (scopes.length) requireScope(ctx, ...scopes);
    // Scoped by caller and mutation: another caller's key, or this key on another mutation, is another key.
    const call: KeyedCall = {
      id: sha256(canonicalJson([ctx.claims.sub, mutation, key])),
      mutation,
      requestHash: sha256(canonicalJson({ args: rest, rights: rights(ctx.claims) })),
    };
    const seal = sealer(ctx.config.internalTokenSecret, `${call.id}\0${key}`);
    let claim = await claimKey(ctx.db, call);
    if (claim.kind === "running") claim = await awaitFirst(ctx.db, call);
    if (claim.kind === "other-request") {
      throw conflict("This idempotency key was already used with other arguments (or by the caller with other rights); send a new key for a new request.", { field: IDEMPOTENCY_ARG, rule: "idempotency.key-reused" });
    }
    if (claim.kind === "running") {
      throw conflict("A call with this idempotency key is still running, or stopped before its answer was stored; check whether it took effect before retrying with a new key.", { field: IDEMPOTENCY_ARG, rule: "idempotency.in-progress" });
    }
    if (claim.kind === "done") {
      const plain = seal.open(claim.response);
      if (plain === null) throw conflict("The first answer for this idempotency key can no longer be read (the hub's secret changed); check whether it took effect before retrying with a new key.", { field: IDEMPOTENCY_ARG, rule: "idempotency.unreadable" });
      return JSON.parse(plain);
    }
    let value: unknown;
    try {
      value = await resolve(root, rest, ctx, info);
    } catch (err) {
      await outsideDeadline(() => releaseKey(ctx.db, call.id)).catch((e: unknown) => ctx.log.error({ err: e }, "idempotency key not released"));
      throw err;
    }
    try {
      await outsideDeadline(() => completeKey(ctx.db, call.id, seal.seal(JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)) ?? "null")));
    } catch (err) {
      // The mutation took effect: answer it. The key stays PENDING, so a retry is told so, never re-run.
      ctx.log.error({ err, mutation }, "idempotency answer not stored");
    }
    return value;
  };
}
