import { Field, ID, InputType } from "type-graphql";
import { DateScalar, MoneyScalar, YearMonthScalar } from "../../common/scalars";
import { Insurance } from "../enrollment/insurance";

@InputType({ description: "One person's line in a month's contributions (缴费明细)." })
export class ContributionItemInput {
  @Field(() => ID, { description: "Person id (人员ID)." })
  personId: string;

  @Field(() => MoneyScalar, { nullable: true, description: "Wage base (缴费基数), yuan; the enrollment's base when omitted." })
  base?: number | null;
}

@InputType({ description: "An employer's contributions for one month and insurance (单位月度缴费申报)." })
export class RecordContributionsInput {
  @Field(() => ID, { description: "Employer id (单位ID)." })
  employerId: string;

  @Field(() => Insurance, { description: "Insurance (险种)." })
  insurance: Insurance;

  @Field(() => YearMonthScalar, { description: "Month contributed for (费款所属期)." })
  month: string;

  @Field(() => DateScalar, { description: "Date paid (缴费到账日期)." })
  paidOn: string;

  @Field(() => [ContributionItemInput], { description: "One line per person (缴费人员明细), at most 5000." })
  items: ContributionItemInput[];
}

@InputType({ description: "Filter for the contribution list (缴费记录查询条件)." })
export class ContributionFilter {
  @Field(() => ID, { nullable: true, description: "Person id (人员ID)." })
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: "Employer id (单位ID)." })
  employerId?: string | null;

  @Field(() => Insurance, { nullable: true, description: "Insurance (险种)." })
  insurance?: Insurance | null;

  @Field(() => YearMonthScalar, { nullable: true, description: "From month, inclusive (起始所属期)." })
  from?: string | null;

  @Field(() => YearMonthScalar, { nullable: true, description: "To month, inclusive (截止所属期)." })
  to?: string | null;
}
