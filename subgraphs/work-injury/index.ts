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
import { BenefitPayment } from "./payment/payment.entity";
import { PaymentResolver, ReportPaymentsResolver } from "./payment/payment.resolver";
import { QualificationCheck } from "./qualification/qualification.entity";
import { QualificationResolver, ReportQualificationResolver } from "./qualification/qualification.resolver";
import { EmployerLinksResolver, PersonLinksResolver, ReportLinksResolver } from "./links/links.resolver";
import { linkReferences } from "./links/references";
import { Investigation } from "./investigation/investigation.entity";
import { InvestigationResolver, ReportInvestigationsResolver } from "./investigation/investigation.resolver";
import { LateCaseResolver } from "./late-case/late-case.resolver";
import { RecognitionApplication } from "./recognition/recognition.entity";
import { RecognitionResolver, ReportRecognitionResolver } from "./recognition/recognition.resolver";
import { FundExpenditureResolver, fundExpenditureReference } from "./report/fund-expenditure";
import { workInjuryBounds } from "./bounds";
import { workInjuryConfig } from "./config";
import { workInjuryDemo } from "./demo/demo";
import { workInjuryLoaders, WorkInjuryLoaders } from "./loaders";
import { migrations } from "./migrations";
import { BenefitParameter } from "./parameter/parameter.entity";
import { Dependant } from "./dependant/dependant.entity";
import { OwnWageCorrection, StoredOwnWage } from "./own-wage/own-wage.entity";
import { DependantResolver, ReportDependantsResolver } from "./dependant/dependant.resolver";
import { ParameterResolver } from "./parameter/parameter.resolver";
import { EntitlementResolver } from "./entitlement/entitlement.resolver";
import { workInjuryImporters } from "./import/importers";

/** The work-injury subgraph (工伤): accident reports and their case files, appraisals, qualification checks, benefit payments, prevention trainings, the fund's expenditure (DESIGN §3). */
export const workInjuryModule: SubgraphModule<WorkInjuryLoaders> = {
  name: "work-injury",
  entities: [BenefitParameter, Dependant, OwnWageCorrection, StoredOwnWage, AccidentReport, AccidentReportStatusChange, Appraisal, PreventionTraining, BenefitPayment, QualificationCheck, RecognitionApplication, Investigation],
  migrations,
  resolvers: [ParameterResolver, EntitlementResolver, DependantResolver, ReportDependantsResolver, AccidentReportResolver, AppraisalResolver, ReportAppraisalsResolver, TrainingResolver, PaymentResolver, ReportPaymentsResolver, QualificationResolver, ReportQualificationResolver, FundExpenditureResolver, PersonLinksResolver, EmployerLinksResolver, ReportLinksResolver, RecognitionResolver, ReportRecognitionResolver, LateCaseResolver, InvestigationResolver, ReportInvestigationsResolver],
  references: {
    AccidentReport: { scope: "injury:read", resolve: (ref, ctx) => ctx.loaders.report.load(parseId(ref.id, "id")) },
    WorkInjuryFundExpenditure: fundExpenditureReference,
    ...linkReferences,
  },
  loaders: workInjuryLoaders,
  bounds: workInjuryBounds,
  reportSection: workInjuryReportSection,
  demo: workInjuryDemo,
  config: workInjuryConfig,
  importers: workInjuryImporters,
  upserts: [{ entity: PreventionTraining, conflict: ["sessionNumber"] }, { entity: BenefitParameter, conflict: ["kind", "qualifier", "areaCode", "validFrom"] }, { entity: OwnWageCorrection, conflict: ["reportId"] }, { entity: StoredOwnWage, conflict: ["reportId"] }],
  // reportAccident reads the parties (area, industry, the enrollment on the day) and payments the payee's date of death
  serviceScopes: ["enrollment:read"],
};

export const subgraph = workInjuryModule;
