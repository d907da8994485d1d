import fs from "node:fs";

/**
 * The data folder holds people's ID numbers and bank accounts (the SQLite files) and the secrets:
 * readable by the hub's own user only, whatever the umask. SQLite creates its -wal and -shm files
 * with the database file's mode, so a 0600 database keeps them private too.
 */
export function privateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
}

/** Creates the file empty if it does not exist, and makes it (and SQLite's companions, if any) 0600. */
export function privateFile(file: string): void {
  fs.closeSync(fs.openSync(file, "a", 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (fs.existsSync(f)) fs.chmodSync(f, 0o600);
}
