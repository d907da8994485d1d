import { Field, ID, InputType } from "type-graphql";
import { DateScalar, MoneyScalar } from "../../common/scalars";
import { Insurance } from "./insurance";
import { EnrollmentStatus } from "./enrollment.entity";

@InputType({ description: "Enrolls a person with an employer in one insurance (参保)." })
export class EnrollInput {
  @Field(() => ID, { description: "Person id (人员ID)." })
  personId: string;

  @Field(() => ID, { description: "Employer id (单位ID)." })
  employerId: string;

  @Field(() => Insurance, { description: "Insurance (险种)." })
  insurance: Insurance;

  @Field(() => DateScalar, { description: "Start date (参保日期)." })
  startDate: string;

  @Field(() => MoneyScalar, { description: "Monthly wage base (缴费基数), yuan." })
  wageBase: number;
}

@InputType({ description: "Stops an active enrollment (停保)." })
export class StopEnrollmentInput {
  @Field(() => ID, { description: "Enrollment id (参保登记ID)." })
  enrollmentId: string;

  @Field(() => DateScalar, { description: "End date (停保日期)." })
  endDate: string;

  @Field(() => String, { description: "Reason (停保原因), e.g. 解除劳动合同." })
  reason: string;
}

@InputType({ description: "Filter for the enrollment list (参保记录查询条件)." })
export class EnrollmentFilter {
  @Field(() => ID, { nullable: true, description: "Person id (人员ID)." })
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: "Employer id (单位ID)." })
  employerId?: string | null;

  @Field(() => Insurance, { nullable: true, description: "Insurance (险种)." })
  insurance?: Insurance | null;

  @Field(() => EnrollmentStatus, { nullable: true, description: "Status (参保状态)." })
  status?: EnrollmentStatus | null;
}
