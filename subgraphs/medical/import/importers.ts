import type { Importer } from "../../common/import/importer";
import { inpatientCasesImporter } from "./inpatient-cases.importer";
import { findingsImporter } from "./findings.importer";
import { inspectionsImporter } from "./inspections.importer";
import { institutionsImporter } from "./institutions.importer";
import { settlementsImporter } from "./settlements.importer";

/** The medical subgraph's import files (docs/import.md), after work-injury's (a case names its report). */
export const medicalImporters: Importer[] = [institutionsImporter, inpatientCasesImporter, inspectionsImporter, findingsImporter, settlementsImporter];
