import fs from "node:fs";
import net from "node:net";

/**
 * A port for a server a test starts only later (the gateway, after the demo load and its subgraphs; a
 * private mariadbd). A port the kernel hands out for port 0 could be handed to another test's port-0
 * listener in the meantime (seen in CI: EADDRINUSE on the gateway). So it is taken below the kernel's
 * ephemeral range, which port 0 never uses, from a block of its own per Jest worker, and checked free.
 */
const FIRST = 20_000;
const BLOCK = 500;
const WORKERS = 8;
let next = process.pid % BLOCK;

function ephemeralLow(): number {
  try {
    return Number(fs.readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/)[0]) || 32_768;
  } catch {
    return 32_768;
  }
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

function anyPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function freePort(): Promise<number> {
  // A machine whose ephemeral range starts low leaves no room below it: take what port 0 gives.
  if (FIRST + WORKERS * BLOCK > ephemeralLow()) return anyPort();
  const worker = (Number(process.env.JEST_WORKER_ID ?? 1) - 1) % WORKERS;
  for (let i = 0; i < BLOCK; i++) {
    const port = FIRST + worker * BLOCK + (next++ % BLOCK);
    if (await canListen(port)) return port;
  }
  return anyPort();
}
