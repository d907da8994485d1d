import { hashKey, newKey } from "../keys";
import type { DataSource } from "typeorm";
import { PARTNER_ROLES, ROLE_SCOPES, SCOPES } from "../../../lib/claims";
import { loadManifest, Manifest } from "../../../lib/persisted";
import { badInput, conflict, notFound } from "../../common/errors";
import { AREA_CODE_MESSAGE, AREA_CODE_RULE, isAreaCode } from "../../common/validators/area-code";
import { withTransaction } from "../../common/tx";
import { deniesAll, SqlBound } from "../../common/bounds";
import { conflictFor, uniqueViolationOf } from "../../common/db-errors";
import { jsonList } from "../../common/columns";
import { PartnerClient, PartnerStatus } from "./partner.entity";
import type { RegisterPartnerInput } from "./partner.input";


const NEVER_FOR_PARTNERS = new Set(["admin", "auditlog:read", "audit:read", "introspection", "partner:authenticate"]);

let manifest: Manifest | undefined;
const operations = () => (manifest ??= loadManifest());


const now = () => new Date().toISOString();

async function byClientId(db: DataSource, clientId: string): Promise<PartnerClient | null> {
  const [row] = await db.getRepository(PartnerClient).find({ where: { clientId } });
  return row ?? null;
}

function checkOperations(names: string[], field: string): void {
  const known = operations().byName;
  names.forEach((n, i) => {
    if (!known.has(n)) throw badInput(`${field}[${i}]`, "operation.unknown", `No registered operation named ${n} in the manifest.`);
  });
}

export async function registerPartner(db: DataSource, input: RegisterPartnerInput): Promise<{ client: PartnerClient; apiKey: string }> {
  if (!/^[a-z0-9][a-z0-9-]{2,59}$/.test(input.clientId)) throw badInput("input.clientId", "client-id.format", "3–60 lower-case letters, digits and dashes.");
  if (!PARTNER_ROLES.has(input.role)) throw badInput("input.role", "partner.role", `One of ${[...PARTNER_ROLES].join(", ")}.`);
  for (const [f, v] of [["name", input.name], ["agency", input.agency], ["purpose", input.purpose]] as const) {
    if (!v.trim() || v.length > 200) throw badInput(`input.${f}`, "text.required", "A value of 1 to 200 characters is required.");
  }
  const scopes = input.scopes ?? [...(ROLE_SCOPES[input.role] ?? [])];
  scopes.forEach((s, i) => {
    if (!(SCOPES as readonly string[]).includes(s)) throw badInput(`input.scopes[${i}]`, "scope.unknown", `Unknown scope ${s}.`);
    if (NEVER_FOR_PARTNERS.has(s) || s.endsWith(":write")) throw badInput(`input.scopes[${i}]`, "scope.partner", "Partners read; they get no write, admin, audit, introspection or internal scope.");
  });
  checkOperations(input.operations, "input.operations");
  if (input.boundArea && !isAreaCode(input.boundArea)) throw badInput("input.boundArea", AREA_CODE_RULE, AREA_CODE_MESSAGE);
  for (const f of ["boundInstitution", "boundEmployer"] as const) {
    const v = input[f];
    if (v != null && !/^[1-9]\d{0,17}$/.test(v)) throw badInput(`input.${f}`, "id.format", "A hub id (digits, no leading zero).");
  }
  // A hospital reads its own patients unmasked (pii:read), so it exists only bounded to its institution.
  if (input.role === "hospital" && !input.boundInstitution) throw badInput("input.boundInstitution", "partner.hospital-bound", "A hospital is registered with its institution (boundInstitution).");
  const { key, hash, prefix } = newKey("sk", input.clientId);
  return withTransaction(db, async (tx) => {
    // Insert and map the unique violation (no select-then-insert race).
    await tx.run(
      `INSERT INTO partner_client (clientId, name, role, agency, purpose, scopes, operations, boundArea, boundInstitution, boundEmployer, keyHash, keyPrefix, status, createdAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?)`,
      [input.clientId, input.name.trim(), input.role, input.agency.trim(), input.purpose.trim(), JSON.stringify(scopes), JSON.stringify(input.operations),
        input.boundArea ?? null, input.boundInstitution ?? null, input.boundEmployer ?? null, hash, prefix, now()],
    ).catch((err) => {
      const v = uniqueViolationOf(db, err);
      throw v ? conflictFor(v, { clientId: "input.clientId" }, "partner.duplicate") : err;
    });
    return { client: (await byClientIdTx(tx, input.clientId))!, apiKey: key };
  });
}

