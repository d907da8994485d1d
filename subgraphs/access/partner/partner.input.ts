import { Field, InputType } from "type-graphql";

@InputType({ description: "A partner client to register (登记合作方客户端)." })
export class RegisterPartnerInput {
  @Field(() => String, { description: "Client id (客户端标识): lower-case letters, digits and dashes, e.g. tax-bureau-shaodong." })
  clientId: string;

  @Field(() => String, { description: "Name (名称)." })
  name: string;

  @Field(() => String, { description: "Partner kind (合作方类别): tax-bureau, medical-insurance-bureau, hospital, civil-affairs, statistics-bureau." })
  role: string;

  @Field(() => String, { description: "Agency (机构名称)." })
  agency: string;

  @Field(() => String, { description: "Purpose (用途)." })
  purpose: string;

  @Field(() => [String], { nullable: true, description: "Scopes (授权范围); the kind's defaults when omitted. Never pii:read unless the task needs it." })
  scopes?: string[] | null;

  @Field(() => [String], { description: "Operations it may run, by name (可执行的已登记操作)." })
  operations: string[];

  @Field(() => String, { nullable: true, description: "Area bound (行政区划范围)." })
  boundArea?: string | null;

  @Field(() => String, { nullable: true, description: "Institution bound (机构范围)." })
  boundInstitution?: string | null;

  @Field(() => String, { nullable: true, description: "Employer bound (单位范围)." })
  boundEmployer?: string | null;
}
