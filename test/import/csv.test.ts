import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import type { DataSource } from "typeorm";
import { loadConfig, Config } from "../../lib/config";
import { createLogger } from "../../lib/logger";
import { openDataSource } from "../../subgraphs/common/data-source";
import { readCsvFile } from "../../subgraphs/common/import/csv";
import { importFolder } from "../../subgraphs/common/import/folder";
import { residentIdCheckChar } from "../../subgraphs/common/validators/resident-id";
import { creditCodeCheckChar } from "../../subgraphs/common/validators/credit-code";
import { enrollmentsImporter, peopleImporter } from "../../subgraphs/enrollment/import/importers";
import { subgraph as enrollment } from "../../subgraphs/enrollment";
import { main } from "../../scripts/import";
import { dropDatabases } from "../helpers/hub";

const residentId = (first17: string) => first17 + residentIdCheckChar(first17);
const creditCode = (first17: string) => first17 + creditCodeCheckChar(first17);
/** A valid ID whose check character is X, written lower-case as people type it. */
function residentIdEndingInX(): string {
  for (let seq = 1; ; seq++) {
    const first17 = `43058219780615${String(seq).padStart(3, "0")}`;
    if (residentIdCheckChar(first17) === "X") return `${first17}x`;
  }
}

const P1 = residentId("43058219900101001");
const P2 = residentId("43058219851231002");
const P3 = residentIdEndingInX();
const P4 = residentId("43058220000229003");
const E1 = creditCode("91430582MA4L00001");
const E2 = creditCode("91430582MA4L00002");
const E3 = creditCode("91430582MA4L00003");

const csv = (...lines: string[]) => lines.join("\r\n") + "\r\n";

const VALID: Record<string, string> = {
  "areas.csv": csv("code,name", "430582,邵东市", "430582100,大禾塘街道", "430582101,两市塘街道"),
  "rates.csv": csv(
    "insurance,areaCode,riskClass,validFrom,employerPpm,employeePpm,note",
    "WORK_INJURY,430582,1,2024-01-01,2000,0,illustrative",
    "WORK_INJURY,430582,2,2024/1/1,4000,0,",
    "UNEMPLOYMENT,430582,0,2024-01-01,7000,3000,illustrative",
  ),
  "employers.csv": csv(
    "creditCode,name,industry,riskClass,areaCode,staffCount,status,registeredOn",
    `${E1},邵东市示例五金制造有限公司,C,2,430582100,120,ACTIVE,2015-03-01`,
    `${E2},邵东市示例商贸有限公司,F,1,430582101,15,ACTIVE,2018/6/5`,
  ),
  "people.csv": csv("idNumber,name,areaCode,phone", `${P1},张三,430582100,13800001234`, `${P2},李四,430582101,`, `${P3},王五,430582100,0739-5123456`),
  "enrollments.csv": csv(
    "idNumber,creditCode,insurance,startDate,endDate,stopReason,wageBase",
    `${P1},${E1},WORK_INJURY,2020-01-01,,,4500.00`,
    `${P1},${E1},UNEMPLOYMENT,2020-01-01,,,4500.00`,
    `${P2},${E2},WORK_INJURY,2019-05-01,2023-12-31,离职,3800.5`,
    `${P2},${E1},WORK_INJURY,2024/1/1,,,4000`,
    `${P3.toUpperCase()},${E2},WORK_INJURY,2022-07-01,,,3500.00`,
  ),
  "contributions.csv": csv(
    "idNumber,creditCode,insurance,month,base,ratePpm,employerPart,employeePart,paidOn,areaCode",
    `${P1},${E1},WORK_INJURY,2024-01,4500.00,4000,18.00,0.00,2024-01-15,430582100`,
    `${P1},${E1},WORK_INJURY,2024-02,4500.00,4000,18.00,0,2024-02-15,430582100`,
    `${P1},${E1},UNEMPLOYMENT,2024-01,4500.00,10000,31.50,13.50,2024-01-15,430582100`,
    `${P2},${E1},WORK_INJURY,2024-01,4000.00,4000,16.00,0.00,2024-01-20,430582100`,
  ),
};
const TABLES = ["area", "rate_parameter", "employer", "person", "enrollment", "contribution", "person_year", "contribution_month"];

