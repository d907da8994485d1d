/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Status of an accident report (报案状态). */
export type AccidentReportStatus =
  /** Closed without recognition (不予认定) */
  | 'NOT_RECOGNIZED'
  /** Awaiting investigation (待调查) */
  | 'PENDING_INVESTIGATION'
  /** Investigated, awaiting recognition (待认定) */
  | 'PENDING_RECOGNITION'
  /** Sent to the bureau for recognition (已报送上级认定) */
  | 'SUBMITTED';

/** Severity of an accident (事故严重程度). */
export type AccidentSeverity =
  /** Fatal (死亡) */
  | 'FATAL'
  /** Minor injury (轻伤) */
  | 'MINOR'
  /** Serious injury (重伤) */
  | 'SERIOUS';

/** Work-injury benefit item (工伤保险待遇项目). */
export type BenefitCategory =
  /** Monthly care allowance (生活护理费) */
  | 'CARE_ALLOWANCE'
  /** Monthly dependants' pension (供养亲属抚恤金) */
  | 'DEPENDANT_PENSION'
  /** Monthly disability allowance (伤残津贴) */
  | 'DISABILITY_ALLOWANCE'
  /** Funeral subsidy (丧葬补助金) */
  | 'FUNERAL_SUBSIDY'
  /** One-time work-related death subsidy (一次性工亡补助金) */
  | 'ONE_TIME_DEATH_SUBSIDY'
  /** One-time disability subsidy (一次性伤残补助金) */
  | 'ONE_TIME_DISABILITY_SUBSIDY'
  /** One-time work-injury medical subsidy (一次性工伤医疗补助金) */
  | 'ONE_TIME_MEDICAL_SUBSIDY';

/** Filter for the contribution list (缴费记录查询条件). */
export type ContributionFilter = {
  /** Employer id (单位ID). */
  employerId?: string | number | null | undefined;
  /** From month, inclusive (起始所属期). */
  from?: string | null | undefined;
  /** Insurance (险种). */
  insurance?: Insurance | null | undefined;
  /** Person id (人员ID). */
  personId?: string | number | null | undefined;
  /** To month, inclusive (截止所属期). */
  to?: string | null | undefined;
};

/** One person's line in a month's contributions (缴费明细). */
export type ContributionItemInput = {
  /** Wage base (缴费基数), yuan; the enrollment's base when omitted. */
  base?: string | null | undefined;
  /** Person id (人员ID). */
  personId: string | number;
};

/** A deadline of the case (办理时限). */
export type DeadlineKind =
  /** The employer's application for recognition, 30 days after the accident (单位申请时限) */
  | 'APPLICATION'
  /** The appraisal's conclusion, 60 days after the application (鉴定时限) */
  | 'APPRAISAL'
  /** The investigation: serious and fatal the day reported, minor within 7 days (调查时限) */
  | 'INVESTIGATION'
  /** The bureau's decision, 60 days (15 when clear) after acceptance, suspensions paused (认定时限) */
  | 'RECOGNITION';

/** Filter for the employer list (用人单位查询条件). */
export type EmployerFilter = {
  /** Area code; includes everything below it (行政区划). */
  areaCode?: string | null | undefined;
  /** Industry section letter (行业门类). */
  industry?: string | null | undefined;
  /** Risk class (行业风险类别). */
  riskClass?: number | null | undefined;
  /** Status (状态). */
  status?: EmployerStatus | null | undefined;
};

/** Registration status of an employer (单位参保状态). */
export type EmployerStatus =
  /** Registered, contributing (正常) */
  | 'ACTIVE'
  /** Deregistered (注销) */
  | 'CANCELLED';

/** Enrolls a person with an employer in one insurance (参保). */
export type EnrollInput = {
  /** Employer id (单位ID). */
  employerId: string | number;
  /** Insurance (险种). */
  insurance: Insurance;
  /** Person id (人员ID). */
  personId: string | number;
  /** Start date (参保日期). */
  startDate: string;
  /** Monthly wage base (缴费基数), yuan. */
  wageBase: string;
};

/** Enrollment status (参保状态). */
export type EnrollmentStatus =
  /** Insured (参保缴费) */
  | 'ACTIVE'
  /** Stopped (停保) */
  | 'STOPPED';

/** Gender (性别), derived from the resident ID number. */
export type Gender =
  /** Female (女) */
  | 'FEMALE'
  /** Male (男) */
  | 'MALE';

/** Insurance kind (险种). */
export type Insurance =
  /** Unemployment insurance (失业保险) */
  | 'UNEMPLOYMENT'
  /** Work-injury insurance (工伤保险) */
  | 'WORK_INJURY';

/** Kind of problem found (检查问题类型). */
export type MedicalFindingKind =
  /** Absent from the ward (挂床住院) */
  | 'ABSENT_FROM_WARD'
  /** Patient is not the insured person (人证不符) */
  | 'IDENTITY_MISMATCH'
  /** Injury and illness not separated (伤病未分离) */
  | 'INJURY_ILLNESS_NOT_SEPARATED'
  /** Other (其他) */
  | 'OTHER'
  /** Over-treatment (过度医疗) */
  | 'OVER_TREATMENT';

/** How the amount of a finding is recovered (处理方式). */
export type MedicalFindingResolution =
  /** Deducted at the next settlement (结算时扣除) */
  | 'DEDUCT_AT_SETTLEMENT'
  /** Refunded by the institution (已退回) */
  | 'REFUNDED';

