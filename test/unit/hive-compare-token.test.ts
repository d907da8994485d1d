import { callerVerifier } from "../../gateway/auth";
import type { Config } from "../../lib/config";
import { signDevToken } from "../../lib/dev-token";
import { internalTokenKit } from "../../lib/internal-token";
import { internalTokenPlugin } from "../../bench/compare/token-plugin";
import { withSubgraphUrls } from "../../bench/compare/hive-server";

// The Hive Gateway plugin of `npm run bench -- --compare` (no Hive installed: its hooks called directly).
const AUTH = "a-caller-secret-of-at-least-32-characters!";
const INTERNAL = "an-internal-secret-of-at-least-32-characters";

function plugin(now = () => Date.now()) {
  const tokens = internalTokenKit(INTERNAL);
  let signed = 0;
  const p = internalTokenPlugin({ verifyCaller: callerVerifier({ authJwtSecret: AUTH } as Config), sign: (c) => (signed++, tokens.sign(c)), now });
  return { p, tokens, signed: () => signed };
}

const headers = (authorization?: string) => ({ get: (n: string) => (n === "authorization" ? (authorization ?? null) : null) });

function onRequest(p: ReturnType<typeof plugin>["p"], authorization?: string, pathname = "/graphql") {
  const ended: { body: string; init: { status: number } }[] = [];
  class Response {
    constructor(public body: string, public init: { status: number }) {}
  }
  return p
    .onRequest({ request: { headers: headers(authorization), method: "POST" }, url: new URL(`http://x${pathname}`), endResponse: (r) => ended.push(r as never), fetchAPI: { Response } })
    .then(() => ended);
}

async function onFetch(p: ReturnType<typeof plugin>["p"], authorization: string): Promise<Record<string, string>> {
  let set: Record<string, unknown> | undefined;
  await p.onFetch({ context: { request: { headers: headers(authorization) } }, options: { method: "POST", headers: { "content-type": "application/json" } }, setOptions: (o) => (set = o) });
  return (set?.headers ?? {}) as Record<string, string>;
}

describe("bench compare: Hive token plugin", () => {
  it("refuses a missing or invalid caller token with 401, and lets a valid one through", async () => {
    const { p } = plugin();
    expect((await onRequest(p))[0].init.status).toBe(401);
    expect((await onRequest(p, "Bearer not-a-jwt"))[0].init.status).toBe(401);
    const forged = await signDevToken("another-secret-of-at-least-32-characters", { role: "analyst" });
    expect((await onRequest(p, `Bearer ${forged}`))[0].init.status).toBe(401);
    expect(await onRequest(p, `Bearer ${await signDevToken(AUTH, { role: "analyst" })}`)).toEqual([]);
    expect(await onRequest(p, undefined, "/healthcheck")).toEqual([]);
  });

  it("refuses partner roles, which our gateway checks against their registry", async () => {
    const { p } = plugin();
    const partner = await signDevToken(AUTH, { role: "tax-bureau" });
    expect((await onRequest(p, `Bearer ${partner}`))[0].init.status).toBe(401);
  });

  it("sends each subgraph an internal token with the caller's claims, one per caller for 30 s", async () => {
    let t = 1_000_000;
    const { p, tokens, signed } = plugin(() => t);
    const caller = await signDevToken(AUTH, { role: "registrar", sub: "alice", bounds: { area: "430582" } });
    const h = await onFetch(p, `Bearer ${caller}`);
    expect(h["content-type"]).toBe("application/json");
    const claims = await tokens.verify(h.authorization.replace(/^Bearer /, ""));
    expect(claims).toMatchObject({ sub: "alice", role: "registrar", bounds: { area: "430582" } });
    expect([...claims.scopes].sort()).toEqual(["enrollment:read", "enrollment:write", "pii:read"]);
    expect((await onFetch(p, `Bearer ${caller}`)).authorization).toBe(h.authorization);
    expect(signed()).toBe(1);
    t += 31_000;
    await onFetch(p, `Bearer ${caller}`);
    expect(signed()).toBe(2);
  });

  it("points the supergraph's subgraph URLs at the bench's processes", () => {
    const sdl = 'ENROLLMENT @join__graph(name: "enrollment", url: "http://127.0.0.1:4001/graphql")\n  WORK_INJURY @join__graph(name: "work-injury", url: "http://127.0.0.1:4003/graphql")';
    expect(withSubgraphUrls(sdl, { "work-injury": "http://127.0.0.1:4403/graphql" })).toBe(
      'ENROLLMENT @join__graph(name: "enrollment", url: "http://127.0.0.1:4001/graphql")\n  WORK_INJURY @join__graph(name: "work-injury", url: "http://127.0.0.1:4403/graphql")',
    );
  });
});
