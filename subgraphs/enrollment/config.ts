import { z } from "zod";

/**
 * Enrollment's own settings (its config fragment): validated at start with the hub's config, read
 * as `ctx.config.X`, documented in .env.example.
 */
export const enrollmentConfig = z.object({
  /** Months without contributions after which an employer with active enrollments is a zombie (僵尸企业). */
  ZOMBIE_MONTHS: z.coerce.number().int().min(1).max(60).default(6),
  /** Lookups by ID number per caller (`sub`) and minute, counted across replicas in access (DESIGN §4); 0 = unlimited (the bench). */
  ID_LOOKUP_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(600),
});

export type EnrollmentConfig = z.infer<typeof enrollmentConfig>;
