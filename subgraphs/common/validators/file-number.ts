/**
 * A file number the center assigns (报案编号, 鉴定申请编号, 培训编号 …): 4 to 20 capital letters, digits
 * or dashes, after the service has trimmed and upper-cased it. One rule, so imports and mutations agree.
 */
const FILE_NUMBER = /^[A-Z0-9-]{4,20}$/;

export function isFileNumber(value: string): boolean {
  return FILE_NUMBER.test(value);
}

/** The message of a refused file number, naming what it numbers (e.g. "A report number"). */
export const fileNumberMessage = (what: string) => `${what} has 4 to 20 letters, digits or dashes.`;
