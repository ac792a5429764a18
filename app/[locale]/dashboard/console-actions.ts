"use server";
// The go-live console's actions (issue 22): delay the start, remind a lagging city, and an
// organizer's "stream checked" and "ready" on the day. Each goes to the lib/data command the API
// uses, which decides who may (coordinators; a city's organizers for their own city).
import { z } from "zod";
import { requireUser } from "@/lib/auth/guards";
import { delayEvent } from "@/lib/data/event-commands";
import { given } from "@/lib/data/input";
import { markCity, remindCity } from "@/lib/data/readiness";
import { checkInput, formDataArg, formValues, refArg, type FormResult } from "@/lib/forms";
import { dashboardCommand } from "@/app/[locale]/dashboard/command";

export async function delayEventAction(eventSlug: string, version: number, _state: FormResult | null, formData: FormData): Promise<FormResult> {
  const invalid = checkInput(z.tuple([refArg, z.number().int(), z.unknown(), formDataArg]), [eventSlug, version, _state, formData]);
  if (invalid) return invalid;
  const values = formValues(formData);
  return dashboardCommand(
    async () => delayEvent(await requireUser(), eventSlug, given({ minutes: values.minutes ? Number(values.minutes) : undefined, version })),
    { code: "delayed", params: { minutes: values.minutes ?? "" }, values },
  );
}

export async function remindCityAction(eventSlug: string, citySlug: string, _state: FormResult | null): Promise<FormResult> {
  const invalid = checkInput(z.tuple([refArg, refArg]), [eventSlug, citySlug]);
  if (invalid) return invalid;
  return dashboardCommand(async () => remindCity(await requireUser(), eventSlug, citySlug), { code: "reminded" });
}

export async function markCityAction(
  eventSlug: string,
  citySlug: string,
  mark: "stream" | "ready",
  value: boolean,
  _state: FormResult | null,
): Promise<FormResult> {
  const invalid = checkInput(z.tuple([refArg, refArg, z.enum(["stream", "ready"]), z.boolean()]), [eventSlug, citySlug, mark, value]);
  if (invalid) return invalid;
  return dashboardCommand(async () => markCity(await requireUser(), eventSlug, citySlug, { [mark]: value }), { code: "saved" });
}
