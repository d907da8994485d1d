import type { DataSource } from "typeorm";
import type { DemoContext, DemoPlugin } from "../../common/demo/plugin";
import { UNBOUNDED } from "../../common/bounds";
import { withTransaction } from "../../common/tx";
import { findingRepository } from "../finding/finding.repository";
import { FindingKind, FindingResolution } from "../finding/finding.entity";
import { inpatientCaseRepository } from "../inpatient-case/inpatient-case.repository";
import { inspectionRepository } from "../inspection/inspection.repository";
import { AgreementStatus, InstitutionKind } from "../institution/institution.entity";
import { institutionRepository } from "../institution/institution.repository";
import { writeSettlement } from "../settlement/settlement.service";
import { settlementRepository } from "../settlement/settlement.repository";

/**
 * A first, minimal demo (the seed's two hospitals, one 2024 inspection each and their findings:
 * 中医医院 910.08 refunded, 人民医院 1,089.84 to deduct with no 2024 settlement after it). Still to do:
 * the world's hospitalized accidents and settlements summing to world.params.medicalSettlementsFen.
 */
export const medicalDemo: DemoPlugin = {
  async isLoaded(db: DataSource): Promise<boolean> {
    const rows: { n: number | string }[] = await db.query("SELECT COUNT(*) AS n FROM medical_institution");
    return Number(rows[0]?.n ?? 0) > 0;
  },
  async load(db: DataSource, { world }: DemoContext): Promise<void> {
    const bound = () => UNBOUNDED;
    const repo = { institution: institutionRepository(db, bound), inpatientCase: inpatientCaseRepository(db, bound), inspection: inspectionRepository(db, bound), finding: findingRepository(db, bound), settlement: settlementRepository(db, bound) };
    const year = world.calendar.year;
    await withTransaction(db, async (tx) => {
      const hospitals = [
        { code: "H430582001", name: "邵东市中医医院", kind: InstitutionKind.TCM, amount: 91008, resolution: FindingResolution.REFUNDED },
        { code: "H430582002", name: "邵东市人民医院", kind: InstitutionKind.GENERAL, amount: 108984, resolution: FindingResolution.DEDUCT_AT_SETTLEMENT },
      ];
      for (const [i, h] of hospitals.entries()) {
        const inst = await repo.institution.insert(tx, { code: h.code, name: h.name, level: "二级甲等", kind: h.kind, areaCode: "430582", agreementFrom: `${year - 1}-01-01`, agreementUntil: `${year + 1}-12-31`, agreementStatus: AgreementStatus.ACTIVE });
        const person = world.people[i];
        const c = await repo.inpatientCase.insert(tx, { admissionNumber: `ZY${year}000${i + 1}`, institutionId: inst.id, patientName: person.name, patientIdNumber: person.idNumber, personId: world.ids.person.get(person.idNumber) ?? null, accidentReportId: null, admittedOn: `${year}-05-0${i + 1}`, dischargedOn: null, diagnosis: "手部外伤" });
        const insp = await repo.inspection.insert(tx, { institutionId: inst.id, inspectedOn: `${year}-06-1${i}`, inspectors: ["基金风险防控部"] }, [{ caseId: c.id, institutionId: inst.id, presentInWard: true, identityVerified: true }]);
        await repo.finding.insert(tx, { institutionId: inst.id, inspectionId: insp.id, foundOn: `${year}-06-1${i}`, kinds: [FindingKind.OVER_TREATMENT, FindingKind.INJURY_ILLNESS_NOT_SEPARATED], amount: h.amount, resolution: h.resolution, refundedOn: h.resolution === FindingResolution.REFUNDED ? `${year}-07-01` : null });
        if (h.kind === InstitutionKind.TCM) await writeSettlement(tx, repo, inst.id, { settlementNumber: `JS${year}0001`, periodFrom: `${year}-01-01`, periodUntil: `${year}-06-30`, claimed: 100_000_00, paidOn: `${year}-07-15` });
      }
    });
  },
};
