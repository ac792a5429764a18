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

export const emailSchema = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address.").max(254));

export const nameSchema = z.string().trim().min(1, "This cannot be empty.").max(200, "Use at most 200 characters.");

/** A URL a browser may open: http(s) only (no javascript:, data:...). */
export const webUrlSchema = z
  .url({ protocol: /^https?$/, error: "Enter a full http:// or https:// address." })
  .max(2000);
