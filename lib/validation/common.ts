/** Field schemas shared by every resource's schemas (forms, server actions and the API). */
import { z } from "zod";
import { isKnownLanguage } from "@/lib/languages";
import { normalizeTimeZone } from "@/lib/time";

/** An IANA zone name ("Europe/Paris"), never an abbreviation ("CEST") or offset ("+02:00"). */
export const timeZoneSchema = z.string({ error: "Choose a time zone." }).transform((value, ctx) => {
  const zone = normalizeTimeZone(value);
  if (!zone) {
    ctx.addIssue({
      code: "custom",
      message: `"${value}" is not an IANA time zone. Use a name such as Europe/Paris or America/Toronto, not an abbreviation (CEST) or an offset (+02:00).`,
    });
    return z.NEVER;
  }
  return zone;
});

export const slugSchema = z
  .string()
  .trim()
  .min(2, "Use at least 2 characters.")
  .max(80, "Use at most 80 characters.")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens (e.g. paris-2027).");

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });
const NOT_COUNTRIES = new Set(["ZZ", "QO", "EU", "EZ", "UN"]);

/** ISO 3166-1 alpha-2, upper-cased ("fr" -> "FR"). */
export const countryCodeSchema = z
  .string({ error: "Choose a country." })
  .trim()
  .toUpperCase()
  .refine(
    (code) => /^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.has(code) && regionNames.of(code) !== code,
    "Use a two-letter ISO 3166 country code such as FR or CA.",
  );

export function countryName(code: string, locale = "en"): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A BCP 47 code from lib/languages.ts ("fa", "en"...). */
export const languageCodeSchema = z
  .string()
  .trim()
  .refine(isKnownLanguage, {
    error: (issue) => `"${String(issue.input)}" is not a language code this product knows (e.g. fa, en, fr, ar).`,
  });

export const emailSchema = z.string({ error: "Enter an email address." }).trim().toLowerCase().pipe(z.email("Enter a valid email address.").max(254));

/*
 * Text that reaches schedule.xml, the calendar feeds and other people's screens. Refused:
 * C0 control characters and DEL (an XML 1.0 document cannot hold them; ICS readers break on
 * them), the non-characters U+FFFE and U+FFFF, and lone surrogates (not encodable as UTF-8, so
 * not storable); in single-line text (names, titles) also tab and line breaks, and the bidi
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069) that can make a name read as
 * something else. Multi-line text keeps tab and line breaks.
 */
const BREAKS_OUTPUT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const NOT_IN_A_LINE = /[\t\n\r\u202a-\u202e\u2066-\u2069]/;

const ALL_OUTPUT_BREAKERS = new RegExp(BREAKS_OUTPUT.source, "g");

/** `value` without what BREAKS_OUTPUT refuses: the feed writers' last line of defence for text stored before the check. */
export function withoutOutputBreakers(value: string): string {
  return value.replace(ALL_OUTPUT_BREAKERS, "");
}

export function isCleanText(value: string): boolean {
  return !BREAKS_OUTPUT.test(value);
}

export function isCleanLine(value: string): boolean {
  return isCleanText(value) && !NOT_IN_A_LINE.test(value);
}

/** One line of text (a name, a title, an address): no control characters, no bidi overrides. */
export const lineSchema = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .refine(isCleanLine, "Remove the control characters, line breaks or direction marks from this text.");

/** Text of several lines (a summary, a description, notes): no control characters but tab and line breaks. */
export const paragraphSchema = (max: number) =>
  z.string().trim().max(max, `Use at most ${max} characters.`).refine(isCleanText, "Remove the control characters from this text.");

export const nameSchema = lineSchema(200).min(1, "This cannot be empty.");

/** A URL a browser may open: http(s) only (no javascript:, data:...). */
export const webUrlSchema = z.url({ protocol: /^https?$/, error: "Enter a full http:// or https:// address." }).max(2000);
