import type { ApolloServerPlugin } from "@apollo/server";
import { ASTNode, getNamedType, GraphQLError, GraphQLSchema, GraphQLScalarType, Kind, TypeInfo, visit, visitWithTypeInfo, type ValueNode } from "graphql";
import { SCALARS } from "../subgraphs/common/scalars";
import type { GatewayContext } from "./server";

function requestError(rule: string, message: string, code = "BAD_REQUEST"): GraphQLError {
  return new GraphQLError(message, { extensions: { code, rule, http: { status: 400 } } });
}

/**
 * Request errors the caller made, answered as such (HTTP 400 with a public code), before the query
 * planner sees them: left to the gateway's executor, an unknown operation name, an unnamed operation
 * among several or a subscription came back as HTTP 500 "Internal error", logged as a defect.
 */
export function checkOperationShape(operation: { operation: string } | undefined | null, operationName: string | undefined | null, operationCount: number): void {
  if (!operation) {
    if (operationName) throw requestError("operation.unknown-name", `The document has no operation named "${operationName}".`);
    throw requestError(operationCount > 1 ? "operation.name-required" : "operation.missing", operationCount > 1 ? "The document has several operations: name the one to run (operationName)." : "The document has no operation.");
  }
  if (operation.operation === "subscription") throw requestError("operation.subscription", "The hub answers queries and mutations; it has no subscriptions.");
}

const KIT_SCALARS = new Map<string, GraphQLScalarType>(SCALARS.map((s) => [s.name, s]));

/**
 * Literals of the hub's scalars (Money, Date, YearMonth) are checked here with the subgraphs' own
 * parsers: the supergraph's copies of these scalars accept anything, so a bad literal would otherwise
 * reach a subgraph, fail its validation and come back as "service unavailable" (a false outage alarm).
 * Variables are checked by the subgraph, which names the variable and the rule.
 */
export function checkScalarLiterals(schema: GraphQLSchema, document: ASTNode): void {
  const typeInfo = new TypeInfo(schema);
  visit(document, visitWithTypeInfo(typeInfo, {
    enter(node, _key, parent, _path, ancestors) {
      if (node.kind !== Kind.STRING && node.kind !== Kind.INT && node.kind !== Kind.FLOAT) return;
      const expected = typeInfo.getInputType();
      const scalar = expected ? KIT_SCALARS.get(getNamedType(expected).name) : undefined;
      if (!scalar) return;
      try {
        scalar.parseLiteral(node as ValueNode, undefined);
      } catch (err) {
        const message = (err as Error).message;
        const rule = /^([a-z-]+\.[a-z-]+):/.exec(message)?.[1] ?? `${scalar.name.toLowerCase()}.format`;
        // `ancestors` stops above the parent (graphql-js visit): the parent is the argument or field itself.
        const field = ([...ancestors, parent] as readonly (ASTNode | readonly ASTNode[] | undefined)[])
          .filter((a): a is ASTNode => !!a && !Array.isArray(a) && ((a as ASTNode).kind === Kind.ARGUMENT || (a as ASTNode).kind === Kind.OBJECT_FIELD))
          .map((a) => (a as { name: { value: string } }).name.value)
          .join(".");
        throw new GraphQLError(message.replace(/^[a-z-]+\.[a-z-]+:\s*/, ""), { extensions: { code: "BAD_USER_INPUT", field, rule, http: { status: 400 } } });
      }
    },
  }));
}

export function requestChecks(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, document, schema }) {
          const count = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
          checkOperationShape(operation, request.operationName, count);
          checkScalarLiterals(schema, document);
        },
      };
    },
  };
}

/** Seconds a client should wait before retrying when a database is down (HTTP Retry-After). */
export const RETRY_AFTER_S = 5;

/** Seconds to wait when a RATE_LIMITED error names none (the counters' window is a minute). */
export const RATE_RETRY_AFTER_S = 60;

/**
 * When the whole answer failed for one reason a client should back off for, the HTTP status says so
 * too, with Retry-After, so clients and load balancers wait and retry: a database down (every error
 * SERVICE_UNAVAILABLE, no data) is 503; a used-up allowance (every error RATE_LIMITED, e.g. 20 aliased
 * lookups by ID number past the limit) is 429, Retry-After the longest wait the errors name.
 * A partial answer (one field or subgraph's part null, others with data) stays 200 with its errors.
 */
export function unavailableStatus(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.length) return;
          if (data && Object.values(data).some((v) => v !== null)) return;
          if (errors.every((e) => e.extensions?.code === "SERVICE_UNAVAILABLE")) {
            response.http.status = 503;
            response.http.headers.set("retry-after", String(RETRY_AFTER_S));
          } else if (errors.every((e) => e.extensions?.code === "RATE_LIMITED")) {
            const waits = errors.map((e) => Number(e.extensions?.retryAfter)).filter((n) => Number.isInteger(n) && n > 0 && n <= 3600);
            response.http.status = 429;
            response.http.headers.set("retry-after", String(waits.length ? Math.max(...waits) : RATE_RETRY_AFTER_S));
          }
        },
      };
    },
  };
}
