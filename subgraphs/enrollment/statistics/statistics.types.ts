import { Field, Int, ObjectType } from "type-graphql";
import { MoneyScalar, YearMonthScalar } from "../../common/scalars";
import { Employer } from "../employer/employer.entity";
import { Insurance } from "../enrollment/insurance";

@ObjectType({ description: "Enrollment figures of a year (参保情况), by the seed's counting rule: a person counts once per ID number, only with a contribution in the year." })
export class EnrollmentSection {
  @Field(() => Int, { description: "Persons insured against work injury (参加工伤保险人数)." })
  workInjuryInsured: number;

  @Field(() => Int, { description: "Persons insured against unemployment (参加失业保险人数)." })
  unemploymentInsured: number;

  @Field(() => MoneyScalar, { description: "Work-injury contributions of the year (工伤保险费征缴), yuan." })
  workInjuryContributions: number;

  @Field(() => MoneyScalar, { description: "Unemployment contributions of the year, employer and employee parts (失业保险费征缴), yuan." })
  unemploymentContributions: number;

  @Field(() => Int, { description: "Employers with at least one contribution in the year (缴费单位数)." })
  contributingEmployers: number;
}

@ObjectType({ description: "Insured count and contributions of one group (分组参保人数与缴费)." })
export class GroupFigure {
  @Field(() => String, { description: "Group key: area code, industry letter or month (分组代码)." })
  key: string;

  @Field(() => String, { nullable: true, description: "Group name (分组名称)." })
  name: string | null;

  @Field(() => Int, { description: "Persons counted in the group (人数): by area or industry, under the employer of their last contribution in the year; by month, persons with a contribution that month." })
  insured: number;

  @Field(() => MoneyScalar, { description: "Contributions (缴费金额), yuan." })
  contributions: number;
}

@ObjectType({ description: "Insured statistics of a year and insurance (参保统计)." })
export class InsuredStatistics {
  @Field(() => Int, { description: "Year (年度)." })
  year: number;

  @Field(() => Insurance, { description: "Insurance (险种)." })
  insurance: Insurance;

  @Field(() => String, { nullable: true, description: "Area code (行政区划代码) the figures are of; null for the whole hub." })
  areaCode: string | null;

  @Field(() => Int, { description: "Persons with a contribution in the year, once per ID number (参保人数); of an area, everyone with a contribution written under it (a person who moved counts in both areas, once in the whole hub), as annualReport(year, areaCode) counts." })
  insured: number;

  @Field(() => MoneyScalar, { description: "Contributions of the year (缴费金额), yuan." })
  contributions: number;
}

@ObjectType({ description: "An employer with active enrollments but no recent contributions (僵尸企业)." })
export class ZombieEmployer {
  @Field(() => Employer, { description: "The employer (用人单位)." })
  employer: Employer;

  @Field(() => YearMonthScalar, { nullable: true, description: "Last month with a contribution (最后缴费所属期), null when never." })
  lastContributionMonth: string | null;

  @Field(() => Int, { description: "Active enrollments still open (在保人数)." })
  activeEnrollments: number;
}
