import { versionedTable } from "../../common/figures-cache";
import type { ReportSection } from "../../common/report";
import type { MedicalLoaders } from "../loaders";
import { MedicalFigures } from "./report.types";

/** The tables the medical figures read: a write to any of them recomputes the cached section. */
export const MEDICAL_INSPECTION = versionedTable("medical_inspection");
export const MEDICAL_FINDING = versionedTable("medical_finding");
export const MEDICAL_SETTLEMENT = versionedTable("medical_settlement");
/** The area of a figure is its institution's (medical_institution.areaCode). */
export const MEDICAL_INSTITUTION = versionedTable("medical_institution");

export const medicalReportSection: ReportSection<MedicalLoaders> = {
  field: "medical",
  type: MedicalFigures,
  scope: "aggregate:read",
  description: "Medical section (定点医疗机构监管): inspections of the year and their findings, by the institution's area.",
  compute: async (ctx, key): Promise<MedicalFigures> => {
    const [inspections, findings] = await Promise.all([ctx.loaders.repo.inspection.countInYear(key), ctx.loaders.repo.finding.figures(key)]);
    return { inspections, ...findings };
  },
  dependsOn: () => [MEDICAL_INSPECTION.all, MEDICAL_FINDING.all, MEDICAL_INSTITUTION.all],
};
