import { registerEnumType } from "type-graphql";

export enum Insurance {
  WORK_INJURY = "WORK_INJURY",
  UNEMPLOYMENT = "UNEMPLOYMENT",
}
registerEnumType(Insurance, {
  name: "Insurance",
  description: "Insurance kind (险种).",
  valuesConfig: { WORK_INJURY: { description: "Work-injury insurance (工伤保险)" }, UNEMPLOYMENT: { description: "Unemployment insurance (失业保险)" } },
});
