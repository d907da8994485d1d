import type { ValueTransformer } from "typeorm";

/**
 * A list of strings kept as JSON text (scopes, operations, audit subjects …): portable across SQLite
 * and MySQL. Raw-SQL reads use `jsonList.from` too, so the format is decided in one place.
 */
export const jsonList: ValueTransformer & { from(value: unknown): string[] } = {
  to: (value: string[]) => JSON.stringify(value),
  from: (value: unknown) => (Array.isArray(value) ? value : JSON.parse(String(value))) as string[],
};
