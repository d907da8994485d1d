process.env.APOLLO_TELEMETRY_DISABLED = "1";
import { parseArgs } from "node:util";
import { loadConfig } from "../lib/config";
import { ROLE_SCOPES } from "../lib/claims";
import { signDevToken } from "../lib/dev-token";

/** `npm run token -- --role analyst [--scope "a b"] [--area 430582001] [--ttl 3600]`: a development token. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: "string", default: "analyst" },
      scope: { type: "string" },
      area: { type: "string" },
      institution: { type: "string" },
      employer: { type: "string" },
      agency: { type: "string" },
      purpose: { type: "string" },
      sub: { type: "string" },
      ttl: { type: "string", default: "3600" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help || !ROLE_SCOPES[values.role!]) {
    console.error(`usage: npm run token -- --role ROLE [--scope "s1 s2"] [--area CODE] [--ttl SECONDS]\nroles: ${Object.keys(ROLE_SCOPES).join(", ")}`);
    process.exit(values.help ? 0 : 2);
  }
  const config = loadConfig(process.env, { createSecrets: true });
  if (!config.authJwtSecret) throw new Error("AUTH_JWT_SECRET is not set: with AUTH_JWKS_URL, tokens come from your identity provider.");
  const bounds = values.area || values.institution || values.employer ? { area: values.area, institution: values.institution, employer: values.employer } : undefined;
  const ttl = Math.min(Number(values.ttl), 3600);
  console.log(await signDevToken(config.authJwtSecret, { role: values.role!, scope: values.scope, bounds, ttl, agency: values.agency, purpose: values.purpose, sub: values.sub }));
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
