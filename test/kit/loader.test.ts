import { buildSchema, graphql, GraphQLResolveInfo } from "graphql";
import { GIVE_WAY_ROWS, manyLoader, oneLoader, preload, selects } from "../../subgraphs/common/loader";

/** The kit's loaders: a key loaded once answers from memory without a promise; preload batches a list's references only when selected. */
describe("kit loaders", () => {
  const people = (fetched: (readonly number[])[]) =>
    oneLoader<number, { id: number; name: string }>(async (ids) => {
      fetched.push(ids);
      return ids.filter((id) => id !== 404).map((id) => ({ id, name: `p${id}` }));
    }, (r) => r.id);

  it("loadKnown is a promise until the key is loaded, then the value itself (null for a missing key), with no further fetch", async () => {
    const fetched: (readonly number[])[] = [];
    const loader = people(fetched);
    const first = loader.loadKnown(1);
    expect(first).toBeInstanceOf(Promise);
    expect(await first).toEqual({ id: 1, name: "p1" });
    await loader.loadMany([2, 404]);
    expect(loader.loadKnown(1)).toEqual({ id: 1, name: "p1" });
    expect(loader.loadKnown(2)).toEqual({ id: 2, name: "p2" });
    expect(loader.loadKnown(404)).toBeNull();
    expect(fetched).toEqual([[1], [2, 404]]);
  });

  it.each([
    ["one", (n: number) => oneLoader<number, { id: number }>(async () => Array.from({ length: n }, (_, i) => ({ id: i })), (r) => r.id)],
    ["many", (n: number) => manyLoader<number, { id: number }>(async () => Array.from({ length: n }, (_, i) => ({ id: 0 })), (r) => r.id)],
  ] as const)("a %s-loader batch of GIVE_WAY_ROWS rows lets the requests waiting for the event loop go first; a small one does not wait", async (_kind, make) => {
    for (const [rows, first] of [[GIVE_WAY_ROWS, "waiting request"], [10, "batch"]] as const) {
      const order: string[] = [];
      setImmediate(() => order.push("waiting request"));
      await make(rows).load(0).then(() => order.push("batch"));
      await new Promise((r) => setImmediate(r));
      expect(order[0]).toBe(first);
    }
  });

  // The selection as graphql-js hands it to a list resolver: a real schema and query.
  const schema = buildSchema(`
    type Person { id: ID! name: String }
    type Enrollment { id: ID! person: Person }
    type Query { enrollments: [Enrollment!]! }
  `);
  async function infoOf(query: string): Promise<GraphQLResolveInfo> {
    let captured: GraphQLResolveInfo | undefined;
    await graphql({ schema, source: query, rootValue: { enrollments: (_: unknown, _c: unknown, info: GraphQLResolveInfo) => { captured = info; return []; } } });
    return captured!;
  }

  it.each([
    ["directly", "{ enrollments { id person { name } } }", true],
    ["in an inline fragment", "{ enrollments { ... on Enrollment { person { id } } } }", true],
    ["in a named fragment", "query { enrollments { ...E } } fragment E on Enrollment { person { id } }", true],
    ["under an alias", "{ enrollments { who: person { id } } }", true],
    ["with @skip (counted as selected)", "{ enrollments { person @skip(if: true) { id } } }", true],
    ["not at all", "{ enrollments { id } }", false],
  ])("selects() sees the field %s", async (_how, query, expected) => {
    expect(selects(await infoOf(query), "person")).toBe(expected);
  });

  it("preload fetches the references of a list in one batch when selected, and nothing when not", async () => {
    const rows = [{ personId: 1 }, { personId: 2 }, { personId: 1 }, { personId: 3 }];
    const fetched: (readonly number[])[] = [];
    const loader = people(fetched);
    await preload(rows, await infoOf("{ enrollments { id } }"), "person", loader, (r) => r.personId);
    expect(fetched).toEqual([]);
    await preload(rows, await infoOf("{ enrollments { person { id } } }"), "person", loader, (r) => r.personId);
    expect(fetched).toEqual([[1, 2, 3]]);
    expect(rows.map((r) => loader.loadKnown(r.personId))).toEqual([1, 2, 1, 3].map((id) => ({ id, name: `p${id}` })));
  });
});
