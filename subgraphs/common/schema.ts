import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { GraphQLSchema, parse } from "graphql";
import { buildSchema, createResolversMap, NonEmptyArray } from "type-graphql";
import { assertEveryRootFieldAuthorized, requireScope, scopeAuthChecker } from "./auth";
import type { Context } from "./context";
import { SCALARS } from "./scalars";
import { auditLogTypes } from "./audit/audit.resolver";
import { makeMutationsIdempotent, withIdempotencyKeyArgument } from "./idempotency/idempotency.schema";
import { collectPersonalDataMarks, enforcePersonalData } from "./personal-data";
import { assertNoSkippedGuards } from "./skipped-guards";
import { buildWithFieldScopesLifted, enforceFieldScopes } from "./field-scopes";
import { annualReportTypes, ReportSection } from "./report";
import { aggregate, assertBoundsDeclared, SubgraphBounds } from "./bounds";
import { resolveLazyTotals } from "./page";

/** Resolves an entity representation; `scope` is checked first, since reference resolvers bypass the auth checker. */
export interface ReferenceResolver<L> {
  scope: string | string[];
  resolve(representation: Record<string, unknown>, context: Context<L>): unknown;
}

export interface FederatedSchemaSpec<L> {
  /** The subgraph's name: its audit chain appears as this field of AuditLog. */
  name: string;
  /** Whether this subgraph answers Query.auditLog (exactly one does). */
  hostsAuditLogQuery?: boolean;
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  references?: Record<string, ReferenceResolver<L>>;
  /** This subgraph's section of AnnualReport: the kit makes its class, orphan, reference and cache (report.ts). */
  reportSection?: ReportSection<L>;
  /** The bounds class of every Query field and entity type (bounds.ts); checked when the schema is built. */
  bounds?: SubgraphBounds;
}

const LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])`;

/**
 * A Federation-2 subgraph schema from type-graphql resolvers: type-graphql builds the schema (with
 * its auth checker and middlewares inside the resolvers), @apollo/subgraph adds `_entities` and
 * `_service` and wires the reference resolvers, and the kit wraps the personal-data fields last.
 */
export async function buildFederatedSchema<L>(spec: FederatedSchemaSpec<L>): Promise<GraphQLSchema> {
  // Every subgraph carries its audit chain of unmasked reads (DESIGN §4), with no code of its own.
  const audit = auditLogTypes(spec.name, spec.hostsAuditLogQuery ?? false);
  const report = annualReportTypes(spec.reportSection);
  if (spec.references?.AnnualReport) throw new Error(`${spec.name}: declare the AnnualReport section as reportSection, not as a reference entry.`);
  const resolvers: NonEmptyArray<Function> = [...spec.resolvers, ...audit.resolvers, ...report.resolvers];
  const references: Record<string, ReferenceResolver<L>> = {
    AuditLog: { scope: "auditlog:read", resolve: (ref) => ({ from: ref.from, to: ref.to }) },
    ...report.references,
    ...spec.references,
  };
  assertEveryRootFieldAuthorized(resolvers);
  // Field resolvers' scopes are checked by the kit, synchronously (field-scopes.ts): they run per row.
  const { built, lifted } = buildWithFieldScopesLifted(resolvers, () => buildSchema({
    resolvers,
    orphanedTypes: [...(spec.orphanedTypes ?? []), ...audit.types, ...report.types],
    authChecker: scopeAuthChecker,
    authMode: "error",
    validate: false,
    skipCheck: true,
  }));
  const schema = await built;
  // Guards type-graphql would skip are refused; personal data is enforced below, on every path.
  assertNoSkippedGuards(schema);
  const personalData = collectPersonalDataMarks(schema);
  const resolverMap = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const s of SCALARS) resolverMap[s.name] = s as unknown as Record<string, unknown>;
  // Every mutation takes an idempotency key (DESIGN §4), whatever the subgraph declares.
  makeMutationsIdempotent(schema, resolverMap, resolvers);
  for (const [typeName, ref] of Object.entries(references)) {
    const scopes = Array.isArray(ref.scope) ? ref.scope : [ref.scope];
    resolverMap[typeName] = {
      ...(resolverMap[typeName] ?? {}),
      // Async, so that a refusal or a malformed key (parseId) fails only its own representation,
      // never the whole _entities batch.
      __resolveReference: async (representation: Record<string, unknown>, context: Context<L>) => {
        requireScope(context, ...scopes);
        return ref.resolve(representation, context);
      },
    };
  }
  const sdl = `${LINK}\n${printSchemaWithDirectives(schema)}`
    .replace(/^type Query \{/m, '"""Queries (查询): every field states the scope it needs."""\ntype Query {')
    .replace(/^type Mutation \{/m, '"""Mutations (办理): each validates its input and writes in one transaction."""\ntype Mutation {');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const federated = buildSubgraphSchema({ typeDefs: withIdempotencyKeyArgument(parse(sdl)), resolvers: resolverMap as any });
  assertBoundsDeclared(federated, subgraphBounds(spec));
  enforceFieldScopes(federated, lifted());
  resolveLazyTotals(federated);
  return enforcePersonalData(federated, personalData);
}

/**
 * The annual report is the kit's own: its section's figures are aggregates (zeros outside the
 * caller's bounds), and so is `Query.annualReport` where the section hosts it. Declared here, so a
 * subgraph declares only what it wrote itself.
 */
export function subgraphBounds(spec: { bounds?: SubgraphBounds; reportSection?: ReportSection<any> }): SubgraphBounds | undefined {
  const { bounds: declared, reportSection: section } = spec;
  if (!section) return declared;
  const own = declared ?? { entities: {}, queries: {}, references: {} };
  return {
    ...own,
    queries: { ...own.queries, ...(section.hostsQuery ? { annualReport: aggregate } : {}) },
    references: { ...own.references, AnnualReport: aggregate },
  };
}
