import { Directive, Field, ID, ObjectType } from "type-graphql";
import { parseId } from "./errors";
import type { ReferenceResolver } from "./schema";

/**
 * Another subgraph's entity that this one adds fields to (work-injury's Person.accidentReports): only
 * its key `id` lives here. A fresh class per call, since type-graphql keeps field resolvers per class
 * (a class shared by two subgraphs would carry both their fields). Resolve it with `echoReference` and
 * declare its bounds class `extension`: the key is the caller's own input, the added fields are rows.
 */
export function keyStub(name: string, description: string, idDescription: string) {
  @Directive('@key(fields: "id")')
  @ObjectType(name, { description })
  class KeyStub {
    @Field(() => ID, { description: idDescription })
    id: number;
  }
  return KeyStub;
}

/** The reference of a key stub: the key echoed back, checked like any id. */
export function echoReference<L>(scope: string): ReferenceResolver<L> {
  return { scope, resolve: (ref) => ({ id: parseId(ref.id, "id") }) };
}
