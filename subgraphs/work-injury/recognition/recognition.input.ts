import { Field, ID, InputType } from "type-graphql";
import { DateScalar } from "../../common/scalars";
import type { Applicant } from "../late-case/deadline.rules";
import { RecognitionApplicant } from "./recognition.entity";

@InputType({ description: "An application for work-injury recognition (工伤认定申请)." })
export class ApplyForRecognitionInput {
  @Field(() => ID, { description: "Hub id of the accident report (报案ID)." })
  reportId: string;

  @Field(() => RecognitionApplicant, { description: "Applicant (申请人)." })
  applicant: Applicant;

  @Field(() => DateScalar, { description: "Day applied (申请日期)." })
  appliedOn: string;
}

@InputType({ description: "The bureau's acceptance of an application (认定受理)." })
export class AcceptRecognitionInput {
  @Field(() => ID, { description: "Hub id of the application (认定申请ID)." })
  applicationId: string;

  @Field(() => DateScalar, { description: "Day accepted (受理日期)." })
  acceptedOn: string;

  @Field(() => Boolean, { description: "The facts are clear (事实清楚): 15 days to decide instead of 60." })
  clearFacts: boolean;
}

@InputType({ description: "A suspension or its end (认定中止/恢复)." })
export class RecognitionClockInput {
  @Field(() => ID, { description: "Hub id of the application (认定申请ID)." })
  applicationId: string;

  @Field(() => DateScalar, { description: "Day suspended, or day resumed (中止日期/恢复日期)." })
  on: string;
}
