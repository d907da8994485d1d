import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "../../common/scalars";

@InputType({ description: "A passed yearly qualification check (待遇资格认证)." })
export class RecordQualificationCheckInput {
  @Field(() => ID, { description: "Hub id of the accident report, recognized as a work injury (报案ID)." })
  reportId: string;

  @Field(() => Int, { description: "Year the check allows payments for (认证年度)." })
  year: number;

  @Field(() => DateScalar, { description: "Day passed (认证通过日期): within that year." })
  checkedOn: string;
}
