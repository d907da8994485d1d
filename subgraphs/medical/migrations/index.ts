/** Committed MySQL/MariaDB migrations of medical, in order (SQLite is synchronized from the entities). */
export const migrations: Function[] = [];
