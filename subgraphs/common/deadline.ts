import { AsyncLocalStorage } from "node:async_hooks";
import { GraphQLError } from "graphql";

/**
 * A time budget per GraphQL request (DESIGN §6 "the subgraph busy ≤ 2 s", issue 7 item 6): the gateway
 * gives up after SUBGRAPH_TIMEOUT_MS, and a subgraph that went on working for a caller nobody waits for
 * starves everyone else. The budget travels with the request's async work (resolvers, DataLoader batches)
 * and is checked before every SQL statement (data-source.ts): past it, the next statement is not run and
 * the request fails with SERVICE_UNAVAILABLE, rule `request.deadline`. A statement already running is not
 * interrupted (SQLite cannot be): the budget bounds how many run, the indexes and cost limits how long each.
 *
 * Bookkeeping that must happen whatever the time (the audit entry of data already shown, an idempotency
 * answer) runs `outsideDeadline`.
 */
interface Budget {
  until: number;
  ms: number;
}

const budgets = new AsyncLocalStorage<Budget>();

export class DeadlineExceeded extends GraphQLError {
  constructor(ms: number) {
    super(`The request took longer than this service allows (${ms} ms) and was stopped; ask for less at once (smaller pages, fewer aliases).`, {
      extensions: { code: "SERVICE_UNAVAILABLE", rule: "request.deadline" },
    });
  }
}

/** Runs one request's work under a budget of `ms` milliseconds. */
export function withDeadline<T>(ms: number, work: () => Promise<T>): Promise<T> {
  return budgets.run({ until: Date.now() + ms, ms }, work);
}

/** Throws DeadlineExceeded when the current request is past its budget; a no-op outside a request. */
export function checkDeadline(): void {
  const budget = budgets.getStore();
  if (budget && Date.now() > budget.until) throw new DeadlineExceeded(budget.ms);
}

/** Runs `work` without the request's budget (it must finish even when the request ran long). */
export function outsideDeadline<T>(work: () => Promise<T>): Promise<T> {
  return budgets.exit(work);
}
