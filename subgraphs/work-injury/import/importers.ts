import type { Importer } from "../../common/import/importer";
import { appraisalsImporter } from "./appraisals.importer";
import { paymentsImporter } from "./payments.importer";
import { trainingsImporter } from "./trainings.importer";
import { qualificationImporter } from "./qualification.importer";
import { reportsImporter } from "./reports.importer";

/** The work-injury subgraph's import files (docs/import.md), after enrollment's (they name its people and employers). */
export const workInjuryImporters: Importer[] = [reportsImporter, qualificationImporter, paymentsImporter, appraisalsImporter, trainingsImporter];
