import type { IndexedError } from "./importer";

/** The first row of each natural key; a repeat is `import.duplicate` naming the first. */
export function firstOfKey(errors: IndexedError[], field: string) {
  const first = new Map<string, number>();
  return (index: number, key: string): boolean => {
    const seen = first.get(key);
    if (seen === undefined) {
      first.set(key, index);
      return true;
    }
    errors.push({ index, refersTo: seen, field, rule: "import.duplicate", message: "The same record is in the file twice." });
    return false;
  };
}
