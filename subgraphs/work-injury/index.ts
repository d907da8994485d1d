import "reflect-metadata";
import type { SubgraphModule } from "../common/module";
import { parseId } from "../common/errors";
import { AccidentReport, AccidentReportStatusChange } from "./accident-report/accident-report.entity";
import { AccidentReportResolver } from "./accident-report/accident-report.resolver";
import { workInjuryReportSection } from "./accident-report/report-section";
import { workInjuryBounds } from "./bounds";
import { workInjuryConfig } from "./config";
import { workInjuryDemo } from "./demo/demo";
import { workInjuryLoaders, WorkInjuryLoaders } from "./loaders";
import { migrations } from "./migrations";

/** The work-injury subgraph (工伤): accident reports and their case files (DESIGN §3). */
export const workInjuryModule: SubgraphModule<WorkInjuryLoaders> = {
  name: "work-injury",
  entities: [AccidentReport, AccidentReportStatusChange],
  migrations,
  resolvers: [AccidentReportResolver],
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
