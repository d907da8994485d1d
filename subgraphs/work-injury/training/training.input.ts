import { Field, InputType, Int } from "type-graphql";
import { DateScalar } from "../../common/scalars";
import { TrainingMode } from "./training.entity";

@InputType({ description: "A prevention training held (工伤预防培训登记)." })
export class RecordTrainingInput {
  @Field(() => String, { description: "Session number (培训编号)." })
  sessionNumber: string;

  @Field(() => String, { description: "Area code of the organizing area (组织地区行政区划)." })
  areaCode: string;

  @Field(() => DateScalar, { description: "Day held (培训日期)." })
  heldOn: string;

  @Field(() => String, { description: "Title (培训主题)." })
  title: string;

  @Field(() => TrainingMode, { description: "How it was held (培训方式)." })
  mode: TrainingMode;

  @Field(() => Int, { description: "Enterprises that took part (参训企业数)." })
  enterprises: number;

  @Field(() => Int, { description: "Attendees (参训人数)." })
  attendees: number;
}

@InputType({ description: "Filter for the training list (培训查询条件)." })
export class TrainingFilter {
  @Field(() => String, { nullable: true, description: "Area code; includes everything below it (行政区划)." })
  areaCode?: string | null;

  @Field(() => Int, { nullable: true, description: "Year held (培训年度)." })
  year?: number | null;
}
