/**
 * What a program list shows of each item, and nothing more: this is what travels to the
 * browser (a client component's props), so a page with hundreds of items stays small.
 */
import type { PublicProgramItem } from "@/lib/data/events";

export type ProgramListItem = {
  id: string;
  title: string;
  kind: string;
  /** A host city's own item, not broadcast. */
  local: boolean;
  startsAt: string;
  endsAt: string;
  /** Per broadcast language (by name, in the event's order): who is on. */
  people: [language: string, names: string][];
};

export function programListItems(items: PublicProgramItem[], languageNames: Record<string, string>): ProgramListItem[] {
  return items.map((item) => {
    const byLanguage = new Map<string, string[]>();
    for (const a of item.assignments) byLanguage.set(a.language, [...(byLanguage.get(a.language) ?? []), a.speaker.name]);
    return {
      id: item.id,
      title: item.title,
      kind: item.kind,
      local: item.citySlug !== null,
      startsAt: item.startsAt,
      endsAt: item.endsAt,
      people: [...byLanguage.entries()].map(([code, names]) => [languageNames[code] ?? code, names.join(", ")]),
    };
  });
}
