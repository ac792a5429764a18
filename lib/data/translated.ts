import "server-only";
/**
 * The write side of content translations (lib/translations.ts holds the rules): a PATCH's
 * `translations` checked against the event's broadcast languages and merged into the record's.
 */
import { ApiError } from "@/lib/api/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { mergeTranslations, sameTranslations, unknownLanguages, type Texts, type TranslationsInput } from "@/lib/translations";

/**
 * The record's translations after `input` (undefined when nothing changes). A language the event
 * does not broadcast is a 400 naming it; `originals` are the texts as they are after this write.
 */
export function translationsAfter(
  current: unknown,
  input: TranslationsInput | undefined,
  originals: Texts,
  broadcast: string[],
): Prisma.InputJsonValue | undefined {
  if (!input) return undefined;
  const unknown = unknownLanguages(input, broadcast);
  if (unknown.length) {
    throw new ApiError(
      "validation_error",
      "The request is not valid.",
      unknown.map((code) => ({
        path: `translations.${code}`,
        message: `Not a broadcast language of this event: ${code}. Choose from ${broadcast.join(", ")}.`,
      })),
    );
  }
  const merged = mergeTranslations(current, input, originals);
  return sameTranslations(current, merged) ? undefined : merged;
}
