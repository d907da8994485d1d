import "reflect-metadata";
import { composeServices } from "@apollo/composition";
import { printSubgraphSchema } from "@apollo/subgraph";
import { parse, printSchema } from "graphql";
import { Authorized, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import { buildFederatedSchema } from "../../subgraphs/common/schema";
import { rows } from "../../subgraphs/common/bounds";
import type { ReportSection } from "../../subgraphs/common/report";
import { versionedTable } from "../../subgraphs/common/figures-cache";
import { allSubgraphModules, loadSubgraphModule } from "../../subgraphs/modules";
import { checkContract, contractSections, missingSections } from "../../schema/contract";

/** A throwaway subgraph that adds a section the way a new one would: one declaration. */
@ObjectType({ description: "Fixture section (测试板块)." })
class FixtureSection {
  @Field(() => Int, { description: "Cases (案件数)." })
  cases: number;
}

@Resolver()
class FixtureQueryResolver {
  @Authorized("aggregate:read")
  @Query(() => Int, { description: "A fixture query (测试查询)." })
  fixturePing(): number {
    return 1;
  }
}

const fixtureSection: ReportSection = {
  field: "fixture",
  type: FixtureSection,
  scope: "aggregate:read",
  description: "Fixture section (测试板块).",
  compute: async () => ({ cases: 0 }),
  dependsOn: ({ year }) => [versionedTable("fixture_case").year(year)],
};

/** The fixture declares its one Query field; the kit adds the report's own bounds (AnnualReport: aggregate). */
const FIXTURE_BOUNDS = { entities: {}, queries: { fixturePing: rows }, references: {} };

const sdlOf = async (spec: Parameters<typeof buildFederatedSchema>[0]) => printSubgraphSchema(await buildFederatedSchema(spec));

describe("a report section is one declaration in the kit", () => {
  it("gives each subgraph its own AnnualReport keyed by year and areaCode, with only its own section, and the two compose", async () => {
    const enrollment = loadSubgraphModule("enrollment");
    const fixture = await sdlOf({ name: "fixture", resolvers: [FixtureQueryResolver], reportSection: fixtureSection, bounds: FIXTURE_BOUNDS });
    const own = await sdlOf(enrollment);
    // Built in the same process: type-graphql's global metadata must not leak one section into the other.
    expect(fixture).toMatch(/type AnnualReport\s+@key\(fields: "year areaCode"\)/);
    expect(fixture).toMatch(/\bfixture: FixtureSection\b/);
    expect(fixture).not.toMatch(/\benrollment: EnrollmentSection\b/);
    expect(own).not.toMatch(/\bfixture: FixtureSection\b/);
    expect(fixture).not.toMatch(/annualReport\(/);

    const composed = composeServices([
      { name: "enrollment", typeDefs: parse(own), url: "http://127.0.0.1:1/graphql" },
      { name: "fixture", typeDefs: parse(fixture), url: "http://127.0.0.1:2/graphql" },
    ]);
    expect(composed.errors).toBeUndefined();
    const api = printSchema(composed.schema!.toAPISchema().toGraphQLJSSchema());
    expect(api).toMatch(/type AnnualReport \{[^}]*enrollment: EnrollmentSection[^}]*fixture: FixtureSection[^}]*\}/s);
  });

  it("refuses a hand-written AnnualReport reference entry, so the section cannot skip the kit's steps", async () => {
    await expect(sdlOf({
      name: "fixture", resolvers: [FixtureQueryResolver], reportSection: fixtureSection,
      references: { AnnualReport: { scope: "aggregate:read", resolve: (r) => r } },
    })).rejects.toThrow(/reportSection/);
  });
});

describe("the compose-time check of the dashboard contract", () => {
  const declared = [{ subgraph: "enrollment", field: "enrollment" }, { subgraph: "fixture", field: "fixture" }];

  it("fails when AnnualFigures misses a section a subgraph declares, naming the section and the subgraph", () => {
    const doc = "query AnnualFigures($year: Int!) { annualReport(year: $year) { year enrollment { workInjuryInsured } } }";
    expect(missingSections(parse(doc), declared)).toEqual([{ subgraph: "fixture", field: "fixture" }]);
    expect(() => checkContract(declared, doc)).toThrow(/annualReport\.fixture \(declared by fixture\)/);
  });

  it("sees sections selected through aliases and fragments", () => {
    const doc = `query AnnualFigures($year: Int!) { r: annualReport(year: $year) { ...Sections ... on AnnualReport { fixture { cases } } } }
      fragment Sections on AnnualReport { e: enrollment { workInjuryInsured } }`;
    expect([...contractSections(parse(doc))].sort()).toEqual(["enrollment", "fixture"]);
    expect(() => checkContract(declared, doc)).not.toThrow();
  });

  it("passes for the committed contract and the registered subgraphs (the positive control)", () => {
    const real = allSubgraphModules().flatMap((m) => (m.reportSection ? [{ subgraph: m.name, field: m.reportSection.field }] : []));
    expect(real).toEqual([{ subgraph: "enrollment", field: "enrollment" }, { subgraph: "work-injury", field: "workInjury" }, { subgraph: "medical", field: "medical" }]);
    expect(() => checkContract(real)).not.toThrow();
  });
});
