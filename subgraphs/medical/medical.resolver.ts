import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { parseId } from "../common/errors";
import { connectionType, PageArgs } from "../common/page";
import type { MedicalContext as C } from "./context";
import { Finding } from "./finding/finding.entity";
import { recordFinding } from "./finding/finding.service";
import { InpatientCase } from "./inpatient-case/inpatient-case.entity";
import { admit, discharge } from "./inpatient-case/inpatient-case.service";
import { AdmitInpatientInput, DischargeInpatientInput, InstitutionFilter, RecordFindingInput, RecordInspectionInput, RecordSettlementInput, RegisterMedicalInstitutionInput } from "./inputs";
import { Inspection, InspectionCheck } from "./inspection/inspection.entity";
import { recordInspection } from "./inspection/inspection.service";
import { MedicalInstitution } from "./institution/institution.entity";
import { registerInstitution } from "./institution/institution.service";
import { Settlement } from "./settlement/settlement.entity";
import { recordSettlement } from "./settlement/settlement.service";

const InstitutionConnection = connectionType(MedicalInstitution, "MedicalInstitutionConnection", "A page of medical institutions (医疗机构列表).");
const InpatientCaseConnection = connectionType(InpatientCase, "InpatientCaseConnection", "A page of inpatient cases (在院工伤病人列表).");
const InspectionConnection = connectionType(Inspection, "InspectionConnection", "A page of inspections (查房/检查列表).");
const FindingConnection = connectionType(Finding, "FindingConnection", "A page of findings (检查问题列表).");
const SettlementConnection = connectionType(Settlement, "SettlementConnection", "A page of settlements (结算列表).");

const ID_ARG = { description: "Hub id (编号)" };
const FILTER = { nullable: true, description: "Filter (查询条件)" };
const INPUT = { description: "The input (录入内容)" };
const institutionOf = (f: InstitutionFilter | undefined) => ({ institutionId: f?.institutionId ? parseId(f.institutionId, "filter.institutionId") : null });

/** Thin: arguments in, a service or a loader out. Lookups answer null for unknown and out of bounds alike. */
@Resolver()
export class MedicalResolver {
  @Authorized("medical:read")
  @Query(() => MedicalInstitution, { nullable: true, description: "A medical institution by hub id (按ID查询医疗机构); null when unknown or out of bounds." })
  medicalInstitution(@Arg("id", () => ID, ID_ARG) id: string, @Ctx() ctx: C) {
    return ctx.loaders.institution.load(parseId(id, "id"));
  }

  @Authorized("medical:read")
  @Query(() => InstitutionConnection, { description: "Medical institutions, paginated (医疗机构列表)." })
  medicalInstitutions(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: C) {
    return ctx.loaders.repo.institution.page(page);
  }

  @Authorized("medical:read")
  @Query(() => InpatientCase, { nullable: true, description: "An inpatient case by hub id (按ID查询住院病例); null when unknown or out of bounds." })
  inpatientCase(@Arg("id", () => ID, ID_ARG) id: string, @Ctx() ctx: C) {
    return ctx.loaders.inpatientCase.load(parseId(id, "id"));
  }

  @Authorized("medical:read")
  @Query(() => InpatientCaseConnection, { description: "Inpatient cases, paginated (在院工伤病人列表)." })
  inpatientCases(@Arg("filter", () => InstitutionFilter, FILTER) filter: InstitutionFilter | undefined, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: C) {
    return ctx.loaders.repo.inpatientCase.page(institutionOf(filter), page);
  }

  @Authorized("medical:read")
  @Query(() => Inspection, { nullable: true, description: "An inspection by hub id (按ID查询检查); null when unknown or out of bounds." })
  medicalInspection(@Arg("id", () => ID, ID_ARG) id: string, @Ctx() ctx: C) {
    return ctx.loaders.inspection.load(parseId(id, "id"));
  }

  @Authorized("medical:read")
  @Query(() => InspectionConnection, { description: "Inspections, paginated (查房/检查列表)." })
  medicalInspections(@Arg("filter", () => InstitutionFilter, FILTER) filter: InstitutionFilter | undefined, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: C) {
    return ctx.loaders.repo.inspection.page(institutionOf(filter), page);
  }

