/** Masking formats of DESIGN §4 for callers without `pii:read`. */
export type PersonalDataKind = "idNumber" | "name" | "phone" | "bankAccount" | "diagnosis";

export function maskValue(kind: PersonalDataKind, value: string): string {
  switch (kind) {
    case "idNumber":
      return value.length <= 2 ? "*".repeat(value.length) : value[0] + "*".repeat(value.length - 2) + value[value.length - 1];
    case "name": {
      const chars = [...value];
      return chars[0] + "*".repeat(Math.max(chars.length - 1, 1));
    }
    case "phone":
      return value.length >= 11 ? `${value.slice(0, 3)}****${value.slice(-4)}` : "****";
    case "bankAccount":
      return `****${value.slice(-4)}`;
    case "diagnosis":
      return "***";
  }
}
