import { z } from "zod";

/** The work-injury config fragment: validated with the hub's config at start, read as `ctx.config.X`. */
export const workInjuryConfig = z.object({
  /** Days within which a minor accident is investigated (轻伤调查时限, seed service standard). */
  INJURY_MINOR_INVESTIGATION_DAYS: z.coerce.number().int().min(0).max(60).default(7),
  /** Days within which a serious or fatal accident is visited (重伤/死亡现场勘查时限; 0 = the day reported). */
  INJURY_SERIOUS_INVESTIGATION_DAYS: z.coerce.number().int().min(0).max(30).default(0),
  /** Days the employer has to apply for recognition (单位申请时限, 条例第17条). */
  INJURY_EMPLOYER_APPLICATION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** Days the bureau has to decide after accepting (认定时限, 条例第20条). */
  INJURY_RECOGNITION_DAYS: z.coerce.number().int().min(1).max(365).default(60),
  /** Days for a decision when the facts are clear (事实清楚的认定时限). */
  INJURY_RECOGNITION_CLEAR_DAYS: z.coerce.number().int().min(1).max(365).default(15),
});

export type WorkInjuryConfig = z.infer<typeof workInjuryConfig>;
