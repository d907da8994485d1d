import { Entity, PrimaryColumn, Column, Index } from "typeorm";
import { Field, ObjectType, registerEnumType } from "type-graphql";

export enum AreaLevel {
  COUNTY = "COUNTY",
  TOWNSHIP = "TOWNSHIP",
  VILLAGE = "VILLAGE",
}
registerEnumType(AreaLevel, {
  name: "AreaLevel",
  description: "Level of an administrative area (行政区划级别).",
  valuesConfig: {
    COUNTY: { description: "County or county-level city (县/县级市)" },
    TOWNSHIP: { description: "Township or sub-district (乡镇/街道)" },
    VILLAGE: { description: "Village or community (村/社区)" },
  },
});

/**
 * Administrative area (行政区划). Codes follow the statistical division code: 6 digits for the
 * county, 9 for a township, 12 for a village; a code's prefix is its parent, which makes row
 * bounds a prefix match.
 */
@ObjectType({ simpleResolvers: true, description: "Administrative area (行政区划): county → township (乡镇/街道) → village (村/社区)." })
@Entity("area")
export class Area {
  @Field(() => String, { description: "Area code (行政区划代码): 6 digits county, 9 township, 12 village." })
  @PrimaryColumn("varchar", { length: 12 })
  code: string;

  @Field(() => String, { description: "Name (名称)." })
  @Column("varchar", { length: 100 })
  name: string;

  @Field(() => AreaLevel, { description: "Level (级别)." })
  @Column("varchar", { length: 10 })
  level: AreaLevel;

  @Field(() => String, { nullable: true, description: "Code of the parent area (上级区划代码)." })
  @Index()
  @Column("varchar", { length: 12, nullable: true })
  parentCode: string | null;
}

export function levelOfCode(code: string): AreaLevel | null {
  if (/^\d{6}$/.test(code)) return AreaLevel.COUNTY;
  if (/^\d{9}$/.test(code)) return AreaLevel.TOWNSHIP;
  if (/^\d{12}$/.test(code)) return AreaLevel.VILLAGE;
  return null;
}

export function parentOfCode(code: string): string | null {
  return code.length === 12 ? code.slice(0, 9) : code.length === 9 ? code.slice(0, 6) : null;
}
