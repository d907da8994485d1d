import { cells } from "../../common/import/cells";
import type { Importer } from "../../common/import/importer";
import { Insurance } from "../enrollment/insurance";
import * as check from "./records";
import * as write from "./write";

const INSURANCES = [Insurance.WORK_INJURY, Insurance.UNEMPLOYMENT];

/** The enrollment subgraph's import files (documented in docs/import.md). */
export const areasImporter: Importer<check.AreaRecord> = {
  file: "areas.csv", order: 10, description: "Administrative areas (行政区划): code, name",
  columns: { code: cells.text, name: cells.text },
  check: check.checkArea, write: write.writeAreas,
};

export const ratesImporter: Importer<check.RateRecord> = {
  file: "rates.csv", order: 11, description: "Contribution rates (缴费费率), dated per area",
  columns: { insurance: cells.enumOf(INSURANCES), areaCode: cells.text, riskClass: cells.int, validFrom: cells.date, employerPpm: cells.int, employeePpm: cells.int, note: cells.optionalText },
  check: check.checkRate, write: write.writeRates,
};

export const employersImporter: Importer<check.EmployerRecord> = {
  file: "employers.csv", order: 20, description: "Employers (用人单位)",
  columns: { creditCode: cells.text, name: cells.text, industry: cells.text, riskClass: cells.int, areaCode: cells.text, staffCount: cells.int, status: cells.enumOf(["ACTIVE", "CANCELLED"]), registeredOn: cells.date },
  check: check.checkEmployer, write: write.writeEmployers,
};

export const peopleImporter: Importer<check.PersonRecord> = {
  file: "people.csv", order: 21, description: "Insured people (参保人员)",
  columns: { idNumber: cells.text, name: cells.text, areaCode: cells.text, phone: cells.optionalText },
  check: check.checkPerson, write: write.writePeople,
};

export const enrollmentsImporter: Importer<check.EnrollmentRecord> = {
  file: "enrollments.csv", order: 30, description: "Enrollments (参保登记), wage base in yuan",
  columns: { idNumber: cells.text, creditCode: cells.text, insurance: cells.enumOf(INSURANCES), startDate: cells.date, endDate: cells.optionalDate, stopReason: cells.optionalText, wageBase: cells.yuan },
  check: check.checkEnrollment, write: write.writeEnrollments,
};

export const contributionsImporter: Importer<check.ContributionRecord> = {
  file: "contributions.csv", order: 40, description: "Contributions (缴费记录), amounts in yuan",
  columns: { idNumber: cells.text, creditCode: cells.text, insurance: cells.enumOf(INSURANCES), month: cells.yearMonth, base: cells.yuan, ratePpm: cells.int, employerPart: cells.yuan, employeePart: cells.yuan, paidOn: cells.date, areaCode: cells.text },
  check: check.checkContribution, write: write.writeContributions,
};

export const enrollmentImporters: Importer[] = [areasImporter, ratesImporter, employersImporter, peopleImporter, enrollmentsImporter, contributionsImporter];
