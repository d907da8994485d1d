import { aggregate, extension, reference, rows, SubgraphBounds } from "../common/bounds";

/**
 * A report is bounded by the employer's area copied on it and by its employer; the institution
 * bound does not apply to work-injury records, so a caller bounded by an institution sees none.
 */
export const workInjuryBounds: SubgraphBounds = {
  entities: {
    AccidentReport: (t) => ({ area: `${t}.areaCode`, employer: `${t}.employerId` }),
    Appraisal: (t) => ({ area: `${t}.areaCode`, employer: `${t}.employerId` }),
    BenefitPayment: (t) => ({ area: `${t}.areaCode`, employer: `${t}.employerId` }),
    Investigation: (t) => ({ area: `${t}.areaCode`, employer: `${t}.employerId` }),
    RecognitionApplication: (t) => ({ area: `${t}.areaCode`, employer: `${t}.employerId` }),
    QualificationCheck: (t) => ({ area: `${t}.areaCode`, employer: `${t}.employerId` }),
    Dependant: (t) => ({ area: `${t}.areaCode`, employer: `${t}.employerId` }),
    // A session is the area's, not an employer's: an employer-bounded caller sees none.
    PreventionTraining: (t) => ({ area: `${t}.areaCode` }),
  },
  queries: {
    accidentReport: rows,
    accidentReports: rows,
    accidentReportsByNumbers: rows,
    preventionTrainings: rows,
    appraisal: rows,
    appraisals: rows,
    benefitPayment: rows,
    benefitPayments: rows,
    lateCases: rows,
    dependants: rows,
    benefitParameters: reference("benefit parameters are published figures (待遇计发参数), the same for every caller"),
    // The report is read within the caller's bounds (recognizedReport), and enrollment's bases on its behalf.
    benefitEntitlement: rows,
  },
  references: {
    AccidentReport: rows,
    WorkInjuryFundExpenditure: aggregate,
    Person: extension,
    Employer: extension,
  },
};