let databases = 0;
let tmp: string;
let config: Config;
let db: DataSource;

beforeEach(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "si-hub-import-"));
  config = loadConfig({
    DATA_DIR: path.join(tmp, "data"), INTERNAL_TOKEN_SECRET: "x".repeat(32), AUTH_JWT_SECRET: "y".repeat(32), HUB_ENV: "test", LOG_LEVEL: "silent",
    // On MySQL/MariaDB when DATABASE_URL is set, in a database of this test's own.
    DB_PREFIX: `imp${process.pid}_${++databases}_`,
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
  });
  db = await openDataSource(enrollment, config, createLogger(config, "test"));
});

afterEach(async () => {
  if (db?.isInitialized) await db.destroy();
  if (config.DATABASE_URL) await dropDatabases(config.DATABASE_URL, config.DB_PREFIX);
  fs.rmSync(tmp, { recursive: true, force: true });
});

let folders = 0;
function folder(files: Record<string, string | Buffer>): string {
  const dir = path.join(tmp, `in${++folders}`);
  fs.mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

const importDir = (dir: string) => importFolder(dir, config, { log: createLogger(config, "test"), modules: [enrollment], progressBar: false });
/** Rows with numeric strings (mysql2's BIGINT, SUM and COUNT) as numbers, so both databases compare alike. */
const rows = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
  ((await db.query(sql, params)) as Record<string, unknown>[]).map((r) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "string" && /^-?\d+$/.test(v) && k !== "idNumber" && k !== "code" && k !== "areaCode" ? Number(v) : v])),
  ) as T[];

/** Every row of every enrollment table, order-independent: equal snapshots mean nothing changed. */
async function snapshot(): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of TABLES) out[t] = (await rows(`SELECT * FROM ${t}`)).map((r) => JSON.stringify(r)).sort();
  return out;
}

