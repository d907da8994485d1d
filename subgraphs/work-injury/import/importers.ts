import type { Importer } from "../../common/import/importer";
import { appraisalsImporter } from "./appraisals.importer";
import { dependantsImporter } from "./dependants.importer";
import { investigationsImporter } from "./investigations.importer";
import { paymentsImporter } from "./payments.importer";
import { recognitionImporter } from "./recognition.importer";
import { trainingsImporter } from "./trainings.importer";
import { qualificationImporter } from "./qualification.importer";
import { reportsImporter } from "./reports.importer";

/** The work-injury subgraph's import files (docs/import.md), after enrollment's (they name its people and employers). */
export const workInjuryImporters: Importer[] = [reportsImporter, investigationsImporter, recognitionImporter, qualificationImporter, dependantsImporter, paymentsImporter, appraisalsImporter, trainingsImporter];
