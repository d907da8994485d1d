import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { buildSchema } from "graphql";
import { startHub, TestHub } from "../helpers/hub";
import { extendReleased, loadManifest, readCurrent, readReleased, retireInvalid } from "../../lib/persisted";
import { ROOT, SCHEMA_DIR } from "../../lib/paths";
import { applySafelist } from "../../gateway/safelist";
import type { Claims } from "../../lib/claims";

/**
 * The persisted manifest only grows (DESIGN §7): a released document id keeps running its own text
 * while that validates against the API, and is otherwise retired with a reason; never unknown.
 */
const released = readReleased();
const current = readCurrent();
const apiSchema = buildSchema(fs.readFileSync(path.join(SCHEMA_DIR, "api.graphql"), "utf8"));
const served = retireInvalid(loadManifest(), apiSchema);

/** Every id any committed version of the manifests held, from the repository's history. */
function idsInHistory(): Set<string> {
  const git = (...args: string[]) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20 });
  const files = ["schema/operations/__generated__/persisted-documents.json", "schema/operations/released.json", "test/operations/__generated__/persisted-documents.json"];
  const ids = new Set<string>();
  for (const commit of git("log", "--format=%H", "HEAD", "--", ...files).split("\n").filter(Boolean)) {
    for (const file of files) {
      let text: string;
      try {
        text = git("show", `${commit}:${file}`);
      } catch {
        continue; // not in this commit
      }
      for (const id of Object.keys(JSON.parse(text))) ids.add(id);
    }
  }
  return ids;
}

// The AnnualFigures text before areaCode was added (commit 32004ff), as deployed dashboards send it.
const OLD_ANNUAL_FIGURES = "sha256:01cdf43691c2d18b79bf63a4ff501acfeeafa10fd6036143b77c9a87fe7be6ec";

describe("the released document ids", () => {
  it("hold every id of the current codegen manifest", () => {
    const missing = Object.keys(current).filter((id) => !released[id]);
    expect({ missing, hint: "run npm run codegen and commit schema/operations/released.json" }).toEqual({ missing: [], hint: expect.any(String) });
  });

  it("hold every id any committed manifest ever held (none removed)", () => {
    const history = idsInHistory();
    expect(history.size).toBeGreaterThanOrEqual(25);
    expect([...history].filter((id) => !released[id])).toEqual([]);
  });

  it("each resolve: it runs its own text (valid against the API schema) or is retired with a reason", () => {
    for (const [id, entry] of Object.entries(released)) {
      const doc = served.byId.get(id)!;
      expect({ id, name: doc.name, body: doc.body }).toEqual({ id, name: entry.name, body: entry.body });
      if (doc.retired) expect(doc.retired.length).toBeGreaterThan(10);
    }
    expect(served.byId.get(OLD_ANNUAL_FIGURES)!.retired).toBeUndefined();
  });

  it("keep the old AnnualFigures id, now beside its new one", () => {
    expect(released[OLD_ANNUAL_FIGURES]).toMatchObject({ name: "AnnualFigures" });
    expect(served.byName.get("AnnualFigures")!.id).not.toBe(OLD_ANNUAL_FIGURES);
  });
});

