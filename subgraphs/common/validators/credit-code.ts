/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters over an alphabet
 * without I, O, S, V, Z; the last is a check character modulo 31.
 */
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeRule = "credit-code.format" | "credit-code.checksum";

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  return ALPHABET[(31 - (sum % 31)) % 31];
}

export function checkCreditCode(input: string): { ok: true; value: string } | { ok: false; rule: CreditCodeRule; message: string } {
  const code = input.trim().toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) {
    return { ok: false, rule: "credit-code.format", message: "A unified social credit code has 18 characters from 0-9 and A-Y without I, O, S, V, Z." };
  }
  if (creditCodeCheckChar(code) !== code[17]) {
    return { ok: false, rule: "credit-code.checksum", message: "The credit code's check character does not match; check for a typing error." };
  }
  return { ok: true, value: code };
}
