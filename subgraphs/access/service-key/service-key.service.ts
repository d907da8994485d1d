import type { DataSource } from "typeorm";
import { SCOPES } from "../../../lib/claims";
import { badInput, conflict, notFound } from "../../common/errors";
import { withTransaction } from "../../common/tx";
import { deniesAll, SqlBound } from "../../common/bounds";
import { conflictFor, uniqueViolationOf } from "../../common/db-errors";
import { jsonList } from "../../common/columns";
import { hashKey, newKey } from "../keys";
import { PartnerStatus } from "../partner/partner.entity";
import { ServiceKey } from "./service-key.entity";

/**
 * Scopes a service key may carry: reads and writes of the domains. Never `pii:read` (personal data comes
 * only from the caller a service acts for), nor admin, audit-log, introspection or the gateway's own scope.
 */
const NEVER_FOR_SERVICES = new Set(["pii:read", "admin", "auditlog:read", "introspection", "partner:authenticate"]);
export const DEFAULT_SERVICE_SCOPES = ["enrollment:read"];
const NAME = /^[a-z][a-z0-9-]{1,39}$/;

const now = () => new Date().toISOString();
type Q = { query<T>(sql: string, p?: unknown[]): Promise<T[]> };

async function byName(tx: Q, name: string): Promise<ServiceKey | null> {
  const [row] = await tx.query<Record<string, unknown>>("SELECT * FROM service_key WHERE name = ?", [name]);
  return row ? ({ ...row, scopes: jsonList.from(row.scopes) } as ServiceKey) : null;
}

export async function registerService(db: DataSource, name: string, scopes?: string[] | null): Promise<{ service: ServiceKey; serviceKey: string }> {
  if (!NAME.test(name)) throw badInput("name", "service.name", "A subgraph name: 2–40 lower-case letters, digits and dashes.");
  const granted = scopes ?? DEFAULT_SERVICE_SCOPES;
  granted.forEach((s, i) => {
    if (!(SCOPES as readonly string[]).includes(s)) throw badInput(`scopes[${i}]`, "scope.unknown", `Unknown scope ${s}.`);
    if (NEVER_FOR_SERVICES.has(s)) throw badInput(`scopes[${i}]`, "scope.service", "A service key gets no pii:read, admin, audit-log, introspection or gateway scope: personal data comes from the caller it acts for.");
  });
  const { key, hash, prefix } = newKey("svc", name);
  return withTransaction(db, async (tx) => {
    await tx.run(
      "INSERT INTO service_key (name, scopes, keyHash, keyPrefix, status, createdAt) VALUES (?, ?, ?, ?, 'ACTIVE', ?)",
      [name, JSON.stringify(granted), hash, prefix, now()],
    ).catch((err) => {
      const v = uniqueViolationOf(db, err);
      throw v ? conflictFor(v, { name: "name" }, "service.duplicate") : err;
    });
    return { service: (await byName(tx, name))!, serviceKey: key };
  }, { bumpsVersion: false });
}

/** A new key; the old one stops working when this commits. */
export async function rotateService(db: DataSource, name: string): Promise<{ service: ServiceKey; serviceKey: string }> {
  const { key, hash, prefix } = newKey("svc", name);
  return withTransaction(db, async (tx) => {
    const found = await byName(tx, name);
    if (!found) throw notFound("No such service key.", "name");
    if (found.status !== PartnerStatus.ACTIVE) throw conflict("A revoked service key is not rotated; register the service again under a new key after deleting it.", { field: "name", rule: "service.revoked" });
    await tx.run("UPDATE service_key SET keyHash = ?, keyPrefix = ?, rotatedAt = ? WHERE name = ?", [hash, prefix, now(), name]);
    return { service: (await byName(tx, name))!, serviceKey: key };
  }, { bumpsVersion: false });
}

/**
 * The launcher's key for a subgraph that declares its scopes: registered, or the registered one rotated with
 * those scopes; null when an administrator revoked it (it stays revoked).
 */
export async function provisionService(db: DataSource, name: string, scopes: readonly string[]): Promise<string | null> {
  const found = await byName(db, name);
  if (found?.status === PartnerStatus.REVOKED) return null;
  if (!found) return (await registerService(db, name, [...scopes])).serviceKey;
  await db.query("UPDATE service_key SET scopes = ? WHERE name = ?", [JSON.stringify(scopes), name]);
  return (await rotateService(db, name)).serviceKey;
}

/** Revokes at once: the gateway checks every service request against this table. */
export async function revokeService(db: DataSource, name: string): Promise<ServiceKey> {
  return withTransaction(db, async (tx) => {
    const found = await byName(tx, name);
    if (!found) throw notFound("No such service key.", "name");
    if (found.status === PartnerStatus.REVOKED) throw conflict("The service key is already revoked.", { field: "name", rule: "service.transition" });
    await tx.run("UPDATE service_key SET status = 'REVOKED', revokedAt = ? WHERE name = ?", [now(), name]);
    return (await byName(tx, name))!;
  }, { bumpsVersion: false });
}

export async function listServices(db: DataSource, bound: SqlBound): Promise<ServiceKey[]> {
  if (deniesAll(bound)) return [];
  return db.getRepository(ServiceKey).find({ order: { name: "ASC" } });
}

/** For the gateway: the service of an active key, or null for an unknown or revoked one. */
export async function authenticateService(db: DataSource, key: string): Promise<{ name: string; scope: string } | null> {
  const [row] = await db.getRepository(ServiceKey).find({ where: { keyHash: hashKey(key), status: PartnerStatus.ACTIVE } });
  return row ? { name: row.name, scope: row.scopes.join(" ") } : null;
}
