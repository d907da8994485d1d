import fs from "node:fs";
import path from "node:path";
import { DocumentNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, parse, SelectionSetNode } from "graphql";
import { SCHEMA_DIR } from "../lib/paths";

/**
 * The dashboard contract (DESIGN §5): the AnnualFigures operation dashboards are built on must select
 * every section of AnnualReport that a subgraph declares, so a new subgraph's section cannot exist in
 * the graph without reaching the dashboards. Checked by `npm run compose`.
 */
export const CONTRACT_FILE = path.join(SCHEMA_DIR, "operations", "annual-figures.graphql");
export const CONTRACT_OPERATION = "AnnualFigures";

/** The fields selected under `annualReport` in the contract operation, through aliases and fragments. */
export function contractSections(doc: DocumentNode): Set<string> {
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === CONTRACT_OPERATION);
  if (!op) throw new Error(`The contract operation ${CONTRACT_OPERATION} is missing.`);
  const fragments = new Map(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const fieldsOf = (set: SelectionSetNode | undefined, out: Map<string, SelectionSetNode[]>): Map<string, SelectionSetNode[]> => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) out.set(s.name.value, [...(out.get(s.name.value) ?? []), ...(s.selectionSet ? [s.selectionSet] : [])]);
      else if (s.kind === Kind.INLINE_FRAGMENT) fieldsOf(s.selectionSet, out);
      else fieldsOf(fragments.get(s.name.value)?.selectionSet, out);
    }
    return out;
  };
  const sections = new Map<string, SelectionSetNode[]>();
  for (const report of fieldsOf(op.selectionSet, new Map()).get("annualReport") ?? []) fieldsOf(report, sections);
  return new Set(sections.keys());
}

/** The declared sections (subgraph → field) the contract operation does not select. */
export function missingSections(doc: DocumentNode, declared: { subgraph: string; field: string }[]): { subgraph: string; field: string }[] {
  const selected = contractSections(doc);
  return declared.filter((d) => !selected.has(d.field));
}

export function checkContract(declared: { subgraph: string; field: string }[], source = fs.readFileSync(CONTRACT_FILE, "utf8")): void {
  const missing = missingSections(parse(source), declared);
  if (missing.length) {
    throw new Error(
      `The dashboard contract ${path.relative(SCHEMA_DIR, CONTRACT_FILE)} misses report sections: ` +
        missing.map((m) => `annualReport.${m.field} (declared by ${m.subgraph})`).join(", ") +
        ". Select them in the AnnualFigures operation.",
    );
  }
}
