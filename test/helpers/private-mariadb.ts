import { ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createConnection } from "mysql2/promise";
import { freePort } from "./ports";

/**
 * A MariaDB server of the test's own (its own data folder, port and socket), for tests that take the
 * database away: the machine's shared server on 3306 is never stopped. Runs as the current user (root in
 * CI, so with --user=root). `stop()` kills it the hard way (SIGKILL), as a crash would; `start()` again on
 * the same data folder is the recovery.
 */
export interface PrivateMariaDb {
  url: string;
  port: number;
  start(): Promise<void>;
  kill(): Promise<void>;
  destroy(): Promise<void>;
}


export async function createPrivateMariaDb(): Promise<PrivateMariaDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sihub-mariadb-"));
  const datadir = path.join(dir, "data");
  const socket = path.join(dir, "sock");
  const asRoot = process.getuid?.() === 0;
  execFileSync("mariadb-install-db", ["--no-defaults", `--datadir=${datadir}`, "--auth-root-authentication-method=normal", "--skip-test-db", ...(asRoot ? ["--user=root"] : [])], { stdio: "ignore" });
  const port = await freePort();
  const url = `mysql://root@127.0.0.1:${port}`;
  let child: ChildProcess | undefined;

  const ready = async () => {
    const until = Date.now() + 30_000;
    for (;;) {
      try {
        const c = await createConnection({ host: "127.0.0.1", port, user: "root" });
        await c.end();
        return;
      } catch (err) {
        if (Date.now() > until) throw new Error(`private MariaDB did not start: ${(err as Error).message}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  };

  const db: PrivateMariaDb = {
    url,
    port,
    async start() {
      child = spawn("/usr/sbin/mariadbd", [
        "--no-defaults", `--datadir=${datadir}`, `--port=${port}`, `--socket=${socket}`, "--bind-address=127.0.0.1",
        "--skip-grant-tables=0", "--innodb-buffer-pool-size=64M", "--skip-log-bin", ...(asRoot ? ["--user=root"] : []),
      ], { stdio: "ignore" });
      await ready();
    },
    async kill() {
      const c = child;
      child = undefined;
      if (!c || c.exitCode !== null) return;
      await new Promise<void>((done) => {
        c.once("exit", () => done());
        c.kill("SIGKILL");
      });
    },
    async destroy() {
      await db.kill();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  await db.start();
  return db;
}
