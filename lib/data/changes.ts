/**
 * What a partial update really changes: the fields of `wanted` that were sent (not undefined)
 * and differ from the stored row (instants compared as instants). An empty answer means the
 * request changes nothing, so the command writes nothing: no version bump, no audit entry.
 */
export function changedFields<T extends Record<string, unknown>>(current: Record<string, unknown>, wanted: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(wanted) as (keyof T & string)[]) {
    const value = wanted[key];
    if (value === undefined || same(current[key], value)) continue;
    changes[key] = value;
  }
  return changes;
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, index) => same(value, b[index]));
  return a === b;
}

export const isEmpty = (changes: object) => Object.keys(changes).length === 0;
