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
