import { Field, ID, InputType } from "type-graphql";
import { DateScalar, MoneyScalar } from "../common/scalars";
import { FindingKind, FindingResolution } from "./finding/finding.entity";
import { AgreementStatus, InstitutionKind } from "./institution/institution.entity";

@InputType({ description: "A designated medical institution to register (登记协议医疗机构)." })
export class RegisterMedicalInstitutionInput {
  @Field(() => String, { description: "Institution code (机构编码), capital letters and digits." })
  code: string;
  @Field(() => String, { description: "Name (机构名称)." })
  name: string;
  @Field(() => String, { description: "Level (医院等级)." })
  level: string;
  @Field(() => InstitutionKind, { description: "Kind (机构类别)." })
  kind: InstitutionKind;
  @Field(() => String, { description: "Area code of its location (所在行政区划)." })
  areaCode: string;
  @Field(() => DateScalar, { description: "Agreement in force from (协议起始日期)." })
  agreementFrom: string;
  @Field(() => DateScalar, { description: "Agreement in force until, inclusive (协议截止日期)." })
  agreementUntil: string;
  @Field(() => AgreementStatus, { nullable: true, description: "Agreement status (协议状态); ACTIVE when omitted." })
  agreementStatus?: AgreementStatus | null;
}

@InputType({ description: "An injured worker admitted to an institution (工伤住院登记)." })
export class AdmitInpatientInput {
  // The patient is linked to enrollment's register by the ID number (through the gateway), never by a hub id the caller asserts.
  @Field(() => ID, { description: "Institution hub id (医疗机构ID)." })
  institutionId: string;
  @Field(() => String, { description: "Admission number at the institution (住院号)." })
  admissionNumber: string;
  @Field(() => String, { description: "Patient's name as admitted (患者姓名)." })
  patientName: string;
  @Field(() => String, { description: "Patient's resident ID number as admitted (患者身份证号)." })
  patientIdNumber: string;
  @Field(() => String, { nullable: true, description: "Number of the accident report the stay belongs to (工伤报案编号), if any; it must be in work-injury." })
  reportNumber?: string | null;
  @Field(() => DateScalar, { description: "Admitted on (入院日期): within the institution's agreement." })
  admittedOn: string;
  @Field(() => String, { description: "Diagnosis (诊断)." })
  diagnosis: string;
}

@InputType({ description: "A discharge (出院登记)." })
export class DischargeInpatientInput {
  @Field(() => ID, { description: "Inpatient case hub id (住院ID)." })
  caseId: string;
  @Field(() => DateScalar, { description: "Discharged on (出院日期)." })
  dischargedOn: string;
}

@InputType({ description: "A case seen on an inspection (查房病例核查)." })
export class InspectionCheckInput {
  @Field(() => ID, { description: "Inpatient case hub id (住院ID), of the inspected institution." })
  caseId: string;
  @Field(() => Boolean, { description: "Present in the ward (在床)." })
  presentInWard: boolean;
  @Field(() => Boolean, { description: "Identity verified (人证合一)." })
  identityVerified: boolean;
}

@InputType({ description: "An inspection to record (登记查房/检查)." })
export class RecordInspectionInput {
  @Field(() => String, { description: "Inspection number (检查编号), unique: 1–32 letters, digits or dashes." })
  inspectionNumber: string;
  @Field(() => ID, { description: "Institution hub id (医疗机构ID)." })
  institutionId: string;
  @Field(() => DateScalar, { description: "Date of the inspection (检查日期); not in the future." })
  inspectedOn: string;
  @Field(() => [String], { description: "Inspectors' names (检查人员)." })
  inspectors: string[];
  @Field(() => [InspectionCheckInput], { description: "Cases seen (核查病例)." })
  checks: InspectionCheckInput[];
}

@InputType({ description: "A finding to record (登记检查发现问题)." })
export class RecordFindingInput {
  @Field(() => String, { description: "Finding number (问题编号), unique: 1–32 letters, digits or dashes." })
  findingNumber: string;
  @Field(() => ID, { description: "Institution hub id (医疗机构ID)." })
  institutionId: string;
  @Field(() => ID, { nullable: true, description: "The inspection it was found on (检查ID), of the same institution." })
  inspectionId?: string | null;
  @Field(() => DateScalar, { description: "Found on (发现日期)." })
  foundOn: string;
  @Field(() => [FindingKind], { description: "Kinds of problem (问题类型), one or more." })
  kinds: FindingKind[];
  @Field(() => MoneyScalar, { description: "Amount to recover (涉及金额), in yuan; more than zero." })
  amount: number;
  @Field(() => FindingResolution, { description: "Resolution (处理方式)." })
  resolution: FindingResolution;
  @Field(() => DateScalar, { nullable: true, description: "Refunded on (退回日期): required when REFUNDED, absent otherwise." })
  refundedOn?: string | null;
}

@InputType({ description: "A settlement to record (登记医疗费用结算)." })
export class RecordSettlementInput {
  @Field(() => String, { description: "Settlement number (结算单号)." })
  settlementNumber: string;
  @Field(() => ID, { description: "Institution hub id (医疗机构ID)." })
  institutionId: string;
  @Field(() => DateScalar, { description: "Period from (结算期起)." })
  periodFrom: string;
  @Field(() => DateScalar, { description: "Period until, inclusive (结算期止)." })
  periodUntil: string;
  @Field(() => MoneyScalar, { description: "Amount claimed by the institution (申报金额), in yuan." })
  claimed: number;
  @Field(() => DateScalar, { description: "Paid on (支付日期), on or after the period's end." })
  paidOn: string;
}

@InputType({ description: "Filter by institution (按医疗机构查询)." })
export class InstitutionFilter {
  @Field(() => ID, { nullable: true, description: "Institution hub id (医疗机构ID)." })
  institutionId?: string | null;
}
