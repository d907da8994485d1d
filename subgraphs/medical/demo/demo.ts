import type { DataSource } from "typeorm";
import type { DemoContext, DemoPlugin } from "../../common/demo/plugin";
import { UNBOUNDED } from "../../common/bounds";
import { split } from "../../common/money";
import { withTransaction } from "../../common/tx";
import { findingRepository } from "../finding/finding.repository";
import { FindingKind, FindingResolution } from "../finding/finding.entity";
import { InpatientCaseRepository, inpatientCaseRepository } from "../inpatient-case/inpatient-case.repository";
import type { World } from "../../../demo/world.types";
import { addDays } from "../../common/dates";
import type { Tx } from "../../common/tx";
import { inspectionRepository } from "../inspection/inspection.repository";
import { AgreementStatus, InstitutionKind } from "../institution/institution.entity";
import { institutionRepository } from "../institution/institution.repository";
import { writeSettlement } from "../settlement/settlement.service";
import { settlementRepository } from "../settlement/settlement.repository";

/**
 * The seed's two hospitals, one 2024 inspection each and their findings (中医医院 910.08 refunded,
 * 人民医院 1,089.84 to deduct with no settlement after it in the year), and the year's settlements:
 * quarterly, the previous year's last quarter paid in January, the fourth quarter paid in the next
 * year; 人民医院's last one of the year ends before its finding. What is paid in the year sums to
 * world.params.medicalSettlementsFen (an ILLUSTRATIVE split of the seed's fund expenditure), shared
 * out in proportion to illustrative claims. The world's hospitalized accidents since the agreements
 * began are admitted, alternately to each hospital, linked to their person and accident report.
 */
async function admitAccidents(tx: Tx, cases: InpatientCaseRepository, world: World, institutionIds: number[], since: string): Promise<void> {
  const people = new Map(world.people.map((p) => [p.idNumber, p]));
  const end = `${world.calendar.year}-12-31`;
  let n = 0;
  for (const a of world.accidents ?? []) {
    if (!a.hospitalized || a.occurredOn < since) continue;
    const person = people.get(a.idNumber)!;
    const discharged = addDays(a.occurredOn, 5 + (n % 25));
    n += 1;
    await cases.insert(tx, {
      admissionNumber: `ZY${a.occurredOn.slice(0, 4)}A${String(n).padStart(5, "0")}`, institutionId: institutionIds[n % 2], patientName: person.name, patientIdNumber: person.idNumber,
      personId: world.ids.person.get(a.idNumber) ?? null, accidentReportId: world.ids.accidentReport?.get(a.reportNumber) ?? null,
      admittedOn: a.occurredOn, dischargedOn: discharged <= end ? discharged : null, diagnosis: "工伤住院（示例数据）",
    });
  }
}

function settlementPlan(year: number): { hospital: 0 | 1; periodFrom: string; periodUntil: string; paidOn: string; weight: number }[] {
  const q = (y: number, n: number) => ({ periodFrom: `${y}-${["01-01", "04-01", "07-01", "10-01"][n]}`, periodUntil: `${y}-${["03-31", "06-30", "09-30", "12-31"][n]}` });
  return [
    { hospital: 0, ...q(year - 1, 3), paidOn: `${year}-01-15`, weight: 31 },
    { hospital: 0, ...q(year, 0), paidOn: `${year}-04-15`, weight: 29 },
    { hospital: 0, ...q(year, 1), paidOn: `${year}-07-15`, weight: 33 },
    { hospital: 0, ...q(year, 2), paidOn: `${year}-10-15`, weight: 30 },
    { hospital: 1, ...q(year - 1, 3), paidOn: `${year}-01-20`, weight: 52 },
    { hospital: 1, ...q(year, 0), paidOn: `${year}-04-20`, weight: 49 },
    // Ends before 人民医院's finding (June): the finding waits for a settlement not made in the year.
    { hospital: 1, periodFrom: `${year}-04-01`, periodUntil: `${year}-05-31`, paidOn: `${year}-06-05`, weight: 36 },
    // Paid in the next year: not the year's expenditure.
    { hospital: 0, ...q(year, 3), paidOn: `${year + 1}-01-15`, weight: 0 },
  ];
}

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
      const institutionIds: number[] = [];
      const hospitals = [
        { code: "H430582001", name: "邵东市中医医院", kind: InstitutionKind.TCM, amount: 91008, resolution: FindingResolution.REFUNDED },
        { code: "H430582002", name: "邵东市人民医院", kind: InstitutionKind.GENERAL, amount: 108984, resolution: FindingResolution.DEDUCT_AT_SETTLEMENT },
      ];
      for (const [i, h] of hospitals.entries()) {
        const inst = await repo.institution.insert(tx, { code: h.code, name: h.name, level: "二级甲等", kind: h.kind, areaCode: "430582", agreementFrom: `${year - 1}-01-01`, agreementUntil: `${year + 1}-12-31`, agreementStatus: AgreementStatus.ACTIVE });
        const person = world.people[i];
        const c = await repo.inpatientCase.insert(tx, { admissionNumber: `ZY${year}000${i + 1}`, institutionId: inst.id, patientName: person.name, patientIdNumber: person.idNumber, personId: world.ids.person.get(person.idNumber) ?? null, accidentReportId: null, admittedOn: `${year}-05-0${i + 1}`, dischargedOn: null, diagnosis: "手部外伤" });
        const insp = await repo.inspection.insert(tx, { inspectionNumber: `XC${year}${String(i + 1).padStart(3, "0")}`, institutionId: inst.id, inspectedOn: `${year}-06-1${i}`, inspectors: ["基金风险防控部"] }, [{ caseId: c.id, institutionId: inst.id, presentInWard: true, identityVerified: true }]);
        await repo.finding.insert(tx, { findingNumber: `WT${year}${String(i + 1).padStart(3, "0")}`, institutionId: inst.id, inspectionId: insp.id, foundOn: `${year}-06-1${i}`, kinds: [FindingKind.OVER_TREATMENT, FindingKind.INJURY_ILLNESS_NOT_SEPARATED], amount: h.amount, resolution: h.resolution, refundedOn: h.resolution === FindingResolution.REFUNDED ? `${year}-07-01` : null });
        institutionIds.push(inst.id);
      }
      await admitAccidents(tx, repo.inpatientCase, world, institutionIds, `${year - 1}-01-01`);
      const plan = settlementPlan(year);
      const inYear = split(world.params.medicalSettlementsFen, plan.map((p) => p.weight || 0));
      for (const [n, p] of plan.entries()) {
        // Nothing is deducted from these (the finding that waits is after them), so paid = claimed.
        const claimed = p.weight ? inYear[n] : split(world.params.medicalSettlementsFen, [1, 4])[0];
        const settled = await writeSettlement(tx, repo, institutionIds[p.hospital], { settlementNumber: `JS${p.paidOn.slice(0, 4)}${String(n + 1).padStart(4, "0")}`, periodFrom: p.periodFrom, periodUntil: p.periodUntil, claimed, paidOn: p.paidOn });
        if (settled.paid !== claimed) throw new Error(`demo settlement ${settled.settlementNumber}: ${settled.paid} paid of ${claimed} claimed`);
      }
    });
  },
};
