import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createLogger } from "../../lib/logger";
import { importFolder } from "../../subgraphs/common/import/folder";
import { allSubgraphModules } from "../../subgraphs/modules";
import { residentIdCheckChar } from "../../subgraphs/common/validators/resident-id";
import { dataVersions, startHub, TestHub } from "../helpers/hub";

/**
 * The medical subgraph's import files: institutions by code, inpatient cases naming their patient (linked to
 * enrollment's register through the gateway) and accident report (linked to work-injury's), settlements that
 * deduct pending findings as the mutation does. All or nothing per file, idempotent.
 */
const INSTITUTIONS = "code,name,level,kind,areaCode,agreementFrom,agreementUntil,agreementStatus";
const CASES = "institutionCode,admissionNumber,patientName,patientIdNumber,admittedOn,dischargedOn,diagnosis,reportNumber";
const SETTLEMENTS = "institutionCode,settlementNumber,periodFrom,periodUntil,claimed,paidOn";

describe("medical imports through the running hub", () => {
  let hub: TestHub;
  let officer: string;
  let person: { id: string; idNumber: string };
  let reportNumber: string;
  let reportId: string;
  const dirs: string[] = [];

  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01 });
    officer = await hub.token({ role: "benefits-officer", sub: "officer-1" });
    const investigator = await hub.token({ role: "investigator", sub: "investigator-1" });
    const r = (await hub.query<any>(`{ accidentReports(first: 1) { nodes { id reportNumber person { id idNumber } } } }`, {}, investigator)).data.accidentReports.nodes[0];
    [person, reportNumber, reportId] = [r.person, r.reportNumber, r.id];
  }, 240_000);
  afterAll(async () => {
    await hub?.stop();
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  const folder = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sihub-med-import-"));
    dirs.push(dir);
    return { dir, write: (name: string, lines: string[]) => fs.writeFileSync(path.join(dir, name), lines.join("\n") + "\n") };
  };
  const run = (dir: string) => importFolder(dir, hub.config, { log: createLogger(hub.config, "test"), modules: allSubgraphModules(), progressBar: false, operator: "tester" });
  const q = (query: string) => hub.query<any>(query, {}, officer).then((r) => { expect(r.errors).toBeUndefined(); return r.data; });

  it("imports an institution, its cases linked to the register and the report, and a settlement deducting nothing pending; again changes nothing", async () => {
    const { dir, write } = folder();
    write("medical-institutions.csv", [INSTITUTIONS, "YY9001,邵东市示例骨科医院,二级,GENERAL,430582,2024-01-01,2026-12-31,", "yy9002,示例卫生院,一级,GENERAL,430582100,2024-01-01,2024-12-31,TERMINATED"]);
    // The second patient is not in the register: admitted without a person id, as the mutation allows.
    write("inpatient-cases.csv", [CASES, `YY9001,ZY-IM-1,张三,${person.idNumber},2025-03-02,2025-03-20,右手骨折,${reportNumber}`, `YY9001,ZY-IM-2,李四,${validUnknownId()},2025-04-01,,腰扭伤,`]);
    write("medical-settlements.csv", [SETTLEMENTS, "YY9001,JS-IM-1,2025-01-01,2025-03-31,\"12,000.00\",2025-04-15"]);
    const first = await run(dir);
    expect(first.results.map((r) => [r.file, r.rows, r.errors])).toEqual([["medical-institutions.csv", 2, []], ["inpatient-cases.csv", 2, []], ["medical-settlements.csv", 1, []]]);
    const data = await q(`{ medicalInstitutions(first: 50) { nodes { id code agreementStatus } } }`);
    const inst = data.medicalInstitutions.nodes.find((n: any) => n.code === "YY9001");
    expect(data.medicalInstitutions.nodes.find((n: any) => n.code === "YY9002").agreementStatus).toBe("TERMINATED");
    const linked = await q(`{ accidentReport(id: "${reportId}") { inpatientCases { admissionNumber institutionId dischargedOn } } }`);
    expect(linked.accidentReport.inpatientCases).toContainEqual({ admissionNumber: "ZY-IM-1", institutionId: inst.id, dischargedOn: "2025-03-20" });
    const settlements = await q(`{ medicalSettlements(first: 200, filter: { institutionId: "${inst.id}" }) { nodes { settlementNumber claimed deducted paid } } }`);
    expect(settlements.medicalSettlements.nodes).toEqual([{ settlementNumber: "JS-IM-1", claimed: "12000.00", deducted: "0.00", paid: "12000.00" }]);
    const versions = await dataVersions(hub);
    expect((await run(dir)).results.every((r) => r.errors.length === 0)).toBe(true);
    expect((await q(`{ medicalSettlements(first: 200, filter: { institutionId: "${inst.id}" }) { totalCount } }`)).medicalSettlements.totalCount).toBe(1);
    // Nothing changed, so no data version was bumped (no cached figure thrown away).
    expect(await dataVersions(hub)).toEqual(versions);
  });

  it("a settlement imported for 人民医院 deducts its pending finding once, as the mutation does", async () => {
    const { dir, write } = folder();
    const institutions = (await q(`{ medicalInstitutions(first: 50) { nodes { id code name } } }`)).medicalInstitutions.nodes as { id: string; code: string; name: string }[];
    const hospital = institutions.find((i) => i.name.includes("人民医院"))!;
    write("medical-settlements.csv", [SETTLEMENTS, `${hospital.code},JS-IM-RM,2024-06-01,2024-12-31,5000.00,2025-01-20`]);
    const page = `{ medicalSettlements(first: 200, filter: { institutionId: "${hospital.id}" }) { nodes { settlementNumber deducted paid } } }`;
    for (let i = 0; i < 2; i++) {
      expect((await run(dir)).results[0].errors).toEqual([]);
      const mine = (await q(page)).medicalSettlements.nodes.filter((n: any) => n.settlementNumber === "JS-IM-RM");
      expect(mine).toEqual([{ settlementNumber: "JS-IM-RM", deducted: "1089.84", paid: "3910.16" }]);
    }
    const p = (await q(`{ person(id: "${person.id}") { inpatientCases { admissionNumber } } }`)).person.inpatientCases.map((c: any) => c.admissionNumber);
    expect(p).toContain("ZY-IM-1");
  });

  it("imports an inspection with its case checks and a finding; the next settlement imported deducts it once", async () => {
    const { dir, write } = folder();
    write("medical-inspections.csv", ["institutionCode,inspectionNumber,inspectedOn,inspectors,checks", "YY9001,XC-IM-1,2025-03-05,王五;赵六,ZY-IM-1:0:1"]);
    write("medical-findings.csv", ["institutionCode,findingNumber,inspectionNumber,foundOn,kinds,amount,resolution,refundedOn", "YY9001,WT-IM-1,XC-IM-1,2025-03-05,absent_from_ward;OVER_TREATMENT,500,DEDUCT_AT_SETTLEMENT,"]);
    write("medical-settlements.csv", [SETTLEMENTS, "YY9001,JS-IM-2,2025-04-01,2025-06-30,2000,2025-07-10"]);
    for (let i = 0; i < 2; i++) {
      const outcome = await run(dir);
      expect(outcome.results.map((r) => [r.file, r.errors])).toEqual([["medical-inspections.csv", []], ["medical-findings.csv", []], ["medical-settlements.csv", []]]);
    }
    const inst = (await q(`{ medicalInstitutions(first: 50) { nodes { id code } } }`)).medicalInstitutions.nodes.find((n: any) => n.code === "YY9001");
    const data = await q(`{ medicalInspections(first: 50, filter: { institutionId: "${inst.id}" }) { nodes { inspectionNumber inspectors checks { presentInWard identityVerified } } }
      medicalFindings(first: 50, filter: { institutionId: "${inst.id}" }) { nodes { findingNumber kinds amount settlementId } }
      medicalSettlements(first: 50, filter: { institutionId: "${inst.id}" }) { nodes { id settlementNumber deducted paid } } }`);
    expect(data.medicalInspections.nodes).toEqual([{ inspectionNumber: "XC-IM-1", inspectors: ["王五", "赵六"], checks: [{ presentInWard: false, identityVerified: true }] }]);
    const settlement = data.medicalSettlements.nodes.find((n: any) => n.settlementNumber === "JS-IM-2");
    expect(settlement).toMatchObject({ deducted: "500.00", paid: "1500.00" });
    expect(data.medicalFindings.nodes).toEqual([{ findingNumber: "WT-IM-1", kinds: ["ABSENT_FROM_WARD", "OVER_TREATMENT"], amount: "500.00", settlementId: settlement.id }]);

    write("medical-inspections.csv", ["institutionCode,inspectionNumber,inspectedOn,inspectors,checks", "YY9001,XC-IM-2,2025-03-05,王五,ZY-NONE:1:1", "YY9001,XC-IM-3,2025-03-05,,", "YY9001,XC-IM-1,2025-03-06,王五,"]);
    const refused = await run(dir);
    expect(refused.results[0].errors.map((e) => [e.line, e.field, e.rule])).toEqual([[2, "checks", "inspection.case"], [3, "inspectors", "inspection.inspectors"], [4, "inspectionNumber", "inspection.differs"]]);
    fs.rmSync(path.join(dir, "medical-inspections.csv"));
    write("medical-findings.csv", ["institutionCode,findingNumber,inspectionNumber,foundOn,kinds,amount,resolution,refundedOn", "YY9001,WT-IM-2,XC-NONE,2025-03-05,OTHER,5,REFUNDED,2025-03-06", "YY9001,WT-IM-3,,2025-03-05,WHATEVER,5,REFUNDED,2025-03-06", "YY9001,WT-IM-1,XC-IM-1,2025-03-05,ABSENT_FROM_WARD,500,DEDUCT_AT_SETTLEMENT,"]);
    expect((await run(dir)).results[0].errors.map((e) => [e.line, e.field, e.rule])).toEqual([[2, "inspectionNumber", "finding.inspection"], [3, "kinds", "finding.kinds"], [4, "findingNumber", "finding.differs"]]);
  });

  it("rejects a file naming what the hub does not hold or breaking a rule, and writes nothing of it", async () => {
    const { dir, write } = folder();
    write("inpatient-cases.csv", [CASES,
      `YY0000,ZY-IM-3,王五,${person.idNumber},2025-03-02,,骨折,`,
      `YY9001,ZY-IM-4,王五,${person.idNumber},2025-03-02,,骨折,BA-NONE-1`,
      `YY9002,ZY-IM-5,王五,${person.idNumber},2025-03-02,,骨折,`,
      `YY9001,ZY-IM-1,张三,${person.idNumber},2025-03-02,2025-03-21,右手骨折,${reportNumber}`,
      `YY9001,ZY-IM-6,王五,${person.idNumber},2025-03-02,2025-03-01,骨折,`,
    ]);
    const before = (await q(`{ inpatientCases(first: 1) { totalCount } }`)).inpatientCases.totalCount;
    const outcome = await run(dir);
    expect(outcome.results[0].errors.map((e) => [e.line, e.field, e.rule])).toEqual([
      [2, "institutionCode", "institution.unknown"],
      [3, "reportNumber", "report.unknown"],
      [4, "admittedOn", "agreement.expired"],
      [5, "dischargedOn", "inpatient.discharged"],
      [6, "dischargedOn", "inpatient.discharged-on"],
    ]);
    expect((await q(`{ inpatientCases(first: 1) { totalCount } }`)).inpatientCases.totalCount).toBe(before);
  });
});

/** A valid resident ID number no one in the demo holds. */
const validUnknownId = () => `43058219800101999${residentIdCheckChar("43058219800101999")}`;
