import "reflect-metadata";
import type { SubgraphModule } from "../common/module";
import { parseId } from "../common/errors";
import { AccidentReport, AccidentReportStatusChange } from "./accident-report/accident-report.entity";
import { AccidentReportResolver } from "./accident-report/accident-report.resolver";
import { workInjuryReportSection } from "./report/report-section";
import { Appraisal } from "./appraisal/appraisal.entity";
import { AppraisalResolver, ReportAppraisalsResolver } from "./appraisal/appraisal.resolver";
import { PreventionTraining } from "./training/training.entity";
import { TrainingResolver } from "./training/training.resolver";
import { workInjuryBounds } from "./bounds";
import { workInjuryConfig } from "./config";
import { workInjuryDemo } from "./demo/demo";
import { workInjuryLoaders, WorkInjuryLoaders } from "./loaders";
import { migrations } from "./migrations";

/** The work-injury subgraph (工伤): accident reports and their case files, appraisals, prevention trainings (DESIGN §3). */
export const workInjuryModule: SubgraphModule<WorkInjuryLoaders> = {
  name: "work-injury",
  entities: [AccidentReport, AccidentReportStatusChange, Appraisal, PreventionTraining],
  migrations,
  resolvers: [AccidentReportResolver, AppraisalResolver, ReportAppraisalsResolver, TrainingResolver],
  references: {
    AccidentReport: { scope: "injury:read", resolve: (ref, ctx) => ctx.loaders.report.load(parseId(ref.id, "id")) },
  },
  loaders: workInjuryLoaders,
  bounds: workInjuryBounds,
  reportSection: workInjuryReportSection,
  demo: workInjuryDemo,
  config: workInjuryConfig,
};

export const subgraph = workInjuryModule;
