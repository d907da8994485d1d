import { UNBOUNDED } from "../../common/bounds";
import { cells } from "../../common/import/cells";
import type { Importer, IndexedError, WriteContext } from "../../common/import/importer";
import type { Tx } from "../../common/tx";
import { firstOfKey } from "../../common/import/first-of-key";
import { AgreementStatus, InstitutionKind } from "../institution/institution.entity";
import { institutionRepository } from "../institution/institution.repository";
import { checkInstitution, InstitutionRecord } from "../rules";

type InstitutionRow = Omit<InstitutionRecord, "agreementStatus"> & { agreementStatus: AgreementStatus | null };

const recordOf = (r: InstitutionRow): InstitutionRecord => ({ ...r, code: r.code.toUpperCase(), agreementStatus: r.agreementStatus ?? AgreementStatus.ACTIVE });

/** Institutions by code, the mutation's rules; a known one's details and agreement (a renewal) are updated in place. */
async function writeInstitutions(tx: Tx, rows: InstitutionRow[], { db }: WriteContext): Promise<IndexedError[]> {
  const errors: IndexedError[] = [];
  const first = firstOfKey(errors, "code");
  const clean = rows.map(recordOf).filter((r, i) => first(i, r.code));
  if (!errors.length) await institutionRepository(db, () => UNBOUNDED).upsert(tx, clean);
  return errors;
}

export const institutionsImporter: Importer<InstitutionRow> = {
  file: "medical-institutions.csv", order: 200,
  description: "Designated medical institutions (工伤保险协议医疗机构) by code, with their agreement",
  columns: {
    code: cells.text, name: cells.text, level: cells.text, kind: cells.enumOf(Object.values(InstitutionKind)), areaCode: cells.text,
    agreementFrom: cells.date, agreementUntil: cells.date, agreementStatus: cells.optionalEnumOf(Object.values(AgreementStatus)),
  },
  check: (r) => checkInstitution(recordOf(r)),
  write: writeInstitutions,
};
