// Every process of ours sets this: the gateway must never phone home from a test either.
process.env.APOLLO_TELEMETRY_DISABLED = "1";
import "reflect-metadata";