/** Status of a partner client (合作方接入状态). */
export type PartnerStatus =
  /** May call (启用) */
  | 'ACTIVE'
  /** Revoked: its key no longer works (已吊销) */
  | 'REVOKED';

/** An employer's contributions for one month and insurance (单位月度缴费申报). */
export type RecordContributionsInput = {
  /** Employer id (单位ID). */
  employerId: string | number;
  /** Insurance (险种). */
  insurance: Insurance;
  /** One line per person (缴费人员明细), at most 5000. */
  items: Array<ContributionItemInput>;
  /** Month contributed for (费款所属期). */
  month: string;
  /** Date paid (缴费到账日期). */
  paidOn: string;
};

/** A new employer to register (用人单位参保登记). */
export type RegisterEmployerInput = {
  /** Area code (所属行政区划), township or village. */
  areaCode: string;
  /** Unified social credit code (统一社会信用代码). */
  creditCode: string;
  /** Industry section letter A–T (行业门类, GB/T 4754). */
  industry: string;
  /** Name (单位名称). */
  name: string;
  /** Registration date (参保登记日期); today when omitted. */
  registeredOn?: string | null | undefined;
  /** Work-injury risk class 1–8 (行业风险类别). */
  riskClass: number;
  /** Staff count (职工人数). */
  staffCount: number;
};

/** A partner client to register (登记合作方客户端). */
export type RegisterPartnerInput = {
  /** Agency (机构名称). */
  agency: string;
  /** Area bound (行政区划范围). */
  boundArea?: string | null | undefined;
  /** Employer bound (单位范围). */
  boundEmployer?: string | null | undefined;
  /** Institution bound (机构范围). */
  boundInstitution?: string | null | undefined;
  /** Client id (客户端标识): lower-case letters, digits and dashes, e.g. tax-bureau-shaodong. */
  clientId: string;
  /** Name (名称). */
  name: string;
  /** Operations it may run, by name (可执行的已登记操作). */
  operations: Array<string>;
  /** Purpose (用途). */
  purpose: string;
  /** Partner kind (合作方类别): tax-bureau, medical-insurance-bureau, hospital, civil-affairs, statistics-bureau. */
  role: string;
  /** Scopes (授权范围); the kind's defaults when omitted. Never pii:read unless the task needs it. */
  scopes?: Array<string> | null | undefined;
};

/** A new insured person (参保人员登记). */
export type RegisterPersonInput = {
  /** Area code (所属行政区划). */
  areaCode: string;
  /** Resident ID number (公民身份号码); gender and birth date are derived from it. */
  idNumber: string;
  /** Name (姓名). */
  name: string;
  /** Phone (联系电话). */
  phone?: string | null | undefined;
};

/** Stops an active enrollment (停保). */
export type StopEnrollmentInput = {
  /** End date (停保日期). */
  endDate: string;
  /** Enrollment id (参保登记ID). */
  enrollmentId: string | number;
  /** Reason (停保原因), e.g. 解除劳动合同. */
  reason: string;
};

export type RegisterPartnerMutationVariables = Exact<{
  input: RegisterPartnerInput;
}>;


export type RegisterPartnerMutation = { registerPartner: { apiKey: string, client: { clientId: string, role: string, agency: string, purpose: string, scopes: Array<string>, operations: Array<string>, boundArea: string | null, status: PartnerStatus, keyPrefix: string } } };

export type RotatePartnerKeyMutationVariables = Exact<{
  clientId: string;
}>;


export type RotatePartnerKeyMutation = { rotatePartnerKey: { apiKey: string, client: { clientId: string, keyPrefix: string, rotatedAt: string | null } } };

export type RevokePartnerMutationVariables = Exact<{
  clientId: string;
}>;


export type RevokePartnerMutation = { revokePartner: { clientId: string, status: PartnerStatus, revokedAt: string | null } };

export type PartnerClientsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerClientsQuery = { partnerClients: Array<{ clientId: string, name: string, role: string, agency: string, purpose: string, scopes: Array<string>, operations: Array<string>, boundArea: string | null, boundInstitution: string | null, boundEmployer: string | null, status: PartnerStatus, keyPrefix: string, createdAt: string, rotatedAt: string | null, revokedAt: string | null }> };

