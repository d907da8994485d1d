import fs from "node:fs";
import path from "node:path";
import { parse, print, OperationDefinitionNode } from "graphql";
import { chromium, Browser, BrowserContext, Page, Request, Route } from "playwright-core";
import { startHub, TestHub } from "../helpers/hub";

/** The page's localStorage, as seen from page.evaluate (the test compiles without the DOM lib). */
type PageGlobal = { localStorage: { getItem(key: string): string | null } };

/**
 * The analysts' GraphiQL (DESIGN §1, §4): one static page that works on an intranet with the network
 * cut off, a bearer token pasted in its Headers editor, the contract operation preloaded.
 */

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const SCREENSHOT = "/tmp/graphiql.png";
const CDN = /unpkg\.com|jsdelivr|cdnjs|googleapis|gstatic|esm\.sh|skypack|bootcdn|staticfile|cdn\./i;

const isLocal = (url: string): boolean => {
  if (url.startsWith("data:") || url.startsWith("blob:")) return true;
  try {
    const host = new URL(url).hostname;
    return host === "127.0.0.1" || host === "localhost" || host === "[::1]";
  } catch {
    return false;
  }
};

/** Monaco renders spaces as no-break spaces and one element per visible line. */
const editorText = async (page: Page, uriSuffix: string): Promise<string> =>
  ((await page.locator(`.monaco-editor[data-uri$="${uriSuffix}"] .view-lines`).innerText()) || "").replace(/\u00a0/g, " ");

/** Polls until `read` returns a value `check` accepts (it throws, e.g. an expect), then returns it; rethrows the last failure at the deadline. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => void, timeoutMs = 5_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read().catch((err: unknown) => err as T);
    try {
      check(value);
      return value;
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Replaces an editor's text the way an analyst does: select all, paste from the clipboard. */
async function pasteInto(page: Page, uriSuffix: string, text: string): Promise<void> {
  await page.evaluate((t) => (globalThis as unknown as { navigator: { clipboard: { writeText(t: string): Promise<void> } } }).navigator.clipboard.writeText(t), text);
  await page.locator(`.monaco-editor[data-uri$="${uriSuffix}"] .view-lines`).click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("ControlOrMeta+V");
  await eventually(async () => JSON.parse(await editorText(page, uriSuffix)), (v) => expect(v).toEqual(JSON.parse(text)));
}

