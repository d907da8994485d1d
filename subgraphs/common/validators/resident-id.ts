import { isIsoDate, todayInChina } from "../dates";

/**
 * Resident ID number (公民身份号码, GB 11643-1999): 6-digit area, 8-digit birth date, 3-digit
 * sequence (odd = male), ISO 7064 MOD 11-2 check character. It is also the social-security number.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = "10X98765432";

export type ResidentIdRule = "resident-id.format" | "resident-id.birth-date" | "resident-id.checksum";

export interface ResidentIdInfo {
  idNumber: string;
  birthDate: string;
  gender: "MALE" | "FEMALE";
  areaCode: string;
}

export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** Validates and normalizes (upper-case X). Returns the rule broken, or the parsed number. */
export function checkResidentId(input: string, today: string = todayInChina()): { ok: true; value: ResidentIdInfo } | { ok: false; rule: ResidentIdRule; message: string } {
  const id = input.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) {
    return { ok: false, rule: "resident-id.format", message: "A resident ID number has 18 characters: 17 digits and a digit or X." };
  }
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isIsoDate(birth) || birth > today || birth < "1900-01-01") {
    return { ok: false, rule: "resident-id.birth-date", message: `The birth date in the resident ID number (${birth}) is not a real past date.` };
  }
  if (residentIdCheckChar(id) !== id[17]) {
    return { ok: false, rule: "resident-id.checksum", message: "The resident ID number's check character does not match; check for a typing error." };
  }
  return { ok: true, value: { idNumber: id, birthDate: birth, gender: Number(id[16]) % 2 === 1 ? "MALE" : "FEMALE", areaCode: id.slice(0, 6) } };
}
