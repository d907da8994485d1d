import { UNBOUNDED } from "../../common/bounds";
import { todayInChina } from "../../common/dates";
import { cells } from "../../common/import/cells";
import type { Importer, IndexedError, WriteContext } from "../../common/import/importer";
import type { Tx } from "../../common/tx";
import { TrainingMode } from "../training/training.entity";
import { trainingRepository } from "../training/training.repository";
import { checkTraining, TrainingRecord } from "../training/training.rules";
import { firstOfKey } from "../../common/import/first-of-key";

/** Sessions by number, the mutation's rules; a known session is corrected in place. */
async function writeTrainings(tx: Tx, rows: TrainingRecord[], { db }: WriteContext): Promise<IndexedError[]> {
  const errors: IndexedError[] = [];
  const first = firstOfKey(errors, "sessionNumber");
  const clean = rows.map((r) => ({ ...r, sessionNumber: r.sessionNumber.toUpperCase(), title: r.title.trim() })).filter((r, i) => first(i, r.sessionNumber));
  if (!errors.length) await trainingRepository(db, () => UNBOUNDED).upsert(tx, clean);
  return errors;
}

export const trainingsImporter: Importer<TrainingRecord> = {
  file: "trainings.csv", order: 140,
  description: "Work-injury prevention trainings (工伤预防培训) by session number",
  columns: { sessionNumber: cells.text, areaCode: cells.text, heldOn: cells.date, title: cells.text, mode: cells.enumOf(Object.values(TrainingMode)), enterprises: cells.int, attendees: cells.int },
  check: (r) => checkTraining({ ...r, sessionNumber: r.sessionNumber.toUpperCase() }, todayInChina()),
  write: writeTrainings,
};
