/**
 * The interface languages, once: routing, the account's preferred language, the language
 * switcher and the sign-up form all read this list. Each is named in its own language.
 */
export const INTERFACE_LOCALES = ["en", "fr", "fa", "ar"] as const;

export type InterfaceLocale = (typeof INTERFACE_LOCALES)[number];

export const LOCALE_NAMES: Record<InterfaceLocale, string> = { en: "English", fr: "Français", fa: "فارسی", ar: "العربية" };
