/**
 * Built-in table of BCP 47 language codes the product knows: English name, own name and
 * text direction. Broadcast languages, speakers' languages and stage languages use it.
 */
export type TextDirection = "ltr" | "rtl";
export type LanguageInfo = { code: string; name: string; nativeName: string; direction: TextDirection };

const table: LanguageInfo[] = [
  { code: "fa", name: "Persian", nativeName: "فارسی", direction: "rtl" },
  { code: "en", name: "English", nativeName: "English", direction: "ltr" },
  { code: "fr", name: "French", nativeName: "Français", direction: "ltr" },
  { code: "ar", name: "Arabic", nativeName: "العربية", direction: "rtl" },
  { code: "de", name: "German", nativeName: "Deutsch", direction: "ltr" },
  { code: "it", name: "Italian", nativeName: "Italiano", direction: "ltr" },
  { code: "es", name: "Spanish", nativeName: "Español", direction: "ltr" },
  { code: "nl", name: "Dutch", nativeName: "Nederlands", direction: "ltr" },
  { code: "sv", name: "Swedish", nativeName: "Svenska", direction: "ltr" },
  { code: "nb", name: "Norwegian Bokmål", nativeName: "Norsk bokmål", direction: "ltr" },
  { code: "da", name: "Danish", nativeName: "Dansk", direction: "ltr" },
  { code: "fi", name: "Finnish", nativeName: "Suomi", direction: "ltr" },
  { code: "ro", name: "Romanian", nativeName: "Română", direction: "ltr" },
  { code: "lt", name: "Lithuanian", nativeName: "Lietuvių", direction: "ltr" },
  { code: "hy", name: "Armenian", nativeName: "Հայերեն", direction: "ltr" },
  { code: "ku", name: "Kurdish", nativeName: "Kurdî", direction: "ltr" },
  { code: "ckb", name: "Central Kurdish", nativeName: "کوردی", direction: "rtl" },
  { code: "tr", name: "Turkish", nativeName: "Türkçe", direction: "ltr" },
  { code: "az", name: "Azerbaijani", nativeName: "Azərbaycan", direction: "ltr" },
  { code: "ur", name: "Urdu", nativeName: "اردو", direction: "rtl" },
  { code: "he", name: "Hebrew", nativeName: "עברית", direction: "rtl" },
  { code: "ru", name: "Russian", nativeName: "Русский", direction: "ltr" },
  { code: "de-CH", name: "Swiss German", nativeName: "Schweizerdeutsch", direction: "ltr" },
];

const byCode = new Map(table.map((info) => [info.code.toLowerCase(), info]));

export const LANGUAGE_CODES = table.map((info) => info.code);

export function languageInfo(code: string): LanguageInfo | undefined {
  return byCode.get(code.toLowerCase());
}

export function isKnownLanguage(code: string): boolean {
  return byCode.has(code.toLowerCase());
}

export function directionOf(code: string): TextDirection {
  return languageInfo(code)?.direction ?? "ltr";
}

const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * A language's name in the reader's language: "Persian" for an English page, «فارسی» for a
 * Persian one, "persan" for a French one (from the runtime's CLDR data; English names, and any
 * the runtime lacks, from the table above). Unknown codes are shown as they are.
 */
export function languageName(code: string, locale = "en"): string {
  const known = languageInfo(code)?.name;
  if (locale === "en") return known ?? code;
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "language", fallback: "none" });
    displayNames.set(locale, names);
  }
  try {
    return names.of(code) ?? known ?? code;
  } catch {
    return known ?? code;
  }
}
