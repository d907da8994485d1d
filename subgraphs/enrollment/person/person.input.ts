import { Field, ID, InputType } from "type-graphql";
import { DateScalar } from "../../common/scalars";
import { DeathSource } from "./person.entity";

@InputType({ description: "A new insured person (参保人员登记)." })
export class RegisterPersonInput {
  @Field(() => String, { description: "Resident ID number (公民身份号码); gender and birth date are derived from it." })
  idNumber: string;

  @Field(() => String, { description: "Name (姓名)." })
  name: string;

  @Field(() => String, { description: "Area code (所属行政区划)." })
  areaCode: string;

  @Field(() => String, { nullable: true, description: "Phone (联系电话)." })
  phone?: string | null;
}

@InputType({ description: "Filter for the person list (参保人员查询条件)." })
export class PersonFilter {
  @Field(() => String, { nullable: true, description: "Area code; includes everything below it (行政区划)." })
  areaCode?: string | null;
}

@InputType({ description: "A person's date of death (死亡登记)." })
export class RecordDeathInput {
  @Field(() => ID, { description: "Hub id of the person (人员ID)." })
  personId: string;

  @Field(() => DateScalar, { description: "Date of death (死亡日期)." })
  dateOfDeath: string;

  @Field(() => DeathSource, { description: "Where it comes from (信息来源)." })
  source: DeathSource;
}
