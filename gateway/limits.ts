import type { ApolloServerPlugin } from "@apollo/server";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import {
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  GraphQLNamedType,
  GraphQLSchema,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  Lexer,
  OperationDefinitionNode,
  SelectionSetNode,
  Source,
  TokenKind,
  validate,
  ValueNode,
  visit,
  type FieldNode,
  type GraphQLField,
  type GraphQLOutputType,
} from "graphql";
import { isPartnerRole, type Claims } from "../lib/claims";
import type { GatewayContext } from "./server";

/**
 * Introspection (`__schema`, `__type`) only for callers with the `introspection` scope (analysts):
 * partners and dashboards learn the schema from their registered operations, not by exploring.
 */
export function introspectionGuard(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (contextValue.claims.scopes.has("introspection")) return;
          let introspects = false;
          visit(document, {
            Field(node) {
              if (node.name.value === "__schema" || node.name.value === "__type") introspects = true;
            },
            [Kind.FRAGMENT_DEFINITION]: undefined,
          });
          if (introspects) throw new GraphQLError("Introspection is for analysts only.", { extensions: { code: "FORBIDDEN", http: { status: 403 } } });
        },
      };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Operation limits per kind of caller (DESIGN §4, "Operation safety")
// ---------------------------------------------------------------------------------------------

export type CallerKind = "partner" | "dashboard" | "staff" | "service";

/**
 * Partners: a partner role (`PARTNER_ROLES`) or any `agency` claim (an agency's token that is not held to
 * registered operations still gets a partner's limits); dashboards: role `dashboard`; staff, analysts and
 * services: the rest.
 */
export function callerKind(claims: Pick<Claims, "role" | "agency" | "actor">): CallerKind {
  // A service call (gateway/service-auth.ts) runs its batch operations only, whoever it acts for.
  if (claims.actor) return "service";
  if (claims.agency || isPartnerRole(claims.role)) return "partner";
  if (claims.role === "dashboard") return "dashboard";
  return "staff";
}

export interface OperationLimits {
  /** Nested field levels on the deepest path; `{ a { b } }` is 2. Fragments add no level of their own. */
  maxDepth: number;
  /** Aliased fields in the operation, fragments counted where spread (`__typename` included). */
  maxAliases: number;
  /** Directive uses (`@include`, `@skip` …) in the operation, fragments counted where spread. */
  maxDirectives: number;
  /** Lexical tokens of the whole document (comments not counted), counted on the source before it is parsed. */
  maxTokens: number;
  /** Estimated values resolved: see `operationCost`. */
  maxCost: number;
}

/**
 * Unpaginated lists (`Employer.activeEnrollments`, `Person.enrollments`, breakdowns …) are assumed to hold
 * this many items: the cost of a selection under a list is multiplied by it. A paginated field counts
 * its `first` (1–200, default 50) instead, taken from the literal, the variables or the argument's default.
 */
export const DEFAULT_LIST_SIZE = 50;

