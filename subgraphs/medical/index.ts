import "reflect-metadata";
import type { SubgraphModule } from "../common/module";
import { parseId } from "../common/errors";
import { medicalBounds } from "./bounds";
import { medicalDemo } from "./demo/demo";
import { Finding } from "./finding/finding.entity";
import { InpatientCase } from "./inpatient-case/inpatient-case.entity";
import { Inspection, InspectionCheck } from "./inspection/inspection.entity";
import { MedicalInstitution } from "./institution/institution.entity";
import { medicalLoaders, MedicalLoaders } from "./loaders";
import { InspectionResolver, MedicalResolver, SettlementResolver } from "./medical.resolver";
import { migrations } from "./migrations";
import { medicalImporters } from "./import/importers";
import { AccidentReportRef, linkReferences, PersonCasesResolver, PersonRef, ReportCasesResolver } from "./links/links";
import { medicalReportSection } from "./report/report-section";
import { fundExpenditureReference, WorkInjuryFundExpenditure } from "./report/fund-expenditure";
import { Settlement } from "./settlement/settlement.entity";

/** The designated-medical-institution subgraph (定点医疗机构): institutions, inpatients, inspections, findings, settlements. */
export const subgraph: SubgraphModule<MedicalLoaders> = {
  name: "medical",
  entities: [MedicalInstitution, InpatientCase, Inspection, InspectionCheck, Finding, Settlement],
  migrations,
  resolvers: [MedicalResolver, InspectionResolver, SettlementResolver, PersonCasesResolver, ReportCasesResolver],
  // Only reachable through `_entities` (the fund's expenditure, the cases of a person or a report): listed so that they are emitted.
  orphanedTypes: [WorkInjuryFundExpenditure, PersonRef, AccidentReportRef],
  references: {
    MedicalInstitution: { scope: "medical:read", resolve: (ref, ctx) => ctx.loaders.institution.load(parseId(ref.id, "id")) },
    InpatientCase: { scope: "medical:read", resolve: (ref, ctx) => ctx.loaders.inpatientCase.load(parseId(ref.id, "id")) },
    Inspection: { scope: "medical:read", resolve: (ref, ctx) => ctx.loaders.inspection.load(parseId(ref.id, "id")) },
    Finding: { scope: "medical:read", resolve: (ref, ctx) => ctx.loaders.finding.load(parseId(ref.id, "id")) },
    Settlement: { scope: "medical:read", resolve: (ref, ctx) => ctx.loaders.settlement.load(parseId(ref.id, "id")) },
    WorkInjuryFundExpenditure: fundExpenditureReference,
    ...linkReferences,
  },
  loaders: medicalLoaders,
  bounds: medicalBounds,
  reportSection: medicalReportSection,
  demo: medicalDemo,
  importers: medicalImporters,
  upserts: [{ entity: MedicalInstitution, conflict: ["code"] }],
  // Its import names patients by ID number and accident reports by number.
  serviceScopes: ["enrollment:read", "injury:read"],
};
