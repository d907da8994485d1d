import fs from "node:fs";
import path from "node:path";
import { buildSchema, GraphQLSchema, isEnumType, isInputObjectType, isObjectType, isScalarType, isInterfaceType, isUnionType } from "graphql";
import { ROOT } from "../../lib/paths";
import { composeForTest, modulesUnderTest } from "../helpers/modules";

const HAN = /[\u4e00-\u9fff]/;

function missingDescriptions(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const need = (where: string, description: string | null | undefined) => {
    if (!description || !HAN.test(description)) missing.push(where);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || (isScalarType(type) && ["String", "Int", "Float", "Boolean", "ID"].includes(type.name))) continue;
    need(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        need(`${type.name}.${field.name}`, field.description);
        for (const arg of "args" in field ? field.args : []) need(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    }
    if (isEnumType(type)) for (const v of type.getValues()) need(`${type.name}.${v.name}`, v.description);
    if (isUnionType(type)) continue;
  }
  return missing;
}

/** Analysts read the schema in GraphiQL: every type, field, argument and enum value says what it is, with its Chinese term. */
describe("schema descriptions for analysts", () => {
  it("every type, field, argument and enum value of the API schema has a description with its Chinese term", () => {
    expect(missingDescriptions(buildSchema(fs.readFileSync(path.join(ROOT, "schema", "api.graphql"), "utf8")))).toEqual([]);
  });

  it("so has the API schema composed with the fixture subgraphs (test/fixtures/)", async () => {
    expect(missingDescriptions((await composeForTest(modulesUnderTest())).api)).toEqual([]);
  });
});