/**
 * The one table of limits. Measured with `measureOperation` / `countTokens` (test/security/limits.test.ts
 * runs every operation under `schema/operations/` against them), with pages at the resolvers' maximum of 200:
 *
 * | operation                                                  | depth | cost   | tokens |
 * |------------------------------------------------------------|-------|--------|--------|
 * | EmployerPage, first: 200 (employers, staff, persons)       | 5     | 92,005 |        |
 * | ExampleEmployersInArea, first: 200                         | 5     | 71,805 |        |
 * | Contributions, first: 200                                  | 3     | 2,002  |        |
 * | PersonByIdNumber / ExamplePersonWithEnrollments            | 4     | ≈ 560  |        |
 * | InsuredStatistics / ExampleInsuredBreakdown                | 3     | 705    |        |
 * | ZombieEmployers / RecordContributions / other mutations    | ≤ 4   | ≤ 550  |        |
 * | AnnualFigures today / as in DESIGN §5 (all sections)       | 3 / 5 | 5 / ≈ 550 | 26 / 119 |
 * | tax bureau: employers(first: 200) { nodes { activeEnrollments { person { areaCode } } } } | 5 | 30,201 | |
 * | enrollment.graphql as one document / GraphiQL's default document |   |        | 412 / 258 |
 * | GraphiQL's schema introspection (all options)              | 15 (exempt for analysts) |  | 184 |
 * No operation uses aliases or directives.
 *
 * - staff (analysts, department staff, services) explore in GraphiQL and run all of it. Depth 8: three
 *   levels over the deepest operation (5), for a hop such as employer → enrollments → person → enrollments.
 *   Aliases 30: a few years or areas side by side. Tokens 3,000: GraphiQL sends its whole editor (258 today,
 *   a file of operations 412) and the operations still to come. Cost 250,000: 2.7× the heaviest operation
 *   (EmployerPage at 200, 92,005), yet a page whose items open two nested lists (200 × 50 × 50 = 500,000)
 *   fails. Directives 20: an @include/@skip per optional panel.
 * - dashboards run the aggregate contract (AnnualFigures, InsuredStatistics). Depth 6: the contract is 5 deep
 *   (annualReport → finance → unemploymentFund → income → total), one level to spare. Aliases 20: a panel of
 *   years side by side. Cost 20,000: twenty breakdowns or years of the contract (≈ 700 each), no page of
 *   records with their details. Tokens 1,500: the contract (119) many times over. Directives 10.
 * - partners run their registered operations (DESIGN §4; any operation under `schema/operations/` can be
 *   registered for one), and agencies' tokens not held to registered operations run free-form queries.
 *   Depth 5: the deepest operation (EmployerPage; the tax bureau's employers → staff → person) is 5.
 *   Cost 100,000: every operation at pages of 200 passes (EmployerPage at 200, 92,005, the heaviest), a
 *   page whose items open more lists does not. Aliases 5, tokens 600 (a registered document is one
 *   operation, ≤ 150 tokens), directives 5: a partner's operations need none of these in bulk.
 */
export const LIMITS: Readonly<Record<CallerKind, Readonly<OperationLimits>>> = {
  staff: { maxDepth: 8, maxAliases: 30, maxDirectives: 20, maxTokens: 3000, maxCost: 250_000 },
  dashboard: { maxDepth: 6, maxAliases: 20, maxDirectives: 10, maxTokens: 1500, maxCost: 20_000 },
  partner: { maxDepth: 5, maxAliases: 5, maxDirectives: 5, maxTokens: 600, maxCost: 100_000 },
  // Services (subgraphs resolving ids, DESIGN §2) send PeopleByIdNumbers / EmployersByCreditCodes: 5,000 keys as
  // variables (variables are no tokens), each item costed (BATCH_LIST_ARGUMENTS): 5,000 × (1 + 1 id) = 10,000.
  // Depth 4: AccidentParties (person → enrollments → employer → id), the deepest of schema/operations/service.graphql.
  service: { maxDepth: 4, maxAliases: 0, maxDirectives: 0, maxTokens: 100, maxCost: 15_000 },
};

/** Batch fields whose list's length is the length of their key argument (at most 5,000: enrollment's batch.size). */
export const BATCH_LIST_ARGUMENTS: Readonly<Record<string, string>> = {
  "Query.peopleByIdNumbers": "idNumbers",
  "Query.employersByCreditCodes": "creditCodes",
  "Query.accidentReportsByNumbers": "reportNumbers",
};

export function limitsFor(claims: Pick<Claims, "role" | "agency" | "actor">): Readonly<OperationLimits> {
  return LIMITS[callerKind(claims)];
}

/**
 * Tokens of a document as graphql's parser counts them (comments skipped), stopping one past `stopAfter`
 * so a flood costs no more than the limit. A lexical error ends the count: the parser reports it.
 */
export function countTokens(source: string, stopAfter = Infinity): number {
  const lexer = new Lexer(new Source(source));
  let n = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) if (++n > stopAfter) break;
  } catch {
    // a syntax error: Apollo's parse reports it with its location
  }
  return n;
}

export interface OperationMeasure {
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
}

