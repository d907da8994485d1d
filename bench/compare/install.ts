import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../../lib/paths";

/**
 * Hive Gateway for the side-by-side bench, installed on demand into a cache folder (about 500 MB), never
 * a dependency of the hub. Pinned: the newest on the registry on 2026-12-04, both `engines.node >= 20`
 * (checked with `npm view`); they run on Node 20 here.
 */
export const HIVE_PACKAGES = { "@graphql-hive/gateway": "2.15.1", "@graphql-hive/router-runtime": "1.4.23" } as const;

/** Packages whose installed versions the report names (the runtime, the planners, the HTTP executor). */
const REPORTED = ["@graphql-hive/gateway", "@graphql-hive/gateway-runtime", "@graphql-hive/router-runtime", "@graphql-hive/router-query-planner", "@graphql-mesh/fusion-runtime", "@graphql-tools/federation", "@graphql-tools/executor-http", "graphql"];

/** HIVE_GATEWAY_DIR, or `.cache/hive-gateway` in the repository (gitignored). */
export function hiveCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.HIVE_GATEWAY_DIR ?? path.join(ROOT, ".cache", "hive-gateway"));
}

function installedVersion(dir: string, name: string): string | undefined {
  try {
    return (JSON.parse(fs.readFileSync(path.join(dir, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return undefined;
  }
}

/** Installs the pinned packages unless the cache already has them; returns the installed versions. */
export function ensureHive(dir: string, log: (line: string) => void = console.log): Record<string, string> {
  const missing = Object.entries(HIVE_PACKAGES).filter(([name, version]) => installedVersion(dir, name) !== version);
  if (missing.length) {
    fs.mkdirSync(dir, { recursive: true });
    // Its own package.json, so npm never walks up to the hub's.
    const pkg = path.join(dir, "package.json");
    if (!fs.existsSync(pkg)) fs.writeFileSync(pkg, JSON.stringify({ name: "si-hub-bench-hive-gateway", private: true, description: "Installed by `npm run bench -- --compare`; safe to delete." }, null, 2) + "\n");
    const specs = Object.entries(HIVE_PACKAGES).map(([name, version]) => `${name}@${version}`);
    log(`Installing ${specs.join(" ")} into ${dir} (about 500 MB, once)…`);
    const t0 = Date.now();
    const r = spawnSync("npm", ["install", "--prefix", dir, "--no-audit", "--no-fund", "--loglevel=error", ...specs], { stdio: "inherit", env: { ...process.env, npm_config_update_notifier: "false" } });
    if (r.status !== 0) throw new Error(`npm install of Hive Gateway into ${dir} failed (exit ${r.status ?? r.signal})`);
    log(`  installed in ${((Date.now() - t0) / 1000).toFixed(0)} s.`);
  }
  return Object.fromEntries(REPORTED.map((name) => [name, installedVersion(dir, name) ?? "?"]));
}
