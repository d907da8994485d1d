import { Field, ID, InputType } from "type-graphql";
import { DateScalar } from "../../common/scalars";
import { DependantRelation } from "./dependant.entity";

@InputType({ description: "A dependant to record for a fatal case (登记供养亲属)." })
export class RecordDependantInput {
  @Field(() => ID, { description: "Hub id of the report (报案ID): a recognized fatal work injury." })
  reportId: string;
  @Field(() => String, { description: "Name (姓名)." })
  name: string;
  @Field(() => String, { description: "Resident ID number (公民身份号码)." })
  idNumber: string;
  @Field(() => DependantRelation, { description: "Relationship (关系)." })
  relation: DependantRelation;
  @Field(() => Boolean, { defaultValue: false, description: "An orphan or a lone elderly dependant (孤儿或孤寡老人)." })
  orphanOrLoneElderly: boolean;
  @Field(() => DateScalar, { description: "Eligible from (供养起始日期): not before the death." })
  eligibleFrom: string;
  @Field(() => DateScalar, { nullable: true, description: "Eligible until (供养终止日期), when known." })
  eligibleUntil?: string | null;
}
