/**
 * An administrative area code (行政区划代码) as the hub uses it: 6 digits for a county, 9 for a township,
 * 12 for a village. One pattern for claims, inputs, imports and report keys.
 */
export const AREA_CODE = /^\d{6}(?:\d{3}){0,2}$/;

export const AREA_CODE_RULE = "area.code";
export const AREA_CODE_MESSAGE = "An area code has 6, 9 or 12 digits.";

export function isAreaCode(value: string): boolean {
  return AREA_CODE.test(value);
}