describe("CSV import", () => {
  test("a folder of valid files imports every row, in dependency order", async () => {
    const outcome = await importDir(folder(VALID));

    expect(outcome.results.map((r) => [r.file, r.rows, r.errors])).toEqual([
      ["areas.csv", 3, []],
      ["rates.csv", 3, []],
      ["employers.csv", 2, []],
      ["people.csv", 3, []],
      ["enrollments.csv", 5, []],
      ["contributions.csv", 4, []],
    ]);
    expect(outcome.skipped).toEqual([]);
    const counts = await rows<{ t: string; n: number }>(TABLES.map((t) => `SELECT '${t}' AS t, COUNT(*) AS n FROM ${t}`).join(" UNION ALL "));
    expect(Object.fromEntries(counts.map((c) => [c.t, Number(c.n)]))).toMatchObject({ area: 3, rate_parameter: 3, employer: 2, person: 3, enrollment: 5, contribution: 4 });

    const [x] = await rows<{ idNumber: string; gender: string; birthDate: string }>("SELECT idNumber, gender, birthDate FROM person WHERE name = '王五'");
    expect(x).toEqual({ idNumber: P3.toUpperCase(), gender: "MALE", birthDate: "1978-06-15" });
    expect(await rows("SELECT validFrom FROM rate_parameter WHERE riskClass = 2")).toEqual([{ validFrom: "2024-01-01" }]);
    const enrollments = await rows<{ status: string; n: number }>("SELECT status, COUNT(*) AS n FROM enrollment GROUP BY status ORDER BY status");
    expect(enrollments.map((e) => [e.status, Number(e.n)])).toEqual([["ACTIVE", 4], ["STOPPED", 1]]);
    const [sums] = await rows<{ base: number; employer: number; employee: number }>("SELECT SUM(base) AS base, SUM(employerPart) AS employer, SUM(employeePart) AS employee FROM contribution");
    expect(sums).toEqual({ base: 1_750_000, employer: 8_350, employee: 1_350 });
    const insured = await rows<{ n: number }>("SELECT COUNT(*) AS n FROM person_year WHERE year = 2024 AND insurance = 'WORK_INJURY'");
    expect(Number(insured[0].n)).toBe(2);
  });

  test("importing the same folder twice changes nothing: same rows, same ids, same amounts", async () => {
    const dir = folder(VALID);
    await importDir(dir);
    const before = await snapshot();

    const versions = await rows("SELECT tableName, year, version FROM data_versions ORDER BY tableName, year");
    expect(versions.length).toBeGreaterThan(0);

    const again = await importDir(dir);

    expect(again.results.every((r) => r.errors.length === 0)).toBe(true);
    expect(await snapshot()).toEqual(before);
    // Nothing changed, so no figure the hub cached is thrown away.
    expect(await rows("SELECT tableName, year, version FROM data_versions ORDER BY tableName, year")).toEqual(versions);
  });

  test("a GB18030 file (Excel \"CSV\" in China) with Chinese names imports with the names intact", async () => {
    await importDir(folder({ "areas.csv": VALID["areas.csv"] }));
    const bytes = iconv.encode(csv("idNumber,name,areaCode,phone", `${P1},欧阳娜娜,430582100,`, `${P2},赵钱孙,430582101,`), "gb18030");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();

    const outcome = await importDir(folder({ "people.csv": bytes }));

    expect(outcome.results).toEqual([{ file: "people.csv", encoding: "gb18030", rows: 2, errors: [] }]);
    expect(await rows("SELECT name FROM person ORDER BY idNumber")).toEqual([{ name: "赵钱孙" }, { name: "欧阳娜娜" }]);
  });

  test("a UTF-8 file with a byte-order mark (Excel \"CSV UTF-8\") imports", async () => {
    const outcome = await importDir(folder({ "areas.csv": `\uFEFF${VALID["areas.csv"]}` }));

    expect(outcome.results).toEqual([{ file: "areas.csv", encoding: "utf-8", rows: 3, errors: [] }]);
  });

  // Each bad file also holds a good row that would change the database, and a blank line before the
  // bad row, so the test sees both that nothing is written and that lines are counted physically.
  test.each([
    ["a bad ID checksum", "people.csv", csv("idNumber,name,areaCode,phone", `${P4},赵六,430582100,`, "", `${P2.slice(0, 17)}${P2[17] === "1" ? "2" : "1"},钱七,430582100,`), { line: 4, field: "idNumber", rule: "resident-id.checksum" }],
    ["a date that does not exist", "employers.csv", csv("creditCode,name,industry,riskClass,areaCode,staffCount,status,registeredOn", `${E3},新单位,E,3,430582100,8,ACTIVE,2023-05-01`, "", `${E2},改名单位,F,1,430582101,15,ACTIVE,2024-02-30`), { line: 4, field: "registeredOn", rule: "date.format" }],
    ["an amount with 3 decimals", "contributions.csv", csv("idNumber,creditCode,insurance,month,base,ratePpm,employerPart,employeePart,paidOn,areaCode", `${P1},${E1},WORK_INJURY,2024-03,4500.00,4000,18.00,0,2024-03-15,430582100`, "", `${P2},${E1},WORK_INJURY,2024-03,4000.00,4000,16.001,0,2024-03-15,430582100`), { line: 4, field: "employerPart", rule: "money.format" }],
    ["a work-injury part 2 fen off base × rate", "contributions.csv", csv("idNumber,creditCode,insurance,month,base,ratePpm,employerPart,employeePart,paidOn,areaCode", `${P1},${E1},WORK_INJURY,2024-03,4500.00,4000,18.00,0,2024-03-15,430582100`, "", `${P2},${E1},WORK_INJURY,2024-03,4000.00,4000,16.02,0,2024-03-15,430582100`), { line: 4, field: "employerPart", rule: "contribution.amount" }],
    // 1,235.00 × 0.7 % = 8.645 → 8.65 and × 0.3 % = 3.705 → 3.71: 8.63 + 3.71 is within 2 fen of 1 % (12.35), but the employer part is 2 fen off.
    ["an unemployment part off the rate in force, though the sum is within 2 fen", "contributions.csv", csv("idNumber,creditCode,insurance,month,base,ratePpm,employerPart,employeePart,paidOn,areaCode", `${P1},${E1},WORK_INJURY,2024-03,4500.00,4000,18.00,0,2024-03-15,430582100`, "", `${P1},${E1},UNEMPLOYMENT,2024-03,1235.00,10000,8.63,3.71,2024-03-15,430582100`), { line: 4, field: "employerPart", rule: "contribution.amount" }],
    ["an unknown person", "enrollments.csv", csv("idNumber,creditCode,insurance,startDate,endDate,stopReason,wageBase", `${P2},${E1},UNEMPLOYMENT,2024-01-01,,,4000`, "", `${P4},${E1},WORK_INJURY,2024-01-01,,,4000`), { line: 4, field: "idNumber", rule: "person.unknown" }],
  ])("a file with one bad row (%s) is rejected whole, naming file:line and rule, and nothing of it is written", async (_case, file, content, error) => {
    await importDir(folder(VALID));
    const before = await snapshot();

    const outcome = await importDir(folder({ [file]: content }));

    expect(outcome.results).toEqual([{ file, encoding: "utf-8", rows: 0, errors: [expect.objectContaining(error)] }]);
    expect(await snapshot()).toEqual(before);
  });

  test("a second active unemployment enrollment of a person in one file rejects the file at the second row", async () => {
    const { "enrollments.csv": _e, "contributions.csv": _c, ...base } = VALID;
    await importDir(folder(base));

    const outcome = await importDir(
      folder({ "enrollments.csv": csv("idNumber,creditCode,insurance,startDate,endDate,stopReason,wageBase", `${P1},${E1},UNEMPLOYMENT,2020-01-01,,,4500`, `${P1},${E2},UNEMPLOYMENT,2023-03-01,,,5000`) }),
    );

    expect(outcome.results[0].errors).toEqual([expect.objectContaining({ line: 3, field: "startDate", rule: "enrollment.duplicate-active" })]);
    expect(await rows("SELECT id FROM enrollment")).toEqual([]);
  });

  test("a new active unemployment enrollment while one is active in the database is rejected, naming the existing one", async () => {
    await importDir(folder(VALID));
    const [existing] = await rows<{ id: number }>("SELECT e.id FROM enrollment e JOIN person p ON p.id = e.personId WHERE p.idNumber = ? AND e.insurance = 'UNEMPLOYMENT'", [P1]);

    const outcome = await importDir(folder({ "enrollments.csv": csv("idNumber,creditCode,insurance,startDate,endDate,stopReason,wageBase", `${P1},${E2},UNEMPLOYMENT,2024-06-01,,,5000`) }));

    const [error] = outcome.results[0].errors;
    expect(error).toMatchObject({ line: 2, rule: "enrollment.duplicate-active" });
    expect(error.message).toContain(`id ${existing.id}`);
  });

  test("work injury at two employers at once (一人多单位参保): a second employer's enrollment, even from the same day, is another one; the first is never rewritten", async () => {
    await importDir(folder(VALID));
    const before = await rows("SELECT e.employerId, e.startDate, e.wageBase, e.status FROM enrollment e JOIN person p ON p.id = e.personId WHERE p.idNumber = ? AND e.insurance = 'WORK_INJURY'", [P1]);
    const outcome = await importDir(folder({ "enrollments.csv": csv("idNumber,creditCode,insurance,startDate,endDate,stopReason,wageBase", `${P1},${E2},WORK_INJURY,2020-01-01,,,3000`) }));
    expect(outcome.results[0]).toMatchObject({ rows: 1, errors: [] });
    const after = await rows("SELECT e.employerId, e.startDate, e.wageBase, e.status FROM enrollment e JOIN person p ON p.id = e.personId WHERE p.idNumber = ? AND e.insurance = 'WORK_INJURY' ORDER BY e.employerId", [P1]);
    expect(after).toHaveLength(2);
    expect(after).toEqual(expect.arrayContaining(before));
    // Both active; the same employer again while active is still refused.
    expect(after.every((e: any) => e.status === "ACTIVE")).toBe(true);
    const again = await importDir(folder({ "enrollments.csv": csv("idNumber,creditCode,insurance,startDate,endDate,stopReason,wageBase", `${P1},${E2},WORK_INJURY,2024-05-01,,,3000`) }));
    expect(again.results[0].errors).toEqual([expect.objectContaining({ line: 2, rule: "enrollment.duplicate-active" })]);

    // A month's contributions from both employers are two records, and the person counts once in the year.
    const contributions = csv(
      "idNumber,creditCode,insurance,month,base,ratePpm,employerPart,employeePart,paidOn,areaCode",
      `${P1},${E2},WORK_INJURY,2024-02,3000.00,2000,6.00,0.00,2024-02-15,430582101`,
    );
    expect((await importDir(folder({ "contributions.csv": contributions }))).results[0]).toMatchObject({ rows: 1, errors: [] });
    const feb = await rows("SELECT c.employerId, c.base FROM contribution c JOIN person p ON p.id = c.personId WHERE p.idNumber = ? AND c.insurance = 'WORK_INJURY' AND c.month = '2024-02' ORDER BY c.employerId", [P1]);
    expect(feb.map((c: any) => c.base)).toEqual([450000, 300000]);
    const [year] = await rows<{ months: number; employerId: number }>("SELECT y.months, y.employerId FROM person_year y JOIN person p ON p.id = y.personId WHERE p.idNumber = ? AND y.insurance = 'WORK_INJURY' AND y.year = 2024", [P1]);
    // Two months with contributions (January at one employer, February at both), under the lower employer id of the last month.
    expect(year.months).toBe(2);
    expect(year.employerId).toBe(Math.min(...feb.map((c: any) => c.employerId)));
  });

  test("a contribution under an unknown area, or in a month no enrollment at that employer covers, is refused with its rule; a row twice is a duplicate at its own line", async () => {
    await importDir(folder(VALID));
    const before = await snapshot();
    const outcome = await importDir(folder({ "contributions.csv": csv(
      "idNumber,creditCode,insurance,month,base,ratePpm,employerPart,employeePart,paidOn,areaCode",
      `${P1},${E1},WORK_INJURY,2024-03,4500.00,4000,18.00,0.00,2024-03-15,430582999`,
      `${P2},${E2},WORK_INJURY,2024-03,3800.50,2000,7.60,0.00,2024-03-15,430582101`,
      `${P1},${E1},WORK_INJURY,2024-04,4500.00,4000,18.00,0.00,2024-04-15,430582100`,
      `${P1},${E1},WORK_INJURY,2024-04,4500.00,4000,18.00,0.00,2024-04-15,430582100`,
    ) }));
    expect(outcome.results[0].errors.map((e) => [e.line, e.field, e.rule])).toEqual([
      [2, "areaCode", "area.unknown"],
      [3, "month", "contribution.not-enrolled"],
      [5, "month", "import.duplicate"],
    ]);
    expect(outcome.results[0].errors[2].message).toContain("line 4");
    expect(await snapshot()).toEqual(before);
  });

  test("a change of employer in one file (the old enrollment stopped, a new one started) imports", async () => {
    await importDir(folder(VALID));

    const outcome = await importDir(
      folder({ "enrollments.csv": csv("idNumber,creditCode,insurance,startDate,endDate,stopReason,wageBase", `${P1},${E2},WORK_INJURY,2024-07-01,,,5000`, `${P1},${E1},WORK_INJURY,2020-01-01,2024-06-30,解除劳动合同,4500`) }),
    );

    expect(outcome.results[0].errors).toEqual([]);
    const active = await rows<{ creditCode: string }>("SELECT m.creditCode FROM enrollment e JOIN person p ON p.id = e.personId JOIN employer m ON m.id = e.employerId WHERE p.idNumber = ? AND e.insurance = 'WORK_INJURY' AND e.status = 'ACTIVE'", [P1]);
    expect(active).toEqual([{ creditCode: E2 }]);
  });

  test("optional columns may be left out; an unknown or a missing required column rejects the file at line 1", async () => {
    await importDir(folder({ "areas.csv": VALID["areas.csv"] }));

    const withoutPhone = await importDir(folder({ "people.csv": csv("name,idNumber,areaCode", `张三,${P1},430582100`) }));
    const unknown = await importDir(folder({ "people.csv": csv("idNumber,name,areaCode,telephone", `${P2},李四,430582100,13800001234`) }));
    const missing = await importDir(folder({ "people.csv": csv("idNumber,areaCode", `${P2},430582100`) }));

    expect(withoutPhone.results[0]).toMatchObject({ rows: 1, errors: [] });
    expect(unknown.results[0].errors).toEqual([expect.objectContaining({ line: 1, rule: "csv.unknown-column", message: expect.stringContaining("Unknown column(s): telephone.") })]);
    expect(missing.results[0].errors).toEqual([expect.objectContaining({ line: 1, rule: "csv.missing-column", message: expect.stringContaining("Missing column(s): name.") })]);
    expect(await rows("SELECT idNumber FROM person")).toEqual([{ idNumber: P1 }]);
  });

  test("line numbers are physical lines, across CRLF endings, blank lines and quoted multi-line cells", () => {
    const dir = folder({
      "enrollments.csv": csv("idNumber,creditCode,insurance,startDate,endDate,stopReason,wageBase", `${P1},${E1},WORK_INJURY,2020-01-01,2023-06-30,"离职\r\n(合同到期)",4500`, "", `${P2},${E1},WORK_INJURY,2020-13-01,,,4500`),
      "people.csv": csv("idNumber,name,areaCode,phone", `${P1},"张三`, `,430582100,`),
    });

    const read = readCsvFile(path.join(dir, "enrollments.csv"), enrollmentsImporter);
    const broken = readCsvFile(path.join(dir, "people.csv"), peopleImporter);

    expect(read.lines).toEqual([2]);
    expect(read.errors).toEqual([expect.objectContaining({ line: 5, field: "startDate", rule: "date.format" })]);
    expect(broken.errors).toEqual([expect.objectContaining({ line: 2, rule: "csv.syntax" })]);
  });

  test("when a file is rejected, later files are not imported and the CLI prints file:line: field: message (rule) and exits 1", async () => {
    const dir = folder({ ...VALID, "people.csv": csv("idNumber,name,areaCode,phone", `${P1},张三,430582100,12345`), "employer.csv": "misspelt" });
    const printed: string[] = [];
    const capture = (...args: unknown[]) => void printed.push(args.join(" "));
    const log = jest.spyOn(console, "log").mockImplementation(capture);
    const err = jest.spyOn(console, "error").mockImplementation(capture);
    try {
      const code = await main([dir], {
        DATA_DIR: config.dataDir, INTERNAL_TOKEN_SECRET: "x".repeat(32), AUTH_JWT_SECRET: "y".repeat(32), HUB_ENV: "test", LOG_LEVEL: "silent",
        DB_PREFIX: config.DB_PREFIX, ...(config.DATABASE_URL ? { DATABASE_URL: config.DATABASE_URL } : {}),
      });

      expect(code).toBe(1);
    } finally {
      log.mockRestore();
      err.mockRestore();
    }
    expect(printed).toEqual([
      "areas.csv: 3 rows imported (utf-8)",
      "rates.csv: 3 rows imported (utf-8)",
      "employers.csv: 2 rows imported (utf-8)",
      "people.csv: rejected, nothing imported from it:",
      "people.csv:2: phone: A mobile number of 11 digits or a landline like 0739-1234567. (phone.format)",
      "not imported because of the rejected file: enrollments.csv, contributions.csv",
      "ignored, no importer reads: employer.csv",
    ]);
    expect(await rows("SELECT COUNT(*) AS n FROM person")).toEqual([{ n: 0 }]);
    expect(await rows("SELECT COUNT(*) AS n FROM employer")).toEqual([{ n: 2 }]);
  });
});

describe("CSV import reports every problem of a file at once (issue 7 item 8)", () => {
  test("a cell error and a duplicate come in one report, the duplicate at its own line naming the first one's", async () => {
    const outcome = await importDir(folder({
      ...VALID,
      "enrollments.csv": csv(
        "idNumber,creditCode,insurance,startDate,endDate,stopReason,wageBase",
        `${P1},${E1},WORK_INJURY,2020-01-01,,,4500.00`,
        `${P1},${E1},WORK_INJURY,2021-02-01,,,4600.00`,
        `${P2},${E2},WORK_INJURY,2019-13-01,,,3800.5`,
      ),
    }));
    const enrollments = outcome.results.find((r) => r.file === "enrollments.csv")!;
    expect(enrollments.rows).toBe(0);
    expect(enrollments.errors.map((e) => [e.line, e.rule])).toEqual([
      [3, "enrollment.duplicate-active"],
      [4, expect.stringMatching(/date/)],
    ]);
    expect(enrollments.errors[0].message).toContain("(line 2)");
    expect(await rows("SELECT id FROM enrollment")).toEqual([]);
  });
});
