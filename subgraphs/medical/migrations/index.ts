import { RecordNumbers1796299160721 } from "./1796299160721-RecordNumbers";
import { Initial1796187761978 } from "./1796187761978-Initial";

/** Committed MySQL/MariaDB migrations of medical, in order (SQLite is synchronized from the entities). */
export const migrations: Function[] = [Initial1796187761978, RecordNumbers1796299160721];
