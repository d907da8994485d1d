import { aggregate, extension, rows, SubgraphBounds } from "../common/bounds";

/** A record of an institution is bounded by it: an institution bound by its id, an area bound by the institution's area. */
const ofInstitution = (t: string) => ({
  institution: `${t}.institutionId`,
  area: { sql: `EXISTS (SELECT 1 FROM medical_institution bi WHERE bi.id = ${t}.institutionId AND bi.areaCode LIKE ?)` },
});

/** The employer bound does not apply to medical records: a caller bounded by an employer sees nothing here. */
export const medicalBounds: SubgraphBounds = {
  entities: {
    MedicalInstitution: (t) => ({ institution: `${t}.id`, area: `${t}.areaCode` }),
    InpatientCase: ofInstitution,
    Inspection: ofInstitution,
    InspectionCheck: ofInstitution,
    Finding: ofInstitution,
    Settlement: ofInstitution,
  },
  queries: {
    medicalInstitution: rows, medicalInstitutions: rows,
    inpatientCase: rows, inpatientCases: rows,
    medicalInspection: rows, medicalInspections: rows,
    medicalFinding: rows, medicalFindings: rows,
    medicalSettlement: rows, medicalSettlements: rows,
  },
  references: { MedicalInstitution: rows, InpatientCase: rows, Inspection: rows, Finding: rows, Settlement: rows, WorkInjuryFundExpenditure: aggregate, Person: extension, AccidentReport: extension },
};
