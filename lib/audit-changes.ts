/**
 * What an audit entry changed, field by field, from its before and after snapshots (the audit
 * page's "what changed"). Pure, tested beside it.
 */

/** Flattens { venue: { name } } to { "venue.name": ... } for a readable before/after diff. */
function flatten(value: unknown, prefix = ""): Record<string, string> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return prefix ? { [prefix]: Array.isArray(value) ? value.join(", ") : value === null || value === undefined ? "" : String(value) } : {};
  }
  return Object.entries(value as Record<string, unknown>).reduce<Record<string, string>>(
    (all, [key, inner]) => ({ ...all, ...flatten(inner, prefix ? `${prefix}.${key}` : key) }),
    {},
  );
}

/** The fields that differ between an entry's before and after (all of after for a creation). */
export function auditChanges(before: unknown, after: unknown): { field: string; before: string; after: string }[] {
  const a = flatten(before);
  const b = flatten(after);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((field) => field !== "version" && (a[field] ?? "") !== (b[field] ?? ""))
    .map((field) => ({ field, before: a[field] ?? "", after: b[field] ?? "" }));
}

/** What an entry is about, as its snapshot names it: a city's name, an item's title, an account's email. */
export function auditSubject(snapshot: unknown): string | null {
  if (snapshot === null || typeof snapshot !== "object") return null;
  const fields = snapshot as Record<string, unknown>;
  for (const key of ["name", "title", "item", "email"]) if (typeof fields[key] === "string" && fields[key]) return fields[key] as string;
  return null;
}
