import { residentIdCheckChar } from "../subgraphs/common/validators/resident-id";

/**
 * People to register in the bench, none of whom the demo or an earlier run holds: ID numbers of
 * another birth area (110105, not the demo's 430582) on a run of birth dates picked at random in
 * 1950–2004, a thousand sequence numbers a day (odd and even: both genders).
 */
export function newPeople(n: number, areaCode: string): { idNumber: string; name: string; areaCode: string }[] {
  const days = Math.ceil(n / 1000);
  const span = 55 * 365 - days;
  const start = Date.UTC(1950, 0, 1) + Math.floor(Math.random() * span) * 86_400_000;
  return Array.from({ length: n }, (_, i) => {
    const birth = new Date(start + Math.floor(i / 1000) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, "");
    const first17 = `110105${birth}${String(i % 1000).padStart(3, "0")}`;
    return { idNumber: first17 + residentIdCheckChar(first17), name: `压测${i % 10_000}`, areaCode };
  });
}
