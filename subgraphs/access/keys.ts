import crypto from "node:crypto";

/**
 * The access subgraph's keys (partner API keys `sk_…`, service keys `svc_…`): high-entropy random, so a
 * plain SHA-256 is a sound way to store them (no password hashing needed). The prefix (tag, name and four
 * random characters) is kept to tell keys apart in listings; the whole key is shown once.
 */
export function newKey(tag: "sk" | "svc", name: string): { key: string; hash: string; prefix: string } {
  const head = `${tag}_${name}_`;
  const key = `${head}${crypto.randomBytes(32).toString("base64url")}`;
  return { key, hash: hashKey(key), prefix: key.slice(0, head.length + 4) };
}

export function hashKey(key: string): string {
  return crypto.createHash("sha256").update(key).digest("hex");
}
