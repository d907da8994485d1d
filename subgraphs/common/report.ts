import { Arg, Authorized, Ctx, Directive, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "./context";
import { badInput } from "./errors";
import { AREA_CODE_MESSAGE, AREA_CODE_RULE, isAreaCode } from "./validators/area-code";
import { boundsKey, cachedFigure, VersionKey } from "./figures-cache";
import type { ReferenceResolver } from "./schema";

/**
 * The annual report (年度报告) as an entity keyed by year and area (DESIGN §3). Every subgraph adds its
 * own section through the key; enrollment also answers `Query.annualReport`. A subgraph declares its
 * section once (`SubgraphModule.reportSection`) and the kit does every step a hand-written section
 * needs, so none can be forgotten: its own AnnualReport class, the orphan listing, the scoped reference
 * resolver and a cache keyed by year, area and the caller's bounds.
 *
 * Area semantics, the same in every section: `areaCode` null is the whole hub; an area code counts
 * what is written under it *and* visible to the caller (its bounds still apply), so an area outside the
 * caller's bounds answers exactly like an unknown one — the report, with zero figures. Never null and
 * never an error: a different answer would tell the caller the area exists. (A malformed code is
 * BAD_USER_INPUT: that says something about the input, nothing about the areas.)
 */
export interface ReportKey {
  year: number;
  /** An area code (6, 9 or 12 digits), or null for the whole hub ("" in the entity key). */
  areaCode: string | null;
}

export interface ReportSection<L = unknown> {
  /** The field of AnnualReport this subgraph resolves, e.g. "enrollment". */
  field: string;
  /** The section's object type (a type-graphql class owned by this subgraph). */
  type: Function;
  /** The scope needed to read the section and to resolve the entity reference. */
  scope: string;
  /** The field's description, with its Chinese term. */
  description: string;
  /** Computes the section within the caller's bounds; the kit caches it per year, area, bounds and the versions of `dependsOn`. */
  compute(ctx: Context<L>, key: ReportKey): Promise<object>;
  /**
   * The data versions (figures-cache.ts) of every table `compute` reads for this key, e.g. the
   * rollups of the year: a write to them recomputes the section, in every process.
   */
  dependsOn(key: ReportKey): VersionKey[];
  /** True for the one subgraph that answers Query.annualReport (enrollment). */
  hostsQuery?: boolean;
}

export function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1990 || year > 2100) throw badInput("year", "year.range", "A year between 1990 and 2100.");
}

/** Area codes of DESIGN §3: county 6 digits, township 9, village 12. Format only: existence is never checked (it would leak). */
export function checkAreaCode(areaCode: string | null | undefined, field = "areaCode"): string | null {
  if (areaCode === null || areaCode === undefined) return null;
  if (!isAreaCode(areaCode)) throw badInput(field, AREA_CODE_RULE, AREA_CODE_MESSAGE);
  return areaCode;
}

/** The key's areaCode for the whole hub (see the class below for why not null). */
export const WHOLE_HUB = "";

/** A representation from `_entities`: same checks as the query, so a crafted one cannot widen a section. */
function representationOf(ref: Record<string, unknown>): { year: number; areaCode: string } {
  const year = Number(ref.year);
  checkYear(year);
  const area = ref.areaCode === null || ref.areaCode === undefined || ref.areaCode === WHOLE_HUB ? null : String(ref.areaCode);
  return { year, areaCode: checkAreaCode(area) ?? WHOLE_HUB };
}

/**
 * The year and area of an entity keyed like the annual report (`@key(fields: "year areaCode")`, e.g.
 * WorkInjuryFundExpenditure), from its representation: checked like the query's arguments.
 */
export function reportKeyOf(ref: Record<string, unknown>): ReportKey {
  const { year, areaCode } = representationOf(ref);
  return { year, areaCode: areaCode || null };
}

export function sectionCacheKey(ctx: Context<unknown>, field: string, key: ReportKey): string {
  return `report:${field}:${key.year}:${key.areaCode ?? "*"}:${boundsKey(ctx)}`;
}

export interface AnnualReportTypes<L> {
  resolvers: Function[];
  types: Function[];
  references: Record<string, ReferenceResolver<L>>;
}

/**
 * Made fresh per subgraph schema, like AuditLog (see audit.resolver.ts): type-graphql keeps field
 * resolvers in global metadata, so a class shared by two subgraphs would carry both their sections.
 */
export function annualReportTypes<L>(section: ReportSection<L> | undefined): AnnualReportTypes<L> {
  if (!section) return { resolvers: [], types: [], references: {} };

  // The key field is non-null, "" standing for the whole hub: a null key field composes and the JS
  // gateway passes it through, but Apollo Router and other subgraph libraries treat a null key value as
  // a missing one (the entity fetch skipped or the field dropped), and the supergraph must stay
  // Router-compatible (DESIGN §2). The query argument stays nullable: null or omitted is the whole hub.
  @Directive('@key(fields: "year areaCode")')
  @ObjectType("AnnualReport", { description: "Annual figures of the center (年度工作数据) for a year and an area, one section per domain." })
  class AnnualReport {
    @Field(() => Int, { description: "Year (年度)." })
    year: number;

    @Field(() => String, { description: 'Area code (行政区划代码) the figures are for; "" (empty) for the whole hub (全部地区).' })
    areaCode: string;
  }

  @Resolver(() => AnnualReport)
  class AnnualReportSectionResolver {
    @Authorized(section!.scope)
    @FieldResolver(() => section!.type, { name: section!.field, nullable: true, description: section!.description })
    section(@Root() report: AnnualReport, @Ctx() ctx: Context<L>): Promise<object> {
      const key = { year: report.year, areaCode: report.areaCode || null };
      return cachedFigure(ctx as Context<unknown>, sectionCacheKey(ctx as Context<unknown>, section!.field, key), section!.dependsOn(key), () => section!.compute(ctx, key));
    }
  }

  @Resolver(() => AnnualReport)
  class AnnualReportQueryResolver {
    @Authorized("aggregate:read")
    @Query(() => AnnualReport, { description: "The center's figures of a year (年度工作数据), for the whole hub or one area within the caller's bounds; each domain's section comes from its subgraph." })
    annualReport(
      @Arg("year", () => Int, { description: "Year (年度)" }) year: number,
      @Arg("areaCode", () => String, { nullable: true, description: `Area code (行政区划代码): a county, township or village; null, omitted or "" for the whole hub (全部地区). An unknown area or one outside the caller's bounds gives zero figures.` })
      areaCode: string | null | undefined,
    ): AnnualReport {
      checkYear(year);
      return { year, areaCode: checkAreaCode(areaCode || null) ?? WHOLE_HUB };
    }
  }

  return {
    resolvers: section.hostsQuery ? [AnnualReportSectionResolver, AnnualReportQueryResolver] : [AnnualReportSectionResolver],
    // An orphan in subgraphs with no field returning it: listed so that it is emitted.
    types: [AnnualReport],
    references: { AnnualReport: { scope: section.scope, resolve: (ref) => representationOf(ref) } },
  };
}
