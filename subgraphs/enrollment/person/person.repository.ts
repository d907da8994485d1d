import type { DataSource } from "typeorm";
import type { EntityBound } from "../../common/bounds";
import { uniqueViolationOf } from "../../common/db-errors";
import { chunks, placeholders } from "../../common/loader";
import { areaPrefix, cond, page, PageArgs } from "../../common/page";
import { rowMapper } from "../../common/rows";
import type { Tx } from "../../common/tx";
import { Person } from "./person.entity";
import type { PersonFilter } from "./person.input";

/** The one place that reads and writes person rows; reads are bounded by the declared Person bound. */
export function personRepository(db: DataSource, bound: EntityBound) {
  const map = rowMapper(db, Person);
  return {
    async byIds(ids: readonly number[]): Promise<Person[]> {
      const b = bound("Person", "p");
      const rows = await db.query(`SELECT p.* FROM person p WHERE p.id IN (${placeholders(ids.length)}) AND ${b.sql}`, [...ids, ...b.params]);
      return rows.map(map);
    },
    async byIdNumber(idNumber: string): Promise<Person | null> {
      const b = bound("Person", "p");
      const [row] = await db.query(`SELECT p.* FROM person p WHERE p.idNumber = ? AND ${b.sql}`, [idNumber, ...b.params]);
      return row ? map(row) : null;
    },
    /** Batch lookup (peopleByIdNumbers): one statement per chunk of BATCH_CHUNK keys, bounded like every read. */
    async byIdNumbers(idNumbers: readonly string[]): Promise<Person[]> {
      const b = bound("Person", "p");
      const out: Person[] = [];
      for (const part of chunks(idNumbers)) {
        const rows = await db.query(`SELECT p.* FROM person p WHERE p.idNumber IN (${placeholders(part.length)}) AND ${b.sql}`, [...part, ...b.params]);
        out.push(...rows.map(map));
      }
      return out;
    },
    page(filter: PersonFilter | undefined, args: PageArgs) {
      const where = [bound("Person", "p")];
      if (filter?.areaCode) where.push(cond("p.areaCode LIKE ?", areaPrefix(filter.areaCode)));
      return page(db, { from: "person p", alias: "p", where, map }, args);
    },
    /** Records a date of death once (the check and the write in one statement); false when one is recorded. */
    async recordDeath(tx: Tx, id: number, dateOfDeath: string, source: string): Promise<boolean> {
      const { changes } = await tx.run("UPDATE person SET dateOfDeath = ?, deathSource = ? WHERE id = ? AND dateOfDeath IS NULL", [dateOfDeath, source, id]);
      return changes === 1;
    },
    /** Inserts a person; a second one with the ID number throws a UniqueViolation (no select-then-insert race). */
    async insert(tx: Tx, p: Omit<Person, "id" | "dateOfDeath" | "deathSource">): Promise<Person> {
      try {
        const { insertId } = await tx.run(
          "INSERT INTO person (idNumber, name, gender, birthDate, areaCode, phone) VALUES (?, ?, ?, ?, ?, ?)",
          [p.idNumber, p.name, p.gender, p.birthDate, p.areaCode, p.phone],
        );
        const [row] = await tx.query("SELECT * FROM person WHERE id = ?", [insertId]);
        return map(row);
      } catch (err) {
        throw uniqueViolationOf(db, err) ?? err;
      }
    },
  };
}