  @Authorized("medical:read")
  @Query(() => Finding, { nullable: true, description: "A finding by hub id (按ID查询检查问题); null when unknown or out of bounds." })
  medicalFinding(@Arg("id", () => ID, ID_ARG) id: string, @Ctx() ctx: C) {
    return ctx.loaders.finding.load(parseId(id, "id"));
  }

  @Authorized("medical:read")
  @Query(() => FindingConnection, { description: "Findings, paginated (检查问题列表)." })
  medicalFindings(@Arg("filter", () => InstitutionFilter, FILTER) filter: InstitutionFilter | undefined, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: C) {
    return ctx.loaders.repo.finding.page(institutionOf(filter), page);
  }

  @Authorized("medical:read")
  @Query(() => Settlement, { nullable: true, description: "A settlement by hub id (按ID查询结算); null when unknown or out of bounds." })
  medicalSettlement(@Arg("id", () => ID, ID_ARG) id: string, @Ctx() ctx: C) {
    return ctx.loaders.settlement.load(parseId(id, "id"));
  }

  @Authorized("medical:read")
  @Query(() => SettlementConnection, { description: "Settlements, paginated (结算列表)." })
  medicalSettlements(@Arg("filter", () => InstitutionFilter, FILTER) filter: InstitutionFilter | undefined, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: C) {
    return ctx.loaders.repo.settlement.page(institutionOf(filter), page);
  }

  @Authorized("medical:write")
  @Mutation(() => MedicalInstitution, { description: "Registers a designated medical institution (登记协议医疗机构). CONFLICT when the code is registered." })
  registerMedicalInstitution(@Arg("input", () => RegisterMedicalInstitutionInput, INPUT) input: RegisterMedicalInstitutionInput, @Ctx() ctx: C) {
    return registerInstitution(ctx, input);
  }

  @Authorized("medical:write")
  @Mutation(() => InpatientCase, { description: "Admits an injured worker (工伤住院登记). CONFLICT when the agreement is not in force on the day." })
  admitInpatient(@Arg("input", () => AdmitInpatientInput, INPUT) input: AdmitInpatientInput, @Ctx() ctx: C) {
    return admit(ctx, input);
  }

  @Authorized("medical:write")
  @Mutation(() => InpatientCase, { description: "Records a discharge (出院登记). CONFLICT when already discharged." })
  dischargeInpatient(@Arg("input", () => DischargeInpatientInput, INPUT) input: DischargeInpatientInput, @Ctx() ctx: C) {
    return discharge(ctx, input);
  }

  @Authorized("medical:write")
  @Mutation(() => Inspection, { description: "Records an inspection with the cases seen (登记查房/检查)." })
  recordMedicalInspection(@Arg("input", () => RecordInspectionInput, INPUT) input: RecordInspectionInput, @Ctx() ctx: C) {
    return recordInspection(ctx, input);
  }

  @Authorized("medical:write")
  @Mutation(() => Finding, { description: "Records a finding (登记检查发现问题)." })
  recordMedicalFinding(@Arg("input", () => RecordFindingInput, INPUT) input: RecordFindingInput, @Ctx() ctx: C) {
    return recordFinding(ctx, input);
  }

  @Authorized("medical:write")
  @Mutation(() => Settlement, { description: "Records a settlement (登记医疗费用结算): deducts each pending finding of the institution found before the period's end, once." })
  recordMedicalSettlement(@Arg("input", () => RecordSettlementInput, INPUT) input: RecordSettlementInput, @Ctx() ctx: C) {
    return recordSettlement(ctx, input);
  }
}

@Resolver(() => Inspection)
export class InspectionResolver {
  @Authorized("medical:read")
  @FieldResolver(() => [InspectionCheck], { description: "The cases seen (核查病例)." })
  checks(@Root() inspection: Inspection, @Ctx() ctx: C) {
    return ctx.loaders.checksOf.load(inspection.id);
  }
}

@Resolver(() => Settlement)
export class SettlementResolver {
  @Authorized("medical:read")
  @FieldResolver(() => [Finding], { description: "The findings deducted in this settlement (本次扣除的问题)." })
  deductions(@Root() s: Settlement, @Ctx() ctx: C) {
    return ctx.loaders.findingsOf.load(s.id);
  }
}