export interface MeasureOptions {
  variables?: Record<string, unknown>;
  /** The operation to run; without it (or when the document has no such operation) every operation counts. */
  operationName?: string | null;
  /** The caller may introspect: `__schema`/`__type` selections then count for neither depth nor cost. */
  introspection?: boolean;
}

/**
 * Depth, aliases and directives (graphql-armor's counters) and cost (ours) of the operation to run, with the
 * fragments it spreads. When the operation cannot be told (no `operationName` in a document of several),
 * the heaviest operation of the document counts. Works on documents not yet validated (unknown fields
 * cost 1, fragment cycles end the walk). For introspecting callers GraphiQL's schema query (≈ 15 levels
 * deep) counts as nothing; for the others it counts in full (and `introspectionGuard` refuses it anyway).
 */
export function measureOperation(schema: GraphQLSchema, document: DocumentNode, options: MeasureOptions = {}): OperationMeasure {
  const { variables = {}, operationName, introspection = false } = options;
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
  const named = operations.length === 1 ? operations : operations.filter((o) => operationName && o.name?.value === operationName);
  const measured = named.length === 1 ? named : operations;

  const m: OperationMeasure = { depth: 0, aliases: 0, directives: 0, cost: 0 };
  const max = (key: keyof OperationMeasure) => [(_: unknown, details: { n: number }) => void (m[key] = Math.max(m[key], details.n))];
  // graphql-armor's rules as counters: an infinite limit never rejects, every operation reports its count.
  validate(schema, { kind: Kind.DOCUMENT, definitions: [...measured, ...fragments] }, [
    maxDepthRule({ n: Infinity, ignoreIntrospection: introspection, flattenFragments: true, onAccept: max("depth") }),
    maxAliasesRule({ n: Infinity, allowList: [], onAccept: max("aliases") }),
    maxDirectivesRule({ n: Infinity, onAccept: max("directives") }),
  ]);
  for (const op of measured) m.cost = Math.max(m.cost, operationCost(schema, document, op, variables, introspection));
  return m;
}

