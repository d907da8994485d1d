import { callGateway, GatewayCaller } from "../common/gateway-client";

/**
 * Hub ids of accident reports by report number, from work-injury through the gateway (medical stores the
 * report's id on a stay): 5,000 numbers a request; a number unknown or out of the caller's bounds is absent.
 */
export async function reportIdsByNumbers(caller: GatewayCaller, reportNumbers: readonly string[]): Promise<Map<string, number>> {
  const numbers = [...new Set(reportNumbers)];
  const out = new Map<string, number>();
  for (let i = 0; i < numbers.length; i += 5_000) {
    const part = numbers.slice(i, i + 5_000);
    const data = await callGateway<{ accidentReportsByNumbers: ({ id: string } | null)[] }>(caller, "AccidentReportsByNumbers", { reportNumbers: part });
    data.accidentReportsByNumbers.forEach((r, j) => r && out.set(part[j], Number(r.id)));
  }
  return out;
}
