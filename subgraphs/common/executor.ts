import type { GatewayExecutor, GatewayGraphQLRequestContext, GatewayInterface } from "@apollo/server-gateway-interface";
import { BREAK, DocumentNode, execute, getNamedType, getVariableValues, Kind, GraphQLError, GraphQLInputType, GraphQLSchema, isInputObjectType, isNonNullType, OperationDefinitionNode, typeFromAST, visit } from "graphql";
import { compileQuery, isCompiledQuery, CompiledQuery } from "graphql-jit";

/**
 * Runs a subgraph's queries as compiled queries (graphql-jit) instead of graphql-js's interpreter:
 * on the employer page of 50 with staff and people the interpreter's per-field work (resolve info,
 * promise bookkeeping, value completion) was a third of the subgraph's CPU. Measured on the full
 * demo (SQLite, employer page of 50): the subgraph alone 41 → 50 req/s; through the gateway 31–34 →
 * 31–41 (median 37).
 *
 * Apollo Server takes another executor only through its gateway interface, so this is a "gateway" of
 * one fixed schema: parsing, validation (introspection refused included), plugins, the audit hook and
 * error formatting stay Apollo's, and every field still runs its own `resolve` (the personal-data
 * wrapper, bounds and scopes are resolvers: personal-data.ts, field-scopes.ts), so nothing the kit
 * enforces depends on the executor. graphql-js runs instead, per document:
 * - when it holds a string literal anywhere. graphql-jit writes argument literals into the code it
 *   generates, and a string that starts with its Date marker (`__MAGIC_DATE__…`) comes out as code: a
 *   caller's literal would run in this process (graphql-jit 0.8.9; test/kit/executor.test.ts shows it
 *   and that the hub is not open to it). Names are GraphQL names, other literals are numbers,
 *   booleans or enum values, and variables are read at run time, so none of them can. The gateway
 *   passes a client's variables on as variables: dashboards and partners stay compiled;
 * - for mutations: rare, and their inputs are where defaults live;
 * - when a required variable has a default (`$first: Int! = 100`), or the variables reach an input
 *   type with a required field that has a default: graphql-jit refuses them when left out, where
 *   graphql-js applies the default.
 * For a compiled query, variables are coerced by graphql-js first (a bad value gets graphql-js's error,
 * which Apollo answers as BAD_USER_INPUT with the scalar's rule; the compiled query then coerces the same
 * values with the same scalars), and its errors become graphql-js GraphQLErrors carrying the original
 * error and its extensions (Apollo's error formatting reads `extensions.code`, which graphql-jit may
 * leave undefined).
 * A value graphql-js's default resolver would call (a function-valued property) is read as it is by a
 * compiled query: such fields get a resolver (page.ts, resolveLazyTotals).
 *
 * A document is compiled the second time it comes (compiling costs about as much as running it a few
 * times: a one-off query from an analyst is run as it is), and kept per document and operation (the
 * gateway sends a few hundred distinct fetches at most), the oldest dropped past `size`.
 * SUBGRAPH_EXECUTOR=interpreted turns all of this off.
 */
export function compiledExecutor(schema: GraphQLSchema, size = 500): GatewayInterface {
  /** Per document and operation: its compiled query, "interpreted" for good, or "seen" once. */
  const known = new Map<string, CompiledQuery | "interpreted" | "seen">();
  const defaulted = inputsWithRequiredDefaults(schema);
  const interpreted = (document: DocumentNode, operation: OperationDefinitionNode) =>
    operation.operation !== "query" ||
    hasStringLiteral(document) ||
    (operation.variableDefinitions ?? []).some((v) => (v.type.kind === Kind.NON_NULL_TYPE && v.defaultValue !== undefined) || reaches(typeFromAST(schema, v.type as never) as GraphQLInputType | undefined, defaulted));
  const compile = (rc: GatewayGraphQLRequestContext): CompiledQuery | "interpreted" => {
    if (interpreted(rc.document, rc.operation)) return "interpreted";
    const built = compileQuery(schema, rc.document, rc.operationName ?? undefined, { disablingCapturingStackErrors: true });
    return isCompiledQuery(built) ? built : "interpreted";
  };
  const executor: GatewayExecutor = async (rc) => {
    const variables = rc.request.variables ?? {};
    const key = `${rc.queryHash}:${rc.operationName ?? ""}`;
    let query = known.get(key);
    if (query === undefined || query === "seen") {
      const next = query === undefined ? "seen" : compile(rc);
      if (query === undefined && known.size >= size) known.delete(known.keys().next().value!);
      known.set(key, next);
      query = next === "seen" ? "interpreted" : next;
    }
    if (query === "interpreted") {
      return execute({ schema, document: rc.document, operationName: rc.operationName, contextValue: rc.context, variableValues: variables });
    }
    const coerced = getVariableValues(schema, rc.operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    const result = await query.query(undefined, rc.context, variables);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => undefined;
    },
    async load() {
      return { schema, executor };
    },
    async stop() {},
  };
}

function asGraphQLError(e: GraphQLError): GraphQLError {
  const original = e.originalError ?? undefined;
  return new GraphQLError(e.message, { path: e.path, originalError: original, extensions: e.extensions ?? (original as GraphQLError | undefined)?.extensions });
}

/**
 * Input object types with a required field that has a default (`interviews: [InterviewInput!]! = []`).
 * graphql-jit's variable coercion refuses such a field when it is left out, where graphql-js applies
 * the default (the same for a required variable with a default, `$first: Int! = 100`): an operation
 * whose variables reach one runs interpreted.
 */
function inputsWithRequiredDefaults(schema: GraphQLSchema): Set<string> {
  const out = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (isInputObjectType(type) && Object.values(type.getFields()).some((f) => isNonNullType(f.type) && f.defaultValue !== undefined)) out.add(type.name);
  }
  return out;
}

/** Whether an input type is, or holds at any depth, one of `names`. */
function reaches(type: GraphQLInputType | undefined, names: Set<string>, seen = new Set<string>()): boolean {
  const named = type && getNamedType(type);
  if (!named || !isInputObjectType(named) || seen.has(named.name)) return false;
  if (names.has(named.name)) return true;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => reaches(f.type, names, seen));
}

/**
 * Whether the document holds a string literal (arguments, input objects, lists, directives, variable
 * defaults; block strings too): the only caller-written text graphql-jit would put into generated code.
 */
function hasStringLiteral(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue() {
      found = true;
      return BREAK;
    },
  });
  return found;
}
