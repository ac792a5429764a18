"use server";
// The translation board's one action: a record's texts in the event's other languages, saved through
// the same commands as the API's PATCH (which decide who may, validate, merge and bump the version).
import { z } from "zod";
import { requireUser } from "@/lib/auth/guards";
import { updateCity } from "@/lib/data/cities";
import { updateEvent } from "@/lib/data/event-commands";
import { given } from "@/lib/data/input";
import { updateItem } from "@/lib/data/items";
import { checkInput, formDataArg, formValues, refArg, type FormResult } from "@/lib/forms";
import { dashboardCommand } from "@/app/[locale]/dashboard/command";

/**
 * Form fields `t.{language}.{field}` ("t.fa.title", "t.fa.venue.accessibility") as a
 * `translations` body: an emptied field deletes that translation; venue notes nested.
 */
function translationsFrom(values: Record<string, string>) {
  const translations: Record<string, Record<string, unknown>> = {};
  for (const [name, value] of Object.entries(values)) {
    const match = /^t\.([^.]+)\.(.+)$/.exec(name);
    if (!match) continue;
    const [, language, field] = match as unknown as [string, string, string];
    const text = value.trim() ? value : null;
    const fields = (translations[language] ??= {});
    if (field === "venue.accessibility") fields.venue = { accessibility: text };
    else fields[field] = text;
  }
  return translations;
}

export async function saveTranslationsAction(
  kind: "event" | "item" | "city",
  eventSlug: string,
  ref: string,
  version: number,
  _state: FormResult | null,
  formData: FormData,
): Promise<FormResult> {
  const invalid = checkInput(z.tuple([z.enum(["event", "item", "city"]), refArg, refArg, z.number().int(), z.unknown(), formDataArg]), [
    kind,
    eventSlug,
    ref,
    version,
    _state,
    formData,
  ]);
  if (invalid) return invalid;
  const values = formValues(formData);
  const body = given({ translations: translationsFrom(values), version });
  return dashboardCommand(
    async () => {
      const user = await requireUser();
      if (kind === "event") return updateEvent(user, eventSlug, body);
      if (kind === "item") return updateItem(user, eventSlug, ref, body);
      return updateCity(user, eventSlug, ref, body);
    },
    { code: "saved", values },
  );
}