describe("GraphiQL", () => {
  let hub: TestHub;
  let base: string;
  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01 });
    base = hub.gatewayUrl.replace(/\/graphql$/, "");
  });
  afterAll(() => hub?.stop());

  it.each(["/graphiql", "/"])("GET %s is one static HTML page with no CDN and no token", async (path) => {
    const res = await fetch(base + path);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain("<title>si-hub GraphiQL</title>");
    // Every <script src> / <link href> (in the markup, and any the inline code would write) is inline or same-origin.
    const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]);
    expect(refs.filter((u) => /^(https?:)?\/\//i.test(u))).toEqual([]);
    expect(html.match(CDN)).toBeNull();
    // Static: the placeholder, the contract operation and the examples; no token (a JWT starts with eyJ).
    expect(html).toContain("Bearer <paste an analyst token>");
    expect(html).toContain("query AnnualFigures($year: Int!, $areaCode: String)");
    expect(html).toContain("query ExampleZombieEmployers");
    expect(html).not.toMatch(/eyJ[\w-]{10,}\./);
  });

  it("runs every preloaded example for an analyst without errors", async () => {
    const token = await hub.token({ role: "analyst" });
    const doc = parse(fs.readFileSync(path.join(__dirname, "..", "..", "schema", "operations", "examples.graphql"), "utf8"));
    const operations = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === "OperationDefinition");
    expect(operations.length).toBeGreaterThanOrEqual(3);
    for (const op of operations) {
      const res = await hub.query(print(op), {}, token);
      expect({ op: op.name?.value, status: res.status, errors: res.errors }).toEqual({ op: op.name?.value, status: 200, errors: undefined });
    }
  });

  describe("in Chromium with the network cut off", () => {
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    /** Requests that would have left the machine (aborted). */
    const external = new Set<string>();

    beforeAll(async () => {
      if (!fs.existsSync(CHROMIUM)) {
        throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH. This test is not skipped.`);
      }
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          "--no-sandbox",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-gpu",
          "--no-first-run",
          // Belt and braces: even a request that escaped the routes below could not resolve a host.
          "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
        ],
      });
      context = await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: "block" });
      await context.grantPermissions(["clipboard-read", "clipboard-write"]);
      page = await context.newPage();
      const guard = (route: Route, request: Request) => {
        if (isLocal(request.url())) return route.continue();
        external.add(`${request.method()} ${request.url()}`);
        return route.abort("internetdisconnected");
      };
      await context.route("**/*", guard);
      await page.route("**/*", guard);
      await context.routeWebSocket(/.*/, (ws) => {
        if (isLocal(ws.url())) return ws.connectToServer();
        external.add(`WS ${ws.url()}`);
        return ws.close();
      });
      // Whatever the routes did not see (workers, prefetch) still fires request events.
      context.on("request", (r) => {
        if (!isLocal(r.url())) external.add(`${r.method()} ${r.url()}`);
      });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it("runs AnnualFigures with an analyst token pasted in the Headers editor", async () => {
      const token = await hub.token({ role: "analyst" });
      const expected = await hub.query<{ annualReport: { enrollment: { workInjuryInsured: number } } }>(
        "query($year:Int!){ annualReport(year:$year){ enrollment { workInjuryInsured } } }",
        { year: 2024 },
        token,
      );
      const workInjuryInsured = expected.data!.annualReport.enrollment.workInjuryInsured;
      expect(workInjuryInsured).toBeGreaterThan(0);

      await page.goto(`${base}/graphiql`);
      await page.locator('.monaco-editor[data-uri$="-operation.graphql"] .view-lines').waitFor({ timeout: 20_000 });
      // Preloaded: the contract operation, the header placeholder and { "year": 2024 }.
      await eventually(() => editorText(page, "-operation.graphql"), (t) => expect(t).toContain("query AnnualFigures($year: Int!, $areaCode: String)"));
      await page.locator('.graphiql-editor-tools button[data-name="headers"]').click();
      await eventually(async () => JSON.parse(await editorText(page, "-request-headers.json")), (v) => expect(v).toEqual({ Authorization: "Bearer <paste an analyst token>" }));
      await page.locator('.graphiql-editor-tools button[data-name="variables"]').click();
      await eventually(async () => JSON.parse(await editorText(page, "-variables.json")), (v) => expect(v).toEqual({ year: 2024 }));

      // What an analyst does: paste the token in the Headers editor (and the year in Variables).
      await page.locator('.graphiql-editor-tools button[data-name="headers"]').click();
      await pasteInto(page, "-request-headers.json", JSON.stringify({ Authorization: `Bearer ${token}` }));
      await page.locator('.graphiql-editor-tools button[data-name="variables"]').click();
      await pasteInto(page, "-variables.json", JSON.stringify({ year: 2024 }));

      // With the token, the schema loads (introspection is the analysts' right) for the Docs and completion.
      const introspection = page.waitForResponse((r) => r.url() === hub.gatewayUrl && /__schema/.test(r.request().postData() ?? ""));
      await page.getByRole("button", { name: /Re-fetch GraphQL schema/ }).click();
      const schemaResponse = await introspection;
      expect(schemaResponse.status()).toBe(200);
      expect(((await schemaResponse.json()) as { data?: { __schema?: unknown } }).data?.__schema).toBeTruthy();

      // Run: several operations in the editor, so the execute button offers them in a menu.
      const run = page.waitForRequest((r) => r.url() === hub.gatewayUrl && r.method() === "POST" && /AnnualFigures/.test(r.postData() ?? ""));
      await page.locator(".graphiql-execute-button").click();
      await page.getByRole("menuitem", { name: "AnnualFigures" }).click();
      const request = await run;
      expect(await request.headerValue("authorization")).toBe(`Bearer ${token}`);
      expect(request.postDataJSON().variables).toEqual({ year: 2024 });
      const response = await request.response();
      expect(response?.status()).toBe(200);

      const shown = await eventually(() => editorText(page, "-response.json"), (t) => expect(t).toMatch(/"workInjuryInsured": \d+/), 10_000);
      expect(shown).toContain(`"workInjuryInsured": ${workInjuryInsured}`);
      expect(shown).not.toContain('"errors"');
      await page.screenshot({ path: SCREENSHOT });

      // GraphiQL stores edits 500-600 ms later (the last variables, then its tabs): once both hold the
      // pasted variables, the headers would be there too had they been persisted.
      const savedVariables = () =>
        page.evaluate(() => {
          const storage = (globalThis as unknown as PageGlobal).localStorage;
          const tabs = JSON.parse(storage.getItem("graphiql:tabState") ?? "null") as { activeTabIndex: number; tabs: { variables: string | null }[] } | null;
          return [storage.getItem("graphiql:variables"), tabs?.tabs[tabs.activeTabIndex]?.variables];
        });
      await eventually(savedVariables, (v) => expect(v).toEqual([JSON.stringify({ year: 2024 }), JSON.stringify({ year: 2024 })]));
      // The token stays in the editor only: not in the browser's storage, gone after a reload,
      // which finds the same tab again (not a new, empty one).
      const stored = await page.evaluate(() => JSON.stringify((globalThis as unknown as PageGlobal).localStorage));
      expect(stored).toContain("graphiql:tabState");
      expect(stored).not.toContain(token);
      await page.reload();
      await page.locator('.graphiql-editor-tools button[data-name="headers"]').click();
      await eventually(async () => JSON.parse(await editorText(page, "-request-headers.json")), (v) => expect(v).toEqual({ Authorization: "Bearer <paste an analyst token>" }));
      expect(await page.locator(".graphiql-tab").count()).toBe(1);
      expect(await editorText(page, "-operation.graphql")).toContain("query AnnualFigures($year: Int!, $areaCode: String)");

      expect([...external]).toEqual([]);

      // The guard is not vacuous: a request to a CDN from the page is caught (and aborted).
      await page.evaluate(() => fetch("https://unpkg.com/graphiql/graphiql.min.js").catch(() => undefined));
      expect([...external]).toEqual(["GET https://unpkg.com/graphiql/graphiql.min.js"]);
    });
  });
});
