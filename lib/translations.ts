/**
 * Content in several languages: an event's title and summary, a program item's title and
 * description, a host city's name and venue accessibility notes, each translatable into the
 * event's broadcast languages. The text as first written stays the fallback.
 *
 * Stored per record as `{ [language]: { [field]: { text, from } } }`: `from` is the original the
 * translation was made from, so a translation whose original has changed since is known to need
 * review without a second write. Pure, tested beside it (lib/translations.test.ts).
 */
import { z } from "zod";
import { languageInfo } from "@/lib/languages";
import { lineSchema, nameSchema, paragraphSchema } from "@/lib/validation/common";

/** The translatable fields of each record, as the API names them (a city's venue notes nested). */
export const TRANSLATABLE = {
  event: { title: lineSchema(200).min(1, "This cannot be empty."), summary: paragraphSchema(5000) },
  item: { title: lineSchema(200).min(1, "This cannot be empty."), description: paragraphSchema(5000) },
  city: { name: nameSchema, "venue.accessibility": paragraphSchema(2000) },
} as const;

export type TranslatableKind = keyof typeof TRANSLATABLE;
type Stored = Record<string, Record<string, { text: string; from: string }>>;
/** A language's translated texts, flat: `{ title: "…", "venue.accessibility": "…" }`. */
export type Texts = Record<string, string>;
/** What the API answers: `{ fa: { title: "…" } }` (a city's `{ fa: { name, venue: { accessibility } } }`). */
export type TranslationsJson = Record<string, Record<string, unknown>>;

/**
 * The `translations` member of a PATCH body: per language, the fields it changes (`null` deletes
 * one). Unknown fields are refused, named by their path; which languages are allowed is the
 * event's to say (`unknownLanguages`).
 */
export function translationsInputSchema(kind: TranslatableKind) {
  const fields = TRANSLATABLE[kind];
  const flat = Object.fromEntries(
    Object.entries(fields)
      .filter(([name]) => !name.includes("."))
      .map(([name, schema]) => [name, schema.nullable().optional()]),
  );
  const nested =
    kind === "city" ? { venue: z.object({ accessibility: TRANSLATABLE.city["venue.accessibility"].nullable().optional() }).strict().optional() } : {};
  return z.record(z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, "Use a language code such as fa or en."), z.object({ ...flat, ...nested }).strict());
}

export type TranslationsInput = Record<string, Record<string, unknown>>;

/** `{ venue: { accessibility } }` -> `{ "venue.accessibility" }`: the stored, flat field names. */
function flatten(fields: Record<string, unknown>): Record<string, string | null | undefined> {
  const out: Record<string, string | null | undefined> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (value !== null && typeof value === "object") for (const [inner, text] of Object.entries(value)) out[`${name}.${inner}`] = text as string | null;
    else out[name] = value as string | null | undefined;
  }
  return out;
}

/** The languages of `input` the event does not broadcast. */
export function unknownLanguages(input: TranslationsInput, broadcast: string[]): string[] {
  return Object.keys(input).filter((code) => !broadcast.includes(code));
}

function storedOf(value: unknown): Stored {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Stored) : {};
}

/**
 * The stored translations after `input` is merged in: a field sent replaces that field only,
 * `null` (or an empty text) deletes it; each translation remembers the original it was made
 * from (`originals`, as they are after this write).
 */
export function mergeTranslations(current: unknown, input: TranslationsInput, originals: Texts): Stored {
  const merged: Stored = structuredClone(storedOf(current));
  for (const [language, fields] of Object.entries(input)) {
    const texts = { ...(merged[language] ?? {}) };
    for (const [field, value] of Object.entries(flatten(fields))) {
      if (value === undefined) continue;
      if (value === null || value.trim() === "") delete texts[field];
      else texts[field] = { text: value, from: originals[field] ?? "" };
    }
    if (Object.keys(texts).length) merged[language] = texts;
    else delete merged[language];
  }
  return merged;
}

/** The texts of one language, flat (`{}` when there are none). */
export function textsIn(stored: unknown, language: string | null | undefined): Texts {
  if (!language) return {};
  return Object.fromEntries(Object.entries(storedOf(stored)[language] ?? {}).map(([field, t]) => [field, t.text]));
}

/** Every translation as the API shows it: `{ fa: { title } }`, a city's venue notes nested. */
export function translationsJson(stored: unknown): TranslationsJson {
  const out: TranslationsJson = {};
  for (const [language, fields] of Object.entries(storedOf(stored))) {
    const json: Record<string, unknown> = {};
    for (const [field, { text }] of Object.entries(fields)) {
      const [outer, inner] = field.split(".");
      if (inner) json[outer!] = { ...((json[outer!] as object | undefined) ?? {}), [inner]: text };
      else json[field] = text;
    }
    out[language] = json;
  }
  return out;
}

/** The translations made from an original that has changed since: `["fa.title"]`, to review. */
export function staleTranslations(stored: unknown, originals: Texts): string[] {
  const stale: string[] = [];
  for (const [language, fields] of Object.entries(storedOf(stored))) {
    for (const [field, { from }] of Object.entries(fields)) if (from !== (originals[field] ?? "")) stale.push(`${language}.${field}`);
  }
  return stale.sort();
}

/** Whether two stored maps say the same (a PATCH that changes nothing writes nothing). */
export function sameTranslations(a: unknown, b: unknown): boolean {
  return deepEqual(storedOf(a), storedOf(b));
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (!deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  return true;
}

type Translated = { translations: TranslationsJson };

/**
 * A record (event, item or city, as the API shapes it) with its texts in `language` where a
 * translation exists, the original elsewhere. `translations` stays, so a reader can tell which
 * texts are translated and which are the original (the event's `contentLanguage`).
 */
export function localized<T extends Translated>(record: T, language: string | null | undefined): T {
  const texts = language ? record.translations[language] : undefined;
  if (!texts) return record;
  const out: Record<string, unknown> = { ...record };
  for (const [field, value] of Object.entries(texts)) {
    if (typeof value === "string") out[field] = value;
    else if (value && typeof value === "object") out[field] = { ...(out[field] as object), ...value };
  }
  return out as T;
}

/** Whether `field` of a record is shown translated in `language` (else it is the original, in the content language). */
export function isTranslated(record: Translated, language: string, field: string): boolean {
  const [outer, inner] = field.split(".");
  const value = record.translations[language]?.[outer!];
  return inner ? typeof (value as Record<string, unknown> | undefined)?.[inner] === "string" : typeof value === "string";
}

/**
 * The `lang` and `dir` of a text on a page in `locale`: a text shown untranslated is in the
 * event's content language and says so, so screen readers pronounce it right and bidi never
 * scrambles it; a translated one reads in the page's own language.
 */
export function textLang(record: Translated, field: string, locale: string, contentLanguage: string): { lang?: string; dir: "auto" | "ltr" | "rtl" } {
  if (contentLanguage === locale || isTranslated(record, locale, field)) return { dir: "auto" };
  return { lang: contentLanguage, dir: languageInfo(contentLanguage)?.direction ?? "auto" };
}
