import http from "node:http";
import crypto from "node:crypto";
import type { AddressInfo } from "node:net";
import { ApolloServer, BaseContext, HeaderMap, HTTPGraphQLRequest } from "@apollo/server";

/** A route answered before GraphQL: health, metrics, the GraphiQL page. */
export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void> | void;

export interface Listening {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly code = "BAD_REQUEST") {
    super(message);
  }
}

/** Reads a request body, refusing more than `limit` bytes (413) before buffering it all. */
export function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > limit) return reject(new HttpError(413, `Request body over ${limit} bytes`));
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new HttpError(413, `Request body over ${limit} bytes`));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function sendGraphQLError(res: http.ServerResponse, status: number, message: string, code: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] }, status === 401 ? { "www-authenticate": "Bearer" } : {});
}

/** Whether a metrics scrape may read: always without a METRICS_TOKEN, else only with it as bearer. */
export function metricsAllowed(req: http.IncomingMessage, token: string | undefined): boolean {
  if (!token) return true;
  const given = Buffer.from(req.headers.authorization ?? "");
  const wanted = Buffer.from(`Bearer ${token}`);
  return given.length === wanted.length && crypto.timingSafeEqual(given, wanted);
}

/** Parses a JSON request body; a malformed one is the caller's error (400). */
export function parseJsonBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, "The request body is not valid JSON.");
  }
}

/** Runs one GraphQL request through Apollo Server (what @apollo/server/standalone does, with our routes and checks). */
export async function executeApollo<C extends BaseContext>(
  server: ApolloServer<C>,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  body: unknown,
  context: () => Promise<C>,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
  const url = new URL(req.url ?? "/", "http://localhost");
  const httpGraphQLRequest: HTTPGraphQLRequest = { method: req.method ?? "GET", headers, search: url.search, body };
  const result = await server.executeHTTPGraphQLRequest({ httpGraphQLRequest, context });
  for (const [k, v] of result.headers) res.setHeader(k, v);
  res.statusCode = result.status ?? 200;
  if (result.body.kind === "complete") {
    res.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
  res.end();
}

/** Listens on host:port (0 = any free port) and returns a stop that drains connections. */
export function listen(handler: http.RequestListener, port: number, host: string): Promise<Listening> {
  const server = http.createServer({ keepAliveTimeout: 65_000 }, handler);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const addr = server.address() as AddressInfo;
      const shownHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
      resolve({
        url: `http://${shownHost}:${addr.port}`,
        port: addr.port,
        stop: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeIdleConnections();
            setTimeout(() => server.closeAllConnections(), 2000).unref();
          }),
      });
    });
  });
}