/**
 * Cost = the number of values the operation may resolve: every field counts 1, and everything under a
 * list counts once per item — `first` items for a page (the connection's `nodes`, or a list field with a
 * `first` argument), `DEFAULT_LIST_SIZE` for other lists. graphql-armor's cost-limit reads `first` only
 * when written as a literal, so `first: $n` would slip past it; this one reads the variables too.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>, introspection = false): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const defaults = new Map<string, ValueNode>();
  for (const v of operation.variableDefinitions ?? []) if (v.defaultValue) defaults.set(v.variable.name.value, v.defaultValue);
  const memo = new Map<string, number>();

  const intValue = (node: ValueNode | undefined): number | undefined => {
    if (!node) return undefined;
    if (node.kind === Kind.INT) return Number(node.value);
    if (node.kind === Kind.VARIABLE) {
      const given = variables[node.name.value];
      if (typeof given === "number" && Number.isFinite(given)) return given;
      return given === undefined ? intValue(defaults.get(node.name.value)) : undefined;
    }
    return undefined;
  };
  /** The page size a field asks for: its `first` (or `last`) argument as written, else the argument's default. */
  const pageSize = (field: FieldNode, def: GraphQLField<unknown, unknown> | undefined): number | undefined => {
    for (const name of ["first", "last"]) {
      const written = field.arguments?.find((a) => a.name.value === name);
      const argDef = def?.args.find((a) => a.name === name);
      const n = written ? intValue(written.value) : typeof argDef?.defaultValue === "number" ? argDef.defaultValue : undefined;
      if (n !== undefined) return Math.max(0, n);
      if (written || argDef) return DEFAULT_LIST_SIZE;
    }
    return undefined;
  };
  /** A batch field's list is as long as its key list, written or in the variables (a variable not a list: the maximum). */
  const batchSize = (field: FieldNode, argument: string | undefined): number | undefined => {
    if (!argument) return undefined;
    const v = field.arguments?.find((a) => a.name.value === argument)?.value;
    if (!v) return 0;
    if (v.kind === Kind.LIST) return v.values.length;
    if (v.kind === Kind.VARIABLE) {
      const given = variables[v.name.value];
      return Array.isArray(given) ? given.length : given === undefined || given === null ? 0 : 1;
    }
    return 1;
  };
  const returnsList = (type: GraphQLOutputType | undefined): boolean => !!type && isListType(isNonNullType(type) ? type.ofType : type);

  /**
   * `page`: the page size of the enclosing paginated field, which applies to the lists directly under it.
   * `underFanOut`: an unpaginated list of objects encloses this selection.
   */
  const walk = (set: SelectionSetNode, parent: GraphQLNamedType | undefined, page: number | undefined, underFanOut: boolean, onPath: Set<string>): number => {
    let cost = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const name = sel.name.value;
        if (introspection && (name === "__schema" || name === "__type")) continue;
        const def = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
        const own = pageSize(sel, def);
        const list = returnsList(def?.type);
        const unpaginated = list && own === undefined && page === undefined && !!sel.selectionSet;
        const below = sel.selectionSet ? walk(sel.selectionSet, def ? getNamedType(def.type) : undefined, list ? undefined : own, underFanOut || unpaginated, onPath) : 0;
        // Lists within lists multiply: an unpaginated list inside another counts at its real bound, not at
        // its typical size (employer → staff → employer → staff reached 1,310² objects).
        const batch = batchSize(sel, BATCH_LIST_ARGUMENTS[`${parent?.name}.${name}`]);
        const items = batch ?? (!list ? 1 : !unpaginated ? (own ?? page ?? DEFAULT_LIST_SIZE) : underFanOut ? listBound(parent?.name, name) : DEFAULT_LIST_SIZE);
        cost += items * (1 + below) + (FIELD_WEIGHTS[`${parent?.name}.${name}`] ?? 0);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        cost += walk(sel.selectionSet, type ?? undefined, page, underFanOut, onPath);
      } else {
        const name = sel.name.value;
        const fragment = fragments.get(name);
        if (!fragment || onPath.has(name)) continue; // unknown or cyclic: validation refuses it anyway
        const key = `${name}:${page ?? ""}:${underFanOut}`;
        let fragmentCost = memo.get(key);
        if (fragmentCost === undefined) {
          onPath.add(name);
          fragmentCost = walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? undefined, page, underFanOut, onPath);
          onPath.delete(name);
          memo.set(key, fragmentCost);
        }
        cost += fragmentCost;
      }
    }
    return cost;
  };

  const root = operation.operation === "query" ? schema.getQueryType() : operation.operation === "mutation" ? schema.getMutationType() : schema.getSubscriptionType();
  return walk(operation.selectionSet, root ?? undefined, undefined, false, new Set());
}

/**
 * The most items an unpaginated list of objects can hold, where the data bounds it: used when lists nest
 * (their sizes multiply, so the typical size would hide the worst case). Others count `MAX_LIST_BOUND`.
 */
export const LIST_BOUNDS: Readonly<Record<string, number>> = {
  // A person's enrollments over a working life: a few dozen at most.
  "Person.enrollments": 100,
  // A person's work injuries and hospital stays over a working life; an injury's stays, appraisals, status moves.
  "Person.accidentReports": 50,
  "Person.inpatientCases": 50,
  "AccidentReport.inpatientCases": 20,
  "AccidentReport.appraisals": 10,
  "AccidentReport.history": 20,
  // One check a year for a lifetime; monthly items (up to three a month) for decades.
  "AccidentReport.qualificationChecks": 60,
  "AccidentReport.payments": 1_500,
  // One investigation per move to PENDING_RECOGNITION, so no more than the history's moves; its interviews
  // and recordings are at most 50 each (investigation.too-many).
  "AccidentReport.investigations": 20,
  // A deceased worker's dependants: a spouse, children, parents — a family, not a list that grows.
  "AccidentReport.dependants": 20,
  "Investigation.interviews": 50,
  "Investigation.recordings": 50,
};
/** An employer's staff may run into the thousands (the demo's largest has 1,310 active enrollments). */
export const MAX_LIST_BOUND = 2_000;
const listBound = (type: string | undefined, field: string) => LIST_BOUNDS[`${type}.${field}`] ?? MAX_LIST_BOUND;

