/**
 * A page's query parameter as one clean value: a parameter given twice (`?event=a&event=b`
 * arrives as an array) or holding control characters is treated as absent, so no page ever
 * passes an array or a NUL on to a query (both were 500s).
 */
import { isCleanLine } from "@/lib/validation/common";

export type SearchParams = Record<string, string | string[] | undefined>;

export function singleParam(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" && isCleanLine(value) ? value : undefined;
}
