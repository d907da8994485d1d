/**
 * Masking formats of DESIGN §4 for callers without `pii:read`. The kinds in NULL_MASKS hide the whole
 * value (null): the parts an ID number is made of (birth date, gender) must not be shown at all, or the
 * masked ID number is undone by combination. A field of such a kind must be nullable (the kit checks).
 */
export type PersonalDataKind = "idNumber" | "name" | "phone" | "bankAccount" | "diagnosis" | "address" | "birthDate" | "gender" | "hidden";

/** Kinds masked to null: their fields must be nullable, and may be of any scalar or enum type. */
export const NULL_MASKS: ReadonlySet<PersonalDataKind> = new Set<PersonalDataKind>(["birthDate", "gender", "hidden"]);

export function maskValue(kind: PersonalDataKind, value: string): string | null {
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
    case "address":
      // A place can be a home: nothing of it is shown. Cutting it at the county would need parsing
      // free Chinese text (两市塘 holds a 市), and a wrong cut shows more than it should.
      return "****";
    case "birthDate":
    case "gender":
    case "hidden":
      return null;
  }
}
