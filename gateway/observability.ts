import { Registry, Counter, Histogram, collectDefaultMetrics } from "prom-client";

/** Prometheus metrics of the gateway process (GET /metrics). */
export function gatewayMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    requests: new Counter({ name: "sihub_gateway_requests_total", help: "HTTP requests by route and status", labelNames: ["route", "status"], registers: [registry] }),
    duration: new Histogram({
      name: "sihub_gateway_request_seconds",
      help: "GraphQL request duration",
      labelNames: ["operation"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    subgraphErrors: new Counter({ name: "sihub_gateway_subgraph_errors_total", help: "Failed subgraph fetches", labelNames: ["subgraph"], registers: [registry] }),
  };
}
export type GatewayMetrics = ReturnType<typeof gatewayMetrics>;
