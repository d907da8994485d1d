import { composeServices } from "@apollo/composition";
import { printSubgraphSchema } from "@apollo/subgraph";
import { GraphQLSchema, parse } from "graphql";
import type { SubgraphModule } from "../../subgraphs/common/module";
import { buildFederatedSchema } from "../../subgraphs/common/schema";
import { allSubgraphModules, assembleModules } from "../../subgraphs/modules";
import { trainingFixture } from "../fixtures/training";

/**
 * Fixture subgraphs (test/fixtures/): never registered (subgraphs/registry.ts), started by the tests
 * beside the real ones, so every generic test runs over them too.
 */
export function fixtureModules(): SubgraphModule<any>[] {
  return [trainingFixture];
}

/** What the generic tests run over: every registered subgraph, then the fixtures. */
export function modulesUnderTest(): SubgraphModule<any>[] {
  return assembleModules([...allSubgraphModules(), ...fixtureModules()]);
}

/**
 * Composes modules as `npm run compose` does (tests only: the hub serves the committed supergraph),
 * with placeholder URLs the test hub overrides.
 */
export async function composeForTest(modules: SubgraphModule<any>[]): Promise<{ supergraphSdl: string; api: GraphQLSchema; sdl: Record<string, string> }> {
  const sdl: Record<string, string> = {};
  const services = [];
  for (const m of modules) {
    sdl[m.name] = printSubgraphSchema(await buildFederatedSchema(m));
    services.push({ name: m.name, typeDefs: parse(sdl[m.name]), url: `http://127.0.0.1:0/${m.name}/graphql` });
  }
  const result = composeServices(services);
  if (result.errors) throw new Error(`Composition failed:\n${result.errors.map((e) => `  ${e.message}`).join("\n")}`);
  return { supergraphSdl: result.supergraphSdl, api: result.schema.toAPISchema().toGraphQLJSSchema(), sdl };
}
