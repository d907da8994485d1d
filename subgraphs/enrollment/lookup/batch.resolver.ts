import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../common/context";
import { requireScope } from "../../common/auth";
import { badInput } from "../../common/errors";
import { checkCreditCode } from "../../common/validators/credit-code";
import { checkResidentId } from "../../common/validators/resident-id";
import { Employer } from "../employer/employer.entity";
import type { EnrollmentLoaders } from "../loaders";
import { Person } from "../person/person.entity";

type C = Context<EnrollmentLoaders>;

/** Keys one batch request may carry (DESIGN §2); the gateway's service limit profile is sized for it. */
export const MAX_BATCH_KEYS = 5_000;

function checkSize(keys: readonly string[], field: string): void {
  if (keys.length > MAX_BATCH_KEYS) throw badInput(field, "batch.size", `At most ${MAX_BATCH_KEYS} keys a request; this one has ${keys.length}. Split it.`);
}

/** Each key validated and normalised (upper-case X), all problems at once would be a long list: the first one names its index. */
function normalise(keys: readonly string[], field: string, check: (k: string) => { ok: true; value: string } | { ok: false; rule: string; message: string }): string[] {
  return keys.map((k, i) => {
    const r = check(k);
    if (!r.ok) throw badInput(`${field}[${i}]`, r.rule, r.message);
    return r.value;
  });
}

/**
 * Batch lookups by natural key (DESIGN §2, cross-subgraph references): how another subgraph turns the ID
 * numbers and credit codes of an import file or a mutation into hub ids, through the gateway, on behalf of
 * its caller. Answers in input order; null for a key unknown or outside the caller's bounds, the same for
 * both. One SQL statement per chunk of keys (the repositories), whatever the batch holds.
 */
@Resolver()
export class BatchLookupResolver {
  @Authorized("enrollment:read")
  @Query(() => [Person], {
    nullable: "items",
    description:
      "People by resident ID number, at most 5,000 a request (按公民身份号码批量查询参保人员): in input order, null when unknown or out of bounds. A lookup by ID number: needs pii:read, and is audited.",
  })
  async peopleByIdNumbers(
    @Arg("idNumbers", () => [String], { description: "Resident ID numbers (公民身份号码), 18 characters each" }) idNumbers: string[],
    @Ctx() ctx: C,
  ): Promise<(Person | null)[]> {
    // DESIGN §4: a lookup *by* ID number confirms or denies a guessed one, so it is itself a use of personal data.
    requireScope(ctx, "pii:read");
    checkSize(idNumbers, "idNumbers");
    const keys = normalise(idNumbers, "idNumbers", (k) => {
      const r = checkResidentId(k);
      return r.ok ? { ok: true, value: r.value.idNumber } : r;
    });
    const found = new Map((await ctx.loaders.repo.person.byIdNumbers([...new Set(keys)])).map((p) => [p.idNumber, p]));
    for (const p of found.values()) ctx.audit.record("Person", p.id, "idNumber");
    return keys.map((k) => found.get(k) ?? null);
  }

  @Authorized("enrollment:read")
  @Query(() => [Employer], {
    nullable: "items",
    description: "Employers by unified social credit code, at most 5,000 a request (按统一社会信用代码批量查询用人单位): in input order, null when unknown or out of bounds.",
  })
  async employersByCreditCodes(
    @Arg("creditCodes", () => [String], { description: "Unified social credit codes (统一社会信用代码), 18 characters each" }) creditCodes: string[],
    @Ctx() ctx: C,
  ): Promise<(Employer | null)[]> {
    checkSize(creditCodes, "creditCodes");
    const keys = normalise(creditCodes, "creditCodes", checkCreditCode);
    const found = new Map((await ctx.loaders.repo.employer.byCreditCodes([...new Set(keys)])).map((e) => [e.creditCode, e]));
    return keys.map((k) => found.get(k) ?? null);
  }
}
