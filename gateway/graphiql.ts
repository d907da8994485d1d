import fs from "node:fs";
import path from "node:path";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { ROOT } from "../lib/paths";

/** Options of the yoga GraphiQL renderer (graphql-yoga's GraphiQLOptions; `headers` becomes GraphiQL's `defaultHeaders`). */
type PageOptions = NonNullable<Parameters<typeof renderGraphiQL>[0]>;

/** Operations that real clients run (typed by codegen), preloaded as examples. */
const OPERATIONS_DIR = path.join(ROOT, "schema", "operations");

/** The contract operation (DESIGN §5), as far as the subgraphs exist; used when the file is absent (e.g. a trimmed deployment). */
const FALLBACK_ANNUAL_FIGURES = `query AnnualFigures($year: Int!, $areaCode: String) {
  annualReport(year: $year, areaCode: $areaCode) {
    year
    areaCode
    enrollment { workInjuryInsured unemploymentInsured }
  }
}
`;

export const HEADERS_PLACEHOLDER = JSON.stringify({ Authorization: "Bearer <paste an analyst token>" }, null, 2);
export const DEFAULT_VARIABLES = JSON.stringify({ year: 2024 }, null, 2);

function readOperations(file: string): string | undefined {
  const p = path.join(OPERATIONS_DIR, file);
  return fs.existsSync(p) ? fs.readFileSync(p, "utf8").trim() + "\n" : undefined;
}

/** The query editor's initial text: how to authenticate, the contract operation and the analysts' examples. */
export function graphiqlDefaultQuery(): string {
  return [
    "# si-hub GraphiQL (工伤失业保险数据中台)",
    "#",
    "# 1. Headers tab: replace <paste an analyst token>",
    '#    with your token: "Bearer eyJ..."',
    "#    (development: npm run token -- --role analyst).",
    "#    The page does not save it: paste it again after",
    "#    a reload. Then re-fetch the schema (Shift-Ctrl-R)",
    "#    for completion and the Docs (book icon, top left).",
    '# 2. Variables tab: { "year": 2024 } for AnnualFigures',
    '#    (add "areaCode": "430582001" for one township).',
    "# 3. Cursor in an operation, Ctrl-Enter; or pick one",
    "#    from the Run button's menu.",
    "",
    readOperations("annual-figures.graphql") ?? FALLBACK_ANNUAL_FIGURES,
    readOperations("examples.graphql") ?? "",
  ]
    .join("\n")
    .trimEnd()
    .concat("\n");
}

/**
 * The GraphiQL page: one self-contained HTML document (scripts, styles and editor workers inline,
 * favicon as a data: URL), so it works on an intranet with no internet. It is static and carries no
 * token: without an analyst token pasted in the headers tab it can run nothing, and the headers are
 * not persisted in the browser's storage.
 */
export function graphiqlPage(): string {
  const defaultQuery = graphiqlDefaultQuery();
  // The renderer inlines the options as JSON in a <script>: text that would end it must not get there.
  if (/<\/script|<!--/i.test(defaultQuery)) throw new Error("GraphiQL default query must not contain </script or <!--");
  const options: PageOptions = {
    title: "si-hub GraphiQL",
    endpoint: "/graphql",
    method: "POST",
    defaultQuery,
    headers: HEADERS_PLACEHOLDER,
    shouldPersistHeaders: false,
    // Open the editor tools on the Headers tab: the token is the first thing an analyst needs.
    defaultEditorToolsVisibility: "headers",
  };
  const html = renderGraphiQL(options);
  const root = '<div id="root"></div>';
  if (!html.includes(root)) throw new Error("unexpected GraphiQL page layout: no root element");
  // A replacer function: the query's `$` must not be read as a replacement pattern.
  return html.replace(root, () => `<script>${seedStorageScript(defaultQuery)}</script>\n      ${root}`);
}

/**
 * First visit: the default query and variables go where GraphiQL looks for the last ones when it
 * starts (localStorage `graphiql:query` / `graphiql:variables`), as if the analyst had typed them.
 * Otherwise a reload opens a new, empty tab: GraphiQL matches the stored tabs against those stored
 * values, which it writes only on an edit. The renderer's `variables` option would force the
 * variables on every load (a new tab at each reload once edited), and `defaultTabs` does not reach
 * the variables editor. Nothing is written when GraphiQL has state already.
 */
function seedStorageScript(defaultQuery: string): string {
  const seed = { "graphiql:query": defaultQuery, "graphiql:variables": DEFAULT_VARIABLES };
  return `try{if(localStorage.getItem("graphiql:tabState")===null){var s=${JSON.stringify(seed)};for(var k in s)if(localStorage.getItem(k)===null)localStorage.setItem(k,s[k])}}catch(e){}`;
}