/**
 * Fields whose work is not the values they return: added once per call. zombieEmployers scans every
 * active employer's contribution months in a window, whatever it returns.
 */
export const FIELD_WEIGHTS: Readonly<Record<string, number>> = {
  "Query.zombieEmployers": 10_000,
};

function limitError(rule: "depth" | "aliases" | "directives" | "tokens" | "cost", message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", field: "query", rule: `limit.${rule}`, http: { status: 400 } } });
}

/** Throws the first limit the measure breaks. */
function enforce(m: OperationMeasure, limits: OperationLimits): void {
  if (m.depth > limits.maxDepth)
    throw limitError("depth", `The operation nests fields ${m.depth} levels deep; at most ${limits.maxDepth} are allowed. Split it into several requests.`);
  if (m.aliases > limits.maxAliases)
    throw limitError("aliases", `The operation uses ${m.aliases} aliases; at most ${limits.maxAliases} are allowed.`);
  if (m.directives > limits.maxDirectives)
    throw limitError("directives", `The operation uses ${m.directives} directives; at most ${limits.maxDirectives} are allowed.`);
  if (m.cost > limits.maxCost)
    throw limitError("cost", `The operation may resolve about ${m.cost} values; at most ${limits.maxCost} are allowed. Ask for smaller pages (first) or fewer nested lists.`);
}

/**
 * The most tokens any caller may send: Apollo's parser stops there (`parseOptions.maxTokens`, server-wide),
 * so a flood costs no more than this to parse whoever sends it. Each caller's own, smaller limit is
 * checked by `operationLimits`.
 */
export const MAX_DOCUMENT_TOKENS = Math.max(...Object.values(LIMITS).map((l) => l.maxTokens));

/**
 * Depth, alias, directive, token and cost limits with the caller's profile (`LIMITS`), enforced before
 * anything reaches a subgraph. Apollo's and graphql-armor's own settings are server-wide, hence this plugin.
 * Apollo turns an error thrown before `didResolveOperation` into a 500, so:
 * - tokens are counted on the source (`didResolveSource`, before parsing; the parser itself stops at
 *   `MAX_DOCUMENT_TOKENS`); a document over the caller's limit is refused in `didResolveOperation`, and
 *   when it did not even parse or validate, its syntax or validation errors are replaced by the refusal
 *   (`willSendResponse`), so a flood always gets the same answer;
 * - depth, aliases, directives and cost are measured in `didResolveOperation`, which runs for every
 *   request, also when Apollo took the document from its cache of validated documents (shared by all
 *   callers, so a document an analyst ran is no pass for a partner).
 * Refusals are 400 BAD_USER_INPUT with `extensions.rule` `limit.depth|aliases|directives|tokens|cost`.
 */
export function operationLimits(lane: HeavyLane = new HeavyLane()): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const limits = limitsFor(contextValue.claims);
      const introspection = contextValue.claims.scopes.has("introspection");
      let tooManyTokens = false;
      let release: (() => void) | undefined;
      const tokenError = () => limitError("tokens", `The document has more than ${limits.maxTokens} tokens, the most allowed.`);
      return {
        async didResolveSource({ source }) {
          tooManyTokens = countTokens(source, limits.maxTokens) > limits.maxTokens;
        },
        async didResolveOperation({ schema, document, request, operation, queryHash }) {
          if (tooManyTokens) throw tokenError();
          const measure = measureOperation(schema, document, { variables: request.variables, operationName: request.operationName, introspection });
          enforce(measure, limits);
          if (measure.cost < lane.minCost) return;
          // Twins: the same query from callers who may share subgraph calls (never pii:read callers, never mutations).
          const twins = contextValue.shareKey !== undefined && operation?.operation === "query"
            ? `${contextValue.shareKey}\n${queryHash}\n${request.operationName ?? ""}\n${JSON.stringify(request.variables ?? {})}`
            : undefined;
          release = await lane.enter(measure.cost, twins);
        },
        async willSendResponse({ response }) {
          release?.();
          release = undefined;
          if (!tooManyTokens) return;
          const { message, extensions } = tokenError();
          const { http: _http, ...ext } = extensions;
          response.body = { kind: "single", singleResult: { errors: [{ message, extensions: ext }] } };
          response.http.status = 400;
        },
      };
    },
  };
}

