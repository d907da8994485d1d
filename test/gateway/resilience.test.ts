import http from "node:http";
import type { AddressInfo } from "node:net";
import { startHub, TestHub } from "../helpers/hub";
import { createGateway } from "../../gateway/server";
import { createLogger } from "../../lib/logger";
import { loadConfig } from "../../lib/config";

const ANNUAL = "query($y: Int!) { annualReport(year: $y) { year enrollment { workInjuryInsured } } }";

describe("the gateway when a subgraph fails", () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startHub({ env: { HUB_ENV: "production" } });
  });
  afterAll(() => hub?.stop());

  it("when one subgraph is down, a query across several returns the others' parts and nulls only the missing section", async () => {
    const own = await startHub({ env: { HUB_ENV: "production" } });
    try {
      const token = await own.token({ role: "administrator" });
      const q = 'query { auditLog(from: "2024-01-01", to: "2024-12-31") { from access { length verified } enrollment { length verified } } }';
      const before = await own.query(q, {}, token);
      expect(before.errors).toBeUndefined();
      await own.subgraphs.find((s) => s.name === "enrollment")!.stop();
      const res = await own.query<{ auditLog: { from: string; access: { verified: boolean } | null; enrollment: unknown } }>(q, {}, token);
      expect(res.data!.auditLog).toEqual({ from: "2024-01-01", access: { length: 0, verified: true }, enrollment: null });
      expect(res.errors!.map((e) => e.extensions!.code)).toEqual(["SUBGRAPH_UNAVAILABLE"]);
      expect(res.errors![0].message).toBe("The enrollment service is unavailable.");
    } finally {
      await own.stop();
    }
  });

  it("when a subgraph is down, answers with a clear error naming the service, no address, and stays up; /readyz says which is down", async () => {
    const token = await hub.token({ role: "analyst" });
    expect((await hub.query(ANNUAL, { y: 2024 }, token)).errors).toBeUndefined();
    const ready = await fetch(`${hub.gateway.url}/readyz`);
    expect(ready.status).toBe(200);

    await hub.subgraphs[0].stop();
    const res = await hub.query(ANNUAL, { y: 2024 }, token);
    expect(res.status).toBe(200);
    expect(res.data).toBeNull();
    expect(res.errors![0]).toMatchObject({ message: "The enrollment service is unavailable.", extensions: { code: "SUBGRAPH_UNAVAILABLE" } });
    expect(JSON.stringify(res)).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED|stack/i);

    const health = await fetch(`${hub.gateway.url}/healthz`);
    expect(health.status).toBe(200);
    const notReady = await fetch(`${hub.gateway.url}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({ subgraphs: { enrollment: "down" } });
  });

  it("when a subgraph hangs, gives up after SUBGRAPH_TIMEOUT_MS instead of hanging the caller", async () => {
    const hung = http.createServer(() => {
      /* accepts and never answers */
    });
    await new Promise<void>((r) => hung.listen(0, "127.0.0.1", () => r()));
    const port = (hung.address() as AddressInfo).port;
    const config = loadConfig({ HUB_ENV: "production", LOG_LEVEL: "silent", DATA_DIR: hub.config.dataDir, AUTH_JWT_SECRET: hub.config.authJwtSecret, INTERNAL_TOKEN_SECRET: hub.config.internalTokenSecret, SUBGRAPH_TIMEOUT_MS: "400" });
    const gateway = await createGateway(config, { port: 0, log: createLogger(config, "t"), subgraphUrls: { enrollment: `http://127.0.0.1:${port}/graphql` } });
    try {
      const started = Date.now();
      const res = await fetch(`${gateway.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${await hub.token({ role: "analyst" })}` },
        body: JSON.stringify({ query: ANNUAL, variables: { y: 2024 } }),
      });
      const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
      expect(Date.now() - started).toBeLessThan(3000);
      expect(body.errors[0].extensions.code).toBe("SUBGRAPH_UNAVAILABLE");
    } finally {
      await gateway.stop();
      hung.closeAllConnections();
      hung.close();
    }
  });
});

describe("metrics", () => {
  it("are open by default, and need the scraper's bearer token when METRICS_TOKEN is set", async () => {
    const open = await startHub();
    const closed = await startHub({ env: { METRICS_TOKEN: "scraper-secret-0123456789" } });
    try {
      expect((await fetch(`${open.gateway.url}/metrics`)).status).toBe(200);
      const gw = `${closed.gateway.url}/metrics`;
      const sub = closed.subgraphs[0].url.replace(/\/graphql$/, "/metrics");
      for (const url of [gw, sub]) {
        expect((await fetch(url)).status).toBe(401);
        expect((await fetch(url, { headers: { authorization: "Bearer wrong-token-0123456789" } })).status).toBe(401);
        const ok = await fetch(url, { headers: { authorization: "Bearer scraper-secret-0123456789" } });
        expect(ok.status).toBe(200);
        expect(await ok.text()).toMatch(/^# HELP/m);
      }
    } finally {
      await open.stop();
      await closed.stop();
    }
  });
});