describe("extending and retiring", () => {
  const body = (name: string, field = "year") => `query ${name}($year: Int!) { annualReport(year: $year) { ${field} } }`;

  it("appends new ids and never removes or rewrites a released one", () => {
    const before = { "sha256:a": { name: "A", body: body("A") }, "sha256:b": { name: "B", body: body("B"), retired: "exposed too much" } };
    const { released: after, added } = extendReleased(before, { "sha256:a": body("A", "areaCode"), "sha256:c": body("C") });
    expect(added).toEqual(["sha256:c"]);
    expect(after).toEqual({ ...before, "sha256:c": { name: "C", body: body("C") } });
    expect(Object.keys(after)).toEqual(["sha256:a", "sha256:b", "sha256:c"]);
  });

  it("retires a released text that no longer validates, and the gateway answers it PERSISTED_QUERY_NOT_FOUND saying so", () => {
    const dir = fs.mkdtempSync(path.join(require("node:os").tmpdir(), "sihub-released-"));
    const gone = "sha256:" + "0".repeat(64);
    const byHand = "sha256:" + "1".repeat(64);
    fs.writeFileSync(path.join(dir, "current.json"), JSON.stringify(current));
    fs.writeFileSync(path.join(dir, "released.json"), JSON.stringify({
      ...released,
      [gone]: { name: "AnnualFigures", body: "query AnnualFigures($year: Int!) { annualReport(year: $year) { year removedSection { total } } }" },
      [byHand]: { name: "AnnualFigures", body: body("AnnualFigures"), retired: "withdrawn after the 2025 review" },
    }));
    const manifest = retireInvalid(loadManifest(path.join(dir, "current.json"), path.join(dir, "released.json")), apiSchema);
    fs.rmSync(dir, { recursive: true, force: true });
    const claims = { sub: "d", role: "dashboard", scopes: new Set(["aggregate:read"]) } as Claims;

    const retired = applySafelist(claims, { documentId: gone, variables: { year: 2024 } }, manifest);
    expect(retired).toMatchObject({ ok: false, status: 400, code: "PERSISTED_QUERY_NOT_FOUND", rule: "safelist.retired-document" });
    expect(!retired.ok && retired.message).toMatch(/AnnualFigures .*retired.*removedSection/);
    const withdrawn = applySafelist(claims, { extensions: { persistedQuery: { version: 1, sha256Hash: byHand.slice(7) } } }, manifest);
    expect(withdrawn).toMatchObject({ ok: false, rule: "safelist.retired-document", message: expect.stringMatching(/withdrawn after the 2025 review/) });
    // The control: the old contract text still validates, so it runs.
    expect(applySafelist(claims, { documentId: OLD_ANNUAL_FIGURES }, manifest)).toMatchObject({ ok: true, body: { query: released[OLD_ANNUAL_FIGURES].body } });
    expect(applySafelist(claims, { documentId: "sha256:" + "2".repeat(64) }, manifest)).toMatchObject({ ok: false, rule: "safelist.unknown-document" });
  });
});

describe("an old document id through the hub", () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01 });
  });
  afterAll(() => hub?.stop());

  const send = async (headers: Record<string, string>, body: unknown) => {
    const res = await fetch(hub.gatewayUrl, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions: Record<string, unknown> }[] } };
  };

  it("runs the old AnnualFigures text by its id after the operation's text changed", async () => {
    const auth = { authorization: `Bearer ${await hub.token({ role: "dashboard" })}` };
    const old = await send(auth, { documentId: OLD_ANNUAL_FIGURES, variables: { year: 2024 } });
    expect(old.body).toEqual({ data: { annualReport: { year: 2024, enrollment: { workInjuryInsured: 642, unemploymentInsured: 405 } } } });
    const apq = await send(auth, { extensions: { persistedQuery: { version: 1, sha256Hash: OLD_ANNUAL_FIGURES.slice(7) } }, variables: { year: 2024 } });
    expect(apq.body).toEqual(old.body);
    const now = await send(auth, { documentId: loadManifest().byName.get("AnnualFigures")!.id, variables: { year: 2024 } });
    expect(now.body.data.annualReport).toMatchObject({ areaCode: "", enrollment: old.body.data.annualReport.enrollment });
  });

  it("lets a partner registered for AnnualFigures send its old and its new id, and nothing else", async () => {
    const admin = await hub.token({ role: "administrator" });
    const reg = await hub.query<{ registerPartner: { apiKey: string } }>(
      "mutation($input: RegisterPartnerInput!) { registerPartner(input: $input) { apiKey } }",
      { input: { clientId: "statistics-bureau-old", name: "邵东市统计局", role: "statistics-bureau", agency: "邵东市统计局", purpose: "年度统计", operations: ["AnnualFigures"] } },
      admin,
    );
    expect(reg.errors).toBeUndefined();
    const key = { "x-api-key": reg.data!.registerPartner.apiKey };
    for (const id of [OLD_ANNUAL_FIGURES, loadManifest().byName.get("AnnualFigures")!.id]) {
      const res = await send(key, { documentId: id, variables: { year: 2024 } });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.annualReport.enrollment.workInjuryInsured).toBe(642);
    }
    const other = await send(key, { documentId: loadManifest().byName.get("InsuredStatistics")!.id, variables: { year: 2024, insurance: "WORK_INJURY" } });
    expect(other.body.errors![0].extensions).toMatchObject({ code: "FORBIDDEN", rule: "safelist.not-registered" });
  });
});