/** graphql-js appends " Did you mean …?" to validation and coercion errors, naming fields, arguments, types and enum values. */
const SUGGESTION = /\s*Did you mean .*\?\s*$/s;

/**
 * Field suggestions ("Did you mean …?") only for callers who may read the schema anyway (the
 * `introspection` scope: analysts). For everyone else they would map the schema by guessing names,
 * which introspection is closed to them for: partners, dashboards, department staff.
 */
export function hideFieldSuggestions(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (contextValue.claims.scopes.has("introspection")) return;
      return {
        async willSendResponse({ response }) {
          const body = response.body;
          if (body.kind === "single") {
            const errors = body.singleResult.errors;
            if (errors) body.singleResult = { ...body.singleResult, errors: errors.map((e) => ({ ...e, message: e.message.replace(SUGGESTION, "") })) };
          } else {
            const errors = body.initialResult.errors;
            if (errors) body.initialResult = { ...body.initialResult, errors: errors.map((e) => ({ ...e, message: e.message.replace(SUGGESTION, "") })) };
          }
        },
      };
    },
  };
}

/**
 * The heavy lane (DESIGN §4 "Cost is real work", §6 noisy neighbour): operations whose cost reaches
 * `minCost` (a page of 50 employers with their staff is ≈ 23,000; AnnualFigures ≈ 550) share a budget
 * of cost in flight through this gateway, `budget` (two pages of 50 with their staff); the others wait
 * their turn here, in arrival order, not in a subgraph's event loop. An operation costing more than
 * the budget (a page of 200, ≈ 92,000) runs alone. Cheap operations never wait, so four clients paging
 * employers with their staff cannot starve a dashboard. Subgraphs are single-threaded: more heavy work
 * at once would not finish sooner, it would only hold the event loops longer in one go.
 *
 * Identical operations (the same `key`: the same document and variables from callers whose identical
 * requests may share a subgraph call, SubgraphClient) waiting in the queue are let in together with the
 * first of them and charged once: they go out at the same moment, so they share its subgraph calls.
 */
export class HeavyLane {
  private used = 0;
  private running = 0;
  private readonly queue: Ticket[] = [];

  constructor(readonly budget = 50_000, readonly minCost = 10_000) {}

  private fits(cost: number): boolean {
    return this.running === 0 || this.used + cost <= this.budget;
  }

  async enter(cost = this.minCost, key?: string): Promise<() => void> {
    let group: Group;
    if (this.queue.length === 0 && this.fits(cost)) group = this.take(cost);
    else group = await new Promise<Group>((admit) => this.queue.push({ cost, key, admit }));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--group.open > 0) return;
      this.used -= group.cost;
      this.running--;
      this.admitWaiting();
    };
  }

  /** The next in line, and those behind it while they fit: never one that arrived later first, except its twins. */
  private admitWaiting(): void {
    while (this.queue.length && this.fits(this.queue[0].cost)) {
      const head = this.queue.shift()!;
      const group = this.take(head.cost);
      head.admit(group);
      if (head.key === undefined) continue;
      for (let i = 0; i < this.queue.length; ) {
        if (this.queue[i].key !== head.key) i++;
        else {
          group.open++;
          this.queue.splice(i, 1)[0].admit(group);
        }
      }
    }
  }

  private take(cost: number): Group {
    this.used += cost;
    this.running++;
    return { cost, open: 1 };
  }
}

/** Operations let in together and charged once; the cost is freed when the last of them is done. */
interface Group {
  cost: number;
  open: number;
}

interface Ticket {
  cost: number;
  key?: string;
  admit(group: Group): void;
}
