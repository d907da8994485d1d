import fs from "node:fs";
import path from "node:path";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { ROOT } from "../lib/paths";

/**
 * The GraphiQL page: one self-contained HTML document (scripts, styles and editor workers inline),
 * so it works on an intranet with no internet. It is static: without an analyst token in the
 * headers tab it can run nothing.
 */
export function graphiqlPage(): string {
  const examples = path.join(ROOT, "test", "operations");
  const read = (f: string) => (fs.existsSync(path.join(examples, f)) ? fs.readFileSync(path.join(examples, f), "utf8") : "");
  const defaultQuery = [
    "# si-hub GraphiQL (工伤失业保险数据中台)",
    "# 1. Paste your token in the Headers tab below: { \"Authorization\": \"Bearer <token>\" }",
    "#    (npm run token -- --role analyst prints a development token)",
    "# 2. Set Variables: { \"year\": 2024 } and run.",
    "",
    read("annual-figures.graphql") || "query AnnualFigures($year: Int!) { annualReport(year: $year) { year enrollment { workInjuryInsured unemploymentInsured } } }",
    "",
    read("examples.graphql"),
  ].join("\n");
  return renderGraphiQL({
    title: "si-hub GraphiQL",
    endpoint: "/graphql",
    defaultQuery,
    headers: JSON.stringify({ Authorization: "Bearer <paste an analyst token>" }, null, 2),
    shouldPersistHeaders: false,
  } as never);
}
