import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "../../common/scalars";
import { IntervieweeRole, RecordingKind } from "./investigation.entity";

@InputType({ description: "An interview record's metadata (调查笔录)." })
export class InterviewInput {
  @Field(() => IntervieweeRole, { description: "Who was interviewed (询问对象)." })
  role: IntervieweeRole;
  @Field(() => DateScalar, { description: "Day taken (笔录日期)." })
  takenOn: string;
  @Field(() => Int, { description: "Pages (页数), 1–200." })
  pages: number;
}

@InputType({ description: "A recording's metadata (音像资料)." })
export class RecordingInput {
  @Field(() => RecordingKind, { description: "Kind (类型)." })
  kind: RecordingKind;
  @Field(() => DateScalar, { description: "Day made (形成日期)." })
  takenOn: string;
  @Field(() => Int, { description: "Seconds of audio or video, or number of photographs (时长秒数/张数), 1–86400." })
  items: number;
}

@InputType({ description: "An investigation completed (工伤调查结果)." })
export class RecordInvestigationInput {
  @Field(() => ID, { description: "Hub id of the accident report, awaiting investigation (报案ID)." })
  reportId: string;
  @Field(() => String, { description: "Investigator (调查人员)." })
  investigator: string;
  @Field(() => DateScalar, { nullable: true, description: "Day of the site visit (现场勘查日期); required for a serious or fatal accident." })
  siteVisitOn?: string | null;
  @Field(() => DateScalar, { description: "Day completed (调查完成日期)." })
  completedOn: string;
  @Field(() => [InterviewInput], { defaultValue: [], description: "Interview records, at most 50 (调查笔录)." })
  interviews: InterviewInput[];
  @Field(() => [RecordingInput], { defaultValue: [], description: "Recordings, at most 50 (音像资料)." })
  recordings: RecordingInput[];
}