export type AuditLogQueryVariables = Exact<{
  from: string;
  to: string;
  first?: number;
  enrollmentAfter?: string | null | undefined;
  workInjuryAfter?: string | null | undefined;
  medicalAfter?: string | null | undefined;
  accessAfter?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { from: string, to: string, enrollment: { length: number, verified: boolean, brokenAt: number | null, entries: Array<{ seq: number, at: string, sub: string, role: string | null, agency: string | null, purpose: string | null, operation: string | null, documentHash: string | null, subjects: Array<string>, fields: Array<string>, result: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null, workInjury: { length: number, verified: boolean, brokenAt: number | null, entries: Array<{ seq: number, at: string, sub: string, role: string | null, agency: string | null, purpose: string | null, operation: string | null, documentHash: string | null, subjects: Array<string>, fields: Array<string>, result: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null, medical: { length: number, verified: boolean, brokenAt: number | null, entries: Array<{ seq: number, at: string, sub: string, role: string | null, agency: string | null, purpose: string | null, operation: string | null, documentHash: string | null, subjects: Array<string>, fields: Array<string>, result: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null, access: { length: number, verified: boolean, brokenAt: number | null, entries: Array<{ seq: number, at: string, sub: string, role: string | null, agency: string | null, purpose: string | null, operation: string | null, documentHash: string | null, subjects: Array<string>, fields: Array<string>, result: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } };

export type AuditChainPageFragment = { length: number, verified: boolean, brokenAt: number | null, entries: Array<{ seq: number, at: string, sub: string, role: string | null, agency: string | null, purpose: string | null, operation: string | null, documentHash: string | null, subjects: Array<string>, fields: Array<string>, result: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

export type RegisterServiceKeyMutationVariables = Exact<{
  name: string;
  scopes?: Array<string> | string | null | undefined;
}>;


export type RegisterServiceKeyMutation = { registerServiceKey: { serviceKey: string, service: { name: string, scopes: Array<string>, keyPrefix: string, status: PartnerStatus } } };

export type RotateServiceKeyMutationVariables = Exact<{
  name: string;
}>;


export type RotateServiceKeyMutation = { rotateServiceKey: { serviceKey: string, service: { name: string, keyPrefix: string, rotatedAt: string | null } } };

export type RevokeServiceKeyMutationVariables = Exact<{
  name: string;
}>;


export type RevokeServiceKeyMutation = { revokeServiceKey: { name: string, status: PartnerStatus, revokedAt: string | null } };

export type ServiceKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceKeysQuery = { serviceKeys: Array<{ name: string, scopes: Array<string>, keyPrefix: string, status: PartnerStatus, createdAt: string, rotatedAt: string | null, revokedAt: string | null }> };

export type AnnualFiguresQueryVariables = Exact<{
  year: number;
  areaCode?: string | null | undefined;
}>;


export type AnnualFiguresQuery = { annualReport: { year: number, areaCode: string, enrollment: { workInjuryInsured: number, unemploymentInsured: number } | null, workInjury: { reports: { total: number, submitted: number, notRecognized: number, pendingRecognition: number, pendingInvestigation: number }, appraisals: { applications: number, completed: number, grade1to4: number, grade5to6: number, grade7to10: number, ungraded: number }, trainings: { sessions: number, enterprises: number, attendees: number }, payments: Array<{ category: BenefitCategory, payments: number, amount: string }>, fundExpenditure: { benefits: string, medicalSettlements: string | null, total: string | null } } | null, medical: { inspections: number, findings: number, refunded: string, deductedAtSettlement: string } | null } };

export type PersonByIdNumberQueryVariables = Exact<{
  idNumber: string;
}>;


export type PersonByIdNumberQuery = { personByIdNumber: { id: string, idNumber: string, name: string, gender: Gender | null, birthDate: string | null, areaCode: string, phone: string | null, enrollments: Array<{ id: string, insurance: Insurance, status: EnrollmentStatus, startDate: string, endDate: string | null, wageBase: string, employer: { id: string, name: string, creditCode: string } | null }> } | null };

export type EmployerPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: EmployerFilter | null | undefined;
}>;


export type EmployerPageQuery = { employers: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, creditCode: string, name: string, industry: string, industryName: string, riskClass: number, areaCode: string, staffCount: number, status: EmployerStatus, activeEnrollments: Array<{ id: string, insurance: Insurance, startDate: string, wageBase: string, person: { id: string, name: string, idNumber: string } | null }> }> } };

export type EmployerByCreditCodeQueryVariables = Exact<{
  creditCode: string;
}>;


export type EmployerByCreditCodeQuery = { employerByCreditCode: { id: string, name: string, creditCode: string, status: EmployerStatus, area: { code: string, name: string } | null } | null };

export type InsuredStatisticsQueryVariables = Exact<{
  year: number;
  insurance: Insurance;
}>;


export type InsuredStatisticsQuery = { insuredStatistics: { year: number, insurance: Insurance, insured: number, contributions: string, byArea: Array<{ key: string, name: string | null, insured: number, contributions: string }>, byIndustry: Array<{ key: string, name: string | null, insured: number, contributions: string }>, byMonth: Array<{ key: string, insured: number, contributions: string }> } };

export type ZombieEmployersQueryVariables = Exact<{
  asOf: string;
  months?: number | null | undefined;
}>;


export type ZombieEmployersQuery = { zombieEmployers: Array<{ lastContributionMonth: string | null, activeEnrollments: number, employer: { id: string, name: string, creditCode: string } }> };

export type ContributionsQueryVariables = Exact<{
  filter: ContributionFilter;
  first: number;
}>;


export type ContributionsQuery = { contributions: { totalCount: number, nodes: Array<{ id: string, insurance: Insurance, month: string, base: string, ratePpm: number, employerPart: string, employeePart: string, paidOn: string, areaCode: string }> } };

export type RegisterEmployerMutationVariables = Exact<{
  input: RegisterEmployerInput;
}>;


export type RegisterEmployerMutation = { registerEmployer: { id: string, creditCode: string, name: string, industry: string, riskClass: number, areaCode: string, status: EmployerStatus, registeredOn: string } };

export type RegisterPersonMutationVariables = Exact<{
  input: RegisterPersonInput;
}>;


export type RegisterPersonMutation = { registerPerson: { id: string, idNumber: string, name: string, gender: Gender | null, birthDate: string | null, areaCode: string, phone: string | null } };

export type EnrollMutationVariables = Exact<{
  input: EnrollInput;
}>;


export type EnrollMutation = { enroll: { id: string, insurance: Insurance, status: EnrollmentStatus, startDate: string, wageBase: string, person: { id: string } | null, employer: { id: string } | null } };

export type StopEnrollmentMutationVariables = Exact<{
  input: StopEnrollmentInput;
}>;


export type StopEnrollmentMutation = { stopEnrollment: { id: string, status: EnrollmentStatus, endDate: string | null, stopReason: string | null } };

export type RecordContributionsMutationVariables = Exact<{
  input: RecordContributionsInput;
}>;


export type RecordContributionsMutation = { recordContributions: { employerTotal: string, employeeTotal: string, contributions: Array<{ id: string, month: string, base: string, ratePpm: number, employerPart: string, employeePart: string }> } };

export type ExamplePersonWithEnrollmentsQueryVariables = Exact<{
  id?: string | number;
}>;


export type ExamplePersonWithEnrollmentsQuery = { person: { id: string, idNumber: string, name: string, birthYear: number, gender: Gender | null, birthDate: string | null, area: { code: string, name: string } | null, enrollments: Array<{ insurance: Insurance, status: EnrollmentStatus, startDate: string, endDate: string | null, stopReason: string | null, wageBase: string, employer: { name: string, creditCode: string, industryName: string } | null }> } | null };

export type ExampleEmployersInAreaQueryVariables = Exact<{
  areaCode?: string | null | undefined;
  first?: number;
  after?: string | null | undefined;
}>;


export type ExampleEmployersInAreaQuery = { employers: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ name: string, creditCode: string, industryName: string, riskClass: number, staffCount: number, area: { code: string, name: string } | null, activeEnrollments: Array<{ insurance: Insurance, startDate: string, wageBase: string, person: { name: string, gender: Gender | null } | null }> }> } };

export type ExampleInsuredBreakdownQueryVariables = Exact<{
  year?: number;
  insurance?: Insurance;
}>;


export type ExampleInsuredBreakdownQuery = { insuredStatistics: { year: number, insurance: Insurance, insured: number, contributions: string, byArea: Array<{ key: string, name: string | null, insured: number, contributions: string }>, byIndustry: Array<{ key: string, name: string | null, insured: number, contributions: string }>, byMonth: Array<{ key: string, insured: number, contributions: string }> } };

export type ExampleZombieEmployersQueryVariables = Exact<{
  asOf?: string;
  months?: number | null | undefined;
}>;


export type ExampleZombieEmployersQuery = { zombieEmployers: Array<{ lastContributionMonth: string | null, activeEnrollments: number, employer: { name: string, creditCode: string, industryName: string, staffCount: number, area: { code: string, name: string } | null } }> };

export type HospitalInpatientCasesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type HospitalInpatientCasesQuery = { inpatientCases: { totalCount: number, nodes: Array<{ id: string, admissionNumber: string, institutionId: string, patientName: string, patientIdNumber: string, admittedOn: string, dischargedOn: string | null, diagnosis: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type HospitalInspectionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type HospitalInspectionsQuery = { medicalInspections: { totalCount: number, nodes: Array<{ id: string, institutionId: string, inspectedOn: string, checks: Array<{ caseId: string, presentInWard: boolean, identityVerified: boolean }> }> } };

export type HospitalFindingsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type HospitalFindingsQuery = { medicalFindings: { totalCount: number, nodes: Array<{ id: string, institutionId: string, inspectionId: string | null, foundOn: string, kinds: Array<MedicalFindingKind>, amount: string, resolution: MedicalFindingResolution, refundedOn: string | null, settlementId: string | null }> } };

export type HospitalSettlementsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type HospitalSettlementsQuery = { medicalSettlements: { totalCount: number, nodes: Array<{ id: string, settlementNumber: string, institutionId: string, periodFrom: string, periodUntil: string, claimed: string, deducted: string, paid: string, paidOn: string }> } };

export type HospitalRecordsQueryVariables = Exact<{
  caseId: string | number;
  inspectionId: string | number;
  findingId: string | number;
  settlementId: string | number;
}>;


export type HospitalRecordsQuery = { inpatientCase: { id: string, institutionId: string, patientName: string, diagnosis: string } | null, medicalInspection: { id: string, institutionId: string } | null, medicalFinding: { id: string, institutionId: string } | null, medicalSettlement: { id: string, institutionId: string } | null };

export type TaxEmployersInAreaQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  areaCode?: string | null | undefined;
}>;


export type TaxEmployersInAreaQuery = { employers: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, creditCode: string, name: string, industry: string, riskClass: number, areaCode: string, staffCount: number }> } };

export type TaxEmployerContributionsQueryVariables = Exact<{
  creditCode: string;
}>;


export type TaxEmployerContributionsQuery = { employerByCreditCode: { id: string, name: string, creditCode: string, activeEnrollments: Array<{ id: string, insurance: Insurance, wageBase: string, person: { idNumber: string, name: string } | null }> } | null };

export type StatisticsInsuredBreakdownQueryVariables = Exact<{
  year: number;
  insurance: Insurance;
}>;


export type StatisticsInsuredBreakdownQuery = { insuredStatistics: { year: number, insurance: Insurance, insured: number, contributions: string, byArea: Array<{ key: string, name: string | null, insured: number, contributions: string }>, byIndustry: Array<{ key: string, name: string | null, insured: number, contributions: string }> } };

export type PeopleByIdNumbersQueryVariables = Exact<{
  idNumbers: Array<string> | string;
}>;


export type PeopleByIdNumbersQuery = { peopleByIdNumbers: Array<{ id: string } | null> };

export type EmployersByCreditCodesQueryVariables = Exact<{
  creditCodes: Array<string> | string;
}>;


export type EmployersByCreditCodesQuery = { employersByCreditCodes: Array<{ id: string } | null> };

export type AccidentPartiesQueryVariables = Exact<{
  personId: string | number;
  employerId: string | number;
}>;


export type AccidentPartiesQuery = { person: { id: string, enrollments: Array<{ insurance: Insurance, startDate: string, endDate: string | null, employer: { id: string } | null }> } | null, employer: { id: string, areaCode: string, industry: string } | null };

export type DeathsByIdNumbersQueryVariables = Exact<{
  idNumbers: Array<string> | string;
}>;


export type DeathsByIdNumbersQuery = { peopleByIdNumbers: Array<{ id: string, dateOfDeath: string | null } | null> };

export type ImportPartiesQueryVariables = Exact<{
  idNumbers: Array<string> | string;
  creditCodes: Array<string> | string;
}>;


export type ImportPartiesQuery = { peopleByIdNumbers: Array<{ id: string, enrollments: Array<{ insurance: Insurance, startDate: string, endDate: string | null, employer: { id: string } | null }> } | null>, employersByCreditCodes: Array<{ id: string, areaCode: string, industry: string } | null> };

export type AccidentReportsByNumbersQueryVariables = Exact<{
  reportNumbers: Array<string> | string;
}>;


export type AccidentReportsByNumbersQuery = { accidentReportsByNumbers: Array<{ id: string } | null> };

export type OwnWageBasesQueryVariables = Exact<{
  personId: string | number;
  employerId: string | number;
  from: string;
  to: string;
}>;


export type OwnWageBasesQuery = { contributions: { nodes: Array<{ month: string, base: string }> } };

export type LateCasesQueryVariables = Exact<{
  asOf: string;
  kind: DeadlineKind;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LateCasesQuery = { lateCases: { totalCount: number, nodes: Array<{ id: string, kind: DeadlineKind, dueBy: string, daysOverdue: number, report: { id: string, reportNumber: string, areaCode: string, severity: AccidentSeverity, status: AccidentReportStatus, reportedOn: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type PeopleWithInjuryCasesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PeopleWithInjuryCasesQuery = { people: { nodes: Array<{ id: string, accidentReports: Array<{ id: string, status: AccidentReportStatus }>, inpatientCases: Array<{ id: string, admittedOn: string }> }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export const AuditChainPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditChainPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditChain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"brokenAt"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"documentHash"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<AuditChainPageFragment, unknown>;
export const RegisterPartnerDocument = {"__meta__":{"hash":"sha256:ab56c8c19e8305526b77b52feaae9e51f6d0aad8a244d19ee694da87b74c7ae0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"operations"}},{"kind":"Field","name":{"kind":"Name","value":"boundArea"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterPartnerMutation, RegisterPartnerMutationVariables>;
export const RotatePartnerKeyDocument = {"__meta__":{"hash":"sha256:c34d1af9d057ea8c9a1e80946695adcf6e54517dd330721dae518ae2df36a4da"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotatePartnerKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotatePartnerKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"rotatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RotatePartnerKeyMutation, RotatePartnerKeyMutationVariables>;
export const RevokePartnerDocument = {"__meta__":{"hash":"sha256:29e566cfddf3f85685952221457debd092f1022734fa64f8a630030be807615c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokePartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokePartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokePartnerMutation, RevokePartnerMutationVariables>;
export const PartnerClientsDocument = {"__meta__":{"hash":"sha256:41264826a212687963455e0cd07970dc1760fb9399c59da3d3cdbab8a5375471"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"operations"}},{"kind":"Field","name":{"kind":"Name","value":"boundArea"}},{"kind":"Field","name":{"kind":"Name","value":"boundInstitution"}},{"kind":"Field","name":{"kind":"Name","value":"boundEmployer"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<PartnerClientsQuery, PartnerClientsQueryVariables>;
export const AuditLogDocument = {"__meta__":{"hash":"sha256:b3a50aef6d29318f676e26b8c7ab84b22feaac64ba84e40b03881f2c408f5d3b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enrollmentAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workInjuryAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"medicalAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enrollmentAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditChainPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workInjury"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workInjuryAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditChainPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medical"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"medicalAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditChainPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"access"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditChainPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditChainPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditChain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"brokenAt"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"documentHash"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const RegisterServiceKeyDocument = {"__meta__":{"hash":"sha256:fe974fc1fb42d30c79f15417159dda5e7f50c04c1e43ef6e5aeb00ecf4da33fd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterServiceKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerServiceKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"scopes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceKey"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterServiceKeyMutation, RegisterServiceKeyMutationVariables>;
export const RotateServiceKeyDocument = {"__meta__":{"hash":"sha256:bc2c7fc8c354efdda396f0831abf859c270cc97103afcf4a3f2c2918bf6c012f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateServiceKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateServiceKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceKey"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"rotatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RotateServiceKeyMutation, RotateServiceKeyMutationVariables>;
export const RevokeServiceKeyDocument = {"__meta__":{"hash":"sha256:c079dbf6f8bca088b24ba54c5f51b5ce4292bdf5c7eb7d13d8af49ab35e5b84e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeServiceKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeServiceKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeServiceKeyMutation, RevokeServiceKeyMutationVariables>;
export const ServiceKeysDocument = {"__meta__":{"hash":"sha256:cd6aaf7591c95455b15362c23a0359315e71d570a733a4eac9043059b1584a97"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<ServiceKeysQuery, ServiceKeysQueryVariables>;
export const AnnualFiguresDocument = {"__meta__":{"hash":"sha256:bb57fa0831d87988570969a884fa1a5b80b1615c0fb740c7e426b6e14e7b1426"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnualFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"areaCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workInjuryInsured"}},{"kind":"Field","name":{"kind":"Name","value":"unemploymentInsured"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workInjury"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"notRecognized"}},{"kind":"Field","name":{"kind":"Name","value":"pendingRecognition"}},{"kind":"Field","name":{"kind":"Name","value":"pendingInvestigation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appraisals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"grade1to4"}},{"kind":"Field","name":{"kind":"Name","value":"grade5to6"}},{"kind":"Field","name":{"kind":"Name","value":"grade7to10"}},{"kind":"Field","name":{"kind":"Name","value":"ungraded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"payments"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundExpenditure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benefits"}},{"kind":"Field","name":{"kind":"Name","value":"medicalSettlements"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"medical"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspections"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"refunded"}},{"kind":"Field","name":{"kind":"Name","value":"deductedAtSettlement"}}]}}]}}]}}]} as unknown as DocumentNode<AnnualFiguresQuery, AnnualFiguresQueryVariables>;
export const PersonByIdNumberDocument = {"__meta__":{"hash":"sha256:e866d13e4ff95de0cfe1d7d1accdbe77c81be36b095f5bb0c230c0da4adce894"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonByIdNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personByIdNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"insurance"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"wageBase"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonByIdNumberQuery, PersonByIdNumberQueryVariables>;
export const EmployerPageDocument = {"__meta__":{"hash":"sha256:dd69757be66b28a7b80be5b6aafa8a20ac4bbd2ee90e39eb5384493892f49a15"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployerPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EmployerFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"industryName"}},{"kind":"Field","name":{"kind":"Name","value":"riskClass"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"staffCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"activeEnrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"insurance"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"wageBase"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmployerPageQuery, EmployerPageQueryVariables>;
export const EmployerByCreditCodeDocument = {"__meta__":{"hash":"sha256:b2b70fc2bd40f1a367f7fad9ab2dca01859b54ae8e7ac4d21ccbea63ea74f7e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployerByCreditCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employerByCreditCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"creditCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EmployerByCreditCodeQuery, EmployerByCreditCodeQueryVariables>;
export const InsuredStatisticsDocument = {"__meta__":{"hash":"sha256:19273840a1bb3d9f02944ccab88a70c3fafab4d7387156fe9669c7a41f17ff5b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InsuredStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"insurance"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Insurance"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insuredStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"insurance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"insurance"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"insurance"}},{"kind":"Field","name":{"kind":"Name","value":"insured"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"}},{"kind":"Field","name":{"kind":"Name","value":"byArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"insured"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byIndustry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"insured"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"insured"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"}}]}}]}}]}}]} as unknown as DocumentNode<InsuredStatisticsQuery, InsuredStatisticsQueryVariables>;
export const ZombieEmployersDocument = {"__meta__":{"hash":"sha256:a1ddb2d3081dfd6874d38795f4c202c9777301e53469371d29ec67a32c08ae22"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ZombieEmployers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"YearMonth"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zombieEmployers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastContributionMonth"}},{"kind":"Field","name":{"kind":"Name","value":"activeEnrollments"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}}]}}]}}]} as unknown as DocumentNode<ZombieEmployersQuery, ZombieEmployersQueryVariables>;
export const ContributionsDocument = {"__meta__":{"hash":"sha256:0b23c8bafed303dd36ff7896b792ec61b1c9e957f3bdfffb5070a215295529da"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contributions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContributionFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contributions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"insurance"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"ratePpm"}},{"kind":"Field","name":{"kind":"Name","value":"employerPart"}},{"kind":"Field","name":{"kind":"Name","value":"employeePart"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}}]}}]}}]}}]} as unknown as DocumentNode<ContributionsQuery, ContributionsQueryVariables>;
export const RegisterEmployerDocument = {"__meta__":{"hash":"sha256:5c643b78226320c2a4978dc5a86159dbb45306eead40c9af02687b0004f0b9af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterEmployer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterEmployerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerEmployer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"riskClass"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}}]}}]}}]} as unknown as DocumentNode<RegisterEmployerMutation, RegisterEmployerMutationVariables>;
export const RegisterPersonDocument = {"__meta__":{"hash":"sha256:8c9e0f13cced2d38fd4065ae183949b7b013912bf649a314ed52969e8bb46fbb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<RegisterPersonMutation, RegisterPersonMutationVariables>;
export const EnrollDocument = {"__meta__":{"hash":"sha256:26d04e35b8f09c9f8150f3890fac81586836eb571e4245fe9621552aa578a399"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Enroll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enroll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"insurance"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"wageBase"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EnrollMutation, EnrollMutationVariables>;
export const StopEnrollmentDocument = {"__meta__":{"hash":"sha256:db06bc06ff4fe357f0d0992aac2fa910f3db90f0762da03453baed4244a3d986"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopEnrollment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StopEnrollmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopEnrollment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}}]}}]}}]} as unknown as DocumentNode<StopEnrollmentMutation, StopEnrollmentMutationVariables>;
export const RecordContributionsDocument = {"__meta__":{"hash":"sha256:a227314c38cc8379821b30f7b8102932e7444b5fba6a9ee4f6a62165c78f781f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordContributions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordContributionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordContributions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employerTotal"}},{"kind":"Field","name":{"kind":"Name","value":"employeeTotal"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"ratePpm"}},{"kind":"Field","name":{"kind":"Name","value":"employerPart"}},{"kind":"Field","name":{"kind":"Name","value":"employeePart"}}]}}]}}]}}]} as unknown as DocumentNode<RecordContributionsMutation, RecordContributionsMutationVariables>;
export const ExamplePersonWithEnrollmentsDocument = {"__meta__":{"hash":"sha256:3d3441b4bc9b9000ff09fa4d42da8a5bad344bff7bc537af2bdff040400bb79a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExamplePersonWithEnrollments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"1","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insurance"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}},{"kind":"Field","name":{"kind":"Name","value":"wageBase"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExamplePersonWithEnrollmentsQuery, ExamplePersonWithEnrollmentsQueryVariables>;
export const ExampleEmployersInAreaDocument = {"__meta__":{"hash":"sha256:3e974ac85811592d691f518dae7b3641733a7cbdf9dee6e8391caa91d1f2a007"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExampleEmployersInArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}},"defaultValue":{"kind":"StringValue","value":"430582001","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"areaCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryName"}},{"kind":"Field","name":{"kind":"Name","value":"riskClass"}},{"kind":"Field","name":{"kind":"Name","value":"staffCount"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeEnrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insurance"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"wageBase"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExampleEmployersInAreaQuery, ExampleEmployersInAreaQueryVariables>;
export const ExampleInsuredBreakdownDocument = {"__meta__":{"hash":"sha256:eff8486143066f3caa912247502b66dae314df7dba659b0a75e13ebeb9bb83f9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExampleInsuredBreakdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"2024"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"insurance"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Insurance"}}},"defaultValue":{"kind":"EnumValue","value":"WORK_INJURY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insuredStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"insurance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"insurance"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"insurance"}},{"kind":"Field","name":{"kind":"Name","value":"insured"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"}},{"kind":"Field","name":{"kind":"Name","value":"byArea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"TOWNSHIP"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"insured"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byIndustry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"insured"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"insured"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"}}]}}]}}]}}]} as unknown as DocumentNode<ExampleInsuredBreakdownQuery, ExampleInsuredBreakdownQueryVariables>;
export const ExampleZombieEmployersDocument = {"__meta__":{"hash":"sha256:220ac65867311dc8ec2477375065c6d37eafaec12871f58d0d018c834836c146"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExampleZombieEmployers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"YearMonth"}}},"defaultValue":{"kind":"StringValue","value":"2024-12","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zombieEmployers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastContributionMonth"}},{"kind":"Field","name":{"kind":"Name","value":"activeEnrollments"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"industryName"}},{"kind":"Field","name":{"kind":"Name","value":"staffCount"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExampleZombieEmployersQuery, ExampleZombieEmployersQueryVariables>;
export const HospitalInpatientCasesDocument = {"__meta__":{"hash":"sha256:3e7db55fc7104e4024bc6895eb772342b2593d93b1f19c9be0dc24673ae1bf60"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HospitalInpatientCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inpatientCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"admissionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"patientName"}},{"kind":"Field","name":{"kind":"Name","value":"patientIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"admittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dischargedOn"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<HospitalInpatientCasesQuery, HospitalInpatientCasesQueryVariables>;
export const HospitalInspectionsDocument = {"__meta__":{"hash":"sha256:aa8f6a2d40a7616f6328b802e24050707011e61e5af9d67dcf54a5cc832b4f9e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HospitalInspections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"medicalInspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"presentInWard"}},{"kind":"Field","name":{"kind":"Name","value":"identityVerified"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HospitalInspectionsQuery, HospitalInspectionsQueryVariables>;
export const HospitalFindingsDocument = {"__meta__":{"hash":"sha256:231125f02844eb5365fe0e1dcb62979fd35fb302470c5e57521e64b92aa9ca9e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HospitalFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"medicalFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"foundOn"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"refundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"settlementId"}}]}}]}}]}}]} as unknown as DocumentNode<HospitalFindingsQuery, HospitalFindingsQueryVariables>;
export const HospitalSettlementsDocument = {"__meta__":{"hash":"sha256:cd36afd24ea669a43ad5f8d86a37652c3e79e5676a988d8f2600f3b43e8b9486"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HospitalSettlements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"medicalSettlements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"settlementNumber"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodUntil"}},{"kind":"Field","name":{"kind":"Name","value":"claimed"}},{"kind":"Field","name":{"kind":"Name","value":"deducted"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}}]}}]}}]} as unknown as DocumentNode<HospitalSettlementsQuery, HospitalSettlementsQueryVariables>;
export const HospitalRecordsDocument = {"__meta__":{"hash":"sha256:cc2b74b3a69c8ea52b2b7bd8b7a06730a5437c03ce8ccb5393e617dc4a2f3139"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HospitalRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inspectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"findingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"settlementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inpatientCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}},{"kind":"Field","name":{"kind":"Name","value":"patientName"}},{"kind":"Field","name":{"kind":"Name","value":"diagnosis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medicalInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inspectionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medicalFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"findingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medicalSettlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"settlementId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"institutionId"}}]}}]}}]} as unknown as DocumentNode<HospitalRecordsQuery, HospitalRecordsQueryVariables>;
export const TaxEmployersInAreaDocument = {"__meta__":{"hash":"sha256:0913238cb3c137409d2666c5202aad4ba3973ddacce311dad7b8908d3723afcd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaxEmployersInArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"areaCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"riskClass"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"staffCount"}}]}}]}}]}}]} as unknown as DocumentNode<TaxEmployersInAreaQuery, TaxEmployersInAreaQueryVariables>;
export const TaxEmployerContributionsDocument = {"__meta__":{"hash":"sha256:cd5825ed4c25ae60e7a00d33812eb61220a50cdb6348d143fba00aaaac6101c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaxEmployerContributions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employerByCreditCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"creditCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"activeEnrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"insurance"}},{"kind":"Field","name":{"kind":"Name","value":"wageBase"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TaxEmployerContributionsQuery, TaxEmployerContributionsQueryVariables>;
export const StatisticsInsuredBreakdownDocument = {"__meta__":{"hash":"sha256:59911d4fc61b94c555fe05a21d096a36967649bf27537a4e405d192e9439bc2d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatisticsInsuredBreakdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"insurance"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Insurance"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insuredStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"insurance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"insurance"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"insurance"}},{"kind":"Field","name":{"kind":"Name","value":"insured"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"}},{"kind":"Field","name":{"kind":"Name","value":"byArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"insured"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byIndustry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"insured"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"}}]}}]}}]}}]} as unknown as DocumentNode<StatisticsInsuredBreakdownQuery, StatisticsInsuredBreakdownQueryVariables>;
export const PeopleByIdNumbersDocument = {"__meta__":{"hash":"sha256:7e2ce78324d0197b1f4c911eb5e45e1a8ca2c57e87d8da352f68a6d55038cf48"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleByIdNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idNumbers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peopleByIdNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idNumbers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idNumbers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PeopleByIdNumbersQuery, PeopleByIdNumbersQueryVariables>;
export const EmployersByCreditCodesDocument = {"__meta__":{"hash":"sha256:f29205a10b2b53a7e99fb097cabdf9771e39975ef2bb8535be6e2502e6686b59"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployersByCreditCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditCodes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employersByCreditCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"creditCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditCodes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EmployersByCreditCodesQuery, EmployersByCreditCodesQueryVariables>;
export const AccidentPartiesDocument = {"__meta__":{"hash":"sha256:582bdaf517dd48113f96e84c971f360e8ce654999858983d285efbba6fad3685"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccidentParties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insurance"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}}]}}]}}]} as unknown as DocumentNode<AccidentPartiesQuery, AccidentPartiesQueryVariables>;
export const DeathsByIdNumbersDocument = {"__meta__":{"hash":"sha256:2c0a3cbedea34d26b7977f0fb77dd9c6d1a80b3324c7e6f9e045e8fe5f3208c8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeathsByIdNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idNumbers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peopleByIdNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idNumbers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idNumbers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfDeath"}}]}}]}}]} as unknown as DocumentNode<DeathsByIdNumbersQuery, DeathsByIdNumbersQueryVariables>;
export const ImportPartiesDocument = {"__meta__":{"hash":"sha256:31f7111d88487d89ce3380eb8a651cbb70dac3e25d81679806e70fbfa1b28fb6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportParties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idNumbers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditCodes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peopleByIdNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idNumbers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idNumbers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insurance"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"employersByCreditCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"creditCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditCodes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}}]}}]}}]} as unknown as DocumentNode<ImportPartiesQuery, ImportPartiesQueryVariables>;
export const AccidentReportsByNumbersDocument = {"__meta__":{"hash":"sha256:6199b59e11d89c4324f8f5d5ec7c69f40ecdafe99afe19917281a449ae6f6ba8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccidentReportsByNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportNumbers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accidentReportsByNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportNumbers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportNumbers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccidentReportsByNumbersQuery, AccidentReportsByNumbersQueryVariables>;
export const OwnWageBasesDocument = {"__meta__":{"hash":"sha256:b2328bd94937ca5fa13d77bcd52340a9a4161f3e69b83a492e7b9f1a5c7c4243"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnWageBases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"YearMonth"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"YearMonth"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contributions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"employerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"insurance"},"value":{"kind":"EnumValue","value":"WORK_INJURY"}},{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"base"}}]}}]}}]}}]} as unknown as DocumentNode<OwnWageBasesQuery, OwnWageBasesQueryVariables>;
export const LateCasesDocument = {"__meta__":{"hash":"sha256:5c9f2feaab7384d94c07ebc00a678ab052cc5db0a9a3e1d79c3d7d262c0f4020"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LateCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeadlineKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lateCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportNumber"}},{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<LateCasesQuery, LateCasesQueryVariables>;
export const PeopleWithInjuryCasesDocument = {"__meta__":{"hash":"sha256:dfdb4773a761904a63d5dcb23d4214d76c34336ce18a008791b55f46724885fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleWithInjuryCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accidentReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inpatientCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"admittedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<PeopleWithInjuryCasesQuery, PeopleWithInjuryCasesQueryVariables>;