async function byClientIdTx(tx: { query<T>(sql: string, p?: unknown[]): Promise<T[]> }, clientId: string): Promise<PartnerClient | null> {
  const [row] = await tx.query<Record<string, unknown>>("SELECT * FROM partner_client WHERE clientId = ?", [clientId]);
  return row ? ({ ...row, scopes: jsonList.from(row.scopes), operations: jsonList.from(row.operations) } as PartnerClient) : null;
}

/** A new key; the old one stops working when this commits. */
export async function rotateKey(db: DataSource, clientId: string): Promise<{ client: PartnerClient; apiKey: string }> {
  const { key, hash, prefix } = newKey("sk", clientId);
  return withTransaction(db, async (tx) => {
    const client = await byClientIdTx(tx, clientId);
    if (!client) throw notFound("No such partner client.", "clientId");
    if (client.status !== PartnerStatus.ACTIVE) throw conflict("A revoked client gets no new key; register a new one.", { field: "clientId", rule: "partner.revoked" });
    await tx.run("UPDATE partner_client SET keyHash = ?, keyPrefix = ?, rotatedAt = ? WHERE clientId = ?", [hash, prefix, now(), clientId]);
    return { client: (await byClientIdTx(tx, clientId))!, apiKey: key };
  });
}

/** Revokes at once: the gateway checks every partner request against this table. */
export async function revoke(db: DataSource, clientId: string): Promise<PartnerClient> {
  return withTransaction(db, async (tx) => {
    const client = await byClientIdTx(tx, clientId);
    if (!client) throw notFound("No such partner client.", "clientId");
    if (client.status === PartnerStatus.REVOKED) throw conflict("The client is already revoked.", { field: "clientId", rule: "partner.transition" });
    await tx.run("UPDATE partner_client SET status = 'REVOKED', revokedAt = ? WHERE clientId = ?", [now(), clientId]);
    return (await byClientIdTx(tx, clientId))!;
  });
}

export async function setOperations(db: DataSource, clientId: string, names: string[]): Promise<PartnerClient> {
  checkOperations(names, "operations");
  return withTransaction(db, async (tx) => {
    const client = await byClientIdTx(tx, clientId);
    if (!client) throw notFound("No such partner client.", "clientId");
    await tx.run("UPDATE partner_client SET operations = ? WHERE clientId = ?", [JSON.stringify(names), clientId]);
    return (await byClientIdTx(tx, clientId))!;
  });
}

/** The reads of Query.partnerClients/partnerClient, under the bound declared for PartnerClient (access/index.ts). */
export async function listPartners(db: DataSource, bound: SqlBound): Promise<PartnerClient[]> {
  if (deniesAll(bound)) return [];
  return db.getRepository(PartnerClient).find({ order: { clientId: "ASC" } });
}

export async function visibleByClientId(db: DataSource, bound: SqlBound, clientId: string): Promise<PartnerClient | null> {
  return deniesAll(bound) ? null : byClientId(db, clientId);
}

/**
 * The claims of an active client, for the gateway: by API key, or by client id for a partner whose
 * own identity provider issued its JWT (the registry still decides what it may run). Null for an
 * unknown or revoked client.
 */
export async function authenticate(db: DataSource, by: { key: string } | { clientId: string }) {
  const where = "key" in by ? { keyHash: hashKey(by.key), status: PartnerStatus.ACTIVE } : { clientId: by.clientId, status: PartnerStatus.ACTIVE };
  const [row] = await db.getRepository(PartnerClient).find({ where });
  if (!row) return null;
  const bounds = { area: row.boundArea ?? undefined, institution: row.boundInstitution ?? undefined, employer: row.boundEmployer ?? undefined };
  return {
    sub: row.clientId,
    role: row.role,
    agency: row.agency,
    purpose: row.purpose,
    scope: row.scopes.join(" "),
    bounds: bounds.area || bounds.institution || bounds.employer ? bounds : undefined,
    operations: row.operations,
  };
}
