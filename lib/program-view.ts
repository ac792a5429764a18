/**
 * What a program list shows of each item, and nothing more: this is what travels to the
 * browser (a client component's props), so a page with hundreds of items stays small.
 */
import type { PublicProgramItem } from "@/lib/data/events";
import { localized, textLang } from "@/lib/translations";

export type ProgramListItem = {
  id: string;
  title: string;
  kind: string;
  /** A host city's own item, not broadcast. */
  local: boolean;
  startsAt: string;
  endsAt: string;
  /** The title's own language and direction when it is shown untranslated (lib/translations.ts textLang). */
  titleLang: { lang?: string; dir: "auto" | "ltr" | "rtl" };
  /** Per broadcast language (by name, in the event's order): who is on, in which role. */
  people: { language: string; people: PersonOn[] }[];
};

/** One person on an item: their role, and whether they have yet to confirm (shown only when the event says so). */
export type PersonOn = { name: string; role: string; toBeConfirmed: boolean };

type Placed = { citySlug: string | null };

/** The shared program: the items every city runs (and broadcasts) at the same instants. */
export function sharedProgram<T extends Placed>(program: T[]): T[] {
  return program.filter((item) => item.citySlug === null);
}

/** What one city runs: the shared program and its own local items (`null`: the shared program only). */
export function programForCity<T extends Placed>(program: T[], citySlug: string | null): T[] {
  return program.filter((item) => item.citySlug === null || item.citySlug === citySlug);
}

/** A city's own local items only. */
export function localProgram<T extends Placed>(program: T[], citySlug: string): T[] {
  return program.filter((item) => item.citySlug === citySlug);
}

/** What a list shows of each item, titles in the reader's language where translated. */
export function programListItems(
  items: PublicProgramItem[],
  languageNames: Record<string, string>,
  reader: { locale: string; contentLanguage: string },
): ProgramListItem[] {
  return items.map((original) => {
    const item = localized(original, reader.locale);
    const byLanguage = new Map<string, PersonOn[]>();
    for (const a of item.assignments) {
      byLanguage.set(a.language, [...(byLanguage.get(a.language) ?? []), { name: a.speaker.name, role: a.role, toBeConfirmed: a.status !== "confirmed" }]);
    }
    return {
      id: item.id,
      title: item.title,
      kind: item.kind,
      local: item.citySlug !== null,
      startsAt: item.startsAt,
      endsAt: item.endsAt,
      titleLang: textLang(item, "title", reader.locale, reader.contentLanguage),
      people: [...byLanguage.entries()].map(([code, people]) => ({ language: languageNames[code] ?? code, people })),
    };
  });
}
