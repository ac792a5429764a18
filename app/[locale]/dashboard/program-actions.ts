"use server";
// Coordinator actions for events and their shared program: the form's values go to the same lib/data
// commands as the API, which authorize, then validate with their own schema, then write (lib/data/input.ts).
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/guards";
import { createEvent, updateEvent } from "@/lib/data/event-commands";
import { createItem, deleteItem, moveItem, updateItem } from "@/lib/data/items";
import { z } from "zod";
import { checkInput, formDataArg, formValues, fromApiError, refArg, type FormResult } from "@/lib/forms";
import { dashboardCommand } from "@/app/[locale]/dashboard/command";
import { given } from "@/lib/data/input";

function itemBody(values: Record<string, string>) {
  const instant = values.mode === "instant";
  return {
    title: values.title,
    kind: values.kind,
    description: values.description ?? "",
    language: values.language || undefined,
    durationMinutes: values.durationMinutes,
    ...(instant ? { startsAt: values.startsAt } : { start: { local: values["start.local"], timeZone: values["start.timeZone"] } }),
  };
}

export async function addItemAction(eventSlug: string, _state: FormResult | null, formData: FormData): Promise<FormResult> {
  const invalid = checkInput(z.tuple([refArg, z.unknown(), formDataArg]), [eventSlug, _state, formData]);
  if (invalid) return invalid;
  const values = formValues(formData);
  return dashboardCommand(async () => createItem(await requireUser(), eventSlug, given(itemBody(values))), { code: "added_to_program", values });
}

export async function updateItemAction(eventSlug: string, itemId: string, version: number, _state: FormResult | null, formData: FormData): Promise<FormResult> {
  const invalid = checkInput(z.tuple([refArg, refArg, z.number().int(), z.unknown(), formDataArg]), [eventSlug, itemId, version, _state, formData]);
  if (invalid) return invalid;
  const values = formValues(formData);
  return dashboardCommand(async () => updateItem(await requireUser(), eventSlug, itemId, given({ ...itemBody(values), version })), {
    code: "saved",
    values,
  });
}

/** Swaps an item with its neighbour, as the confirmation described it (`expected`: versions and neighbour). */
export async function moveItemAction(
  eventSlug: string,
  itemId: string,
  direction: "up" | "down",
  expected: { version: number; neighbourId: string; neighbourVersion: number },
  _state: FormResult | null,
): Promise<FormResult> {
  const expectedArg = z.object({ version: z.number().int(), neighbourId: refArg, neighbourVersion: z.number().int() }).strict();
  const invalid = checkInput(z.tuple([refArg, refArg, z.enum(["up", "down"]), expectedArg]), [eventSlug, itemId, direction, expected]);
  if (invalid) return invalid;
  return dashboardCommand(async () => moveItem(await requireUser(), eventSlug, itemId, direction, expected));
}

/** Deletes a shared item, or a local one (deleteItem checks which, and who may). */
export async function deleteItemAction(eventSlug: string, itemId: string, _state: FormResult | null): Promise<FormResult> {
  const invalid = checkInput(z.tuple([refArg, refArg]), [eventSlug, itemId]);
  if (invalid) return invalid;
  return dashboardCommand(async () => deleteItem(await requireUser(), eventSlug, itemId));
}

export async function updateEventAction(eventSlug: string, version: number, _state: FormResult | null, formData: FormData): Promise<FormResult> {
  const invalid = checkInput(z.tuple([refArg, z.number().int(), z.unknown(), formDataArg]), [eventSlug, version, _state, formData]);
  if (invalid) return invalid;
  const values = formValues(formData);
  const body = {
    title: values.title,
    summary: values.summary ?? "",
    attendanceMode: values.attendanceMode,
    status: values.status,
    registrationOpen: formData.get("registrationOpen") === "on",
    showUnconfirmedPeople: formData.get("showUnconfirmedPeople") === "on",
    attendeeRegistration: { open: formData.get("attendeeRegistrationOpen") === "on" },
    organizerName: values.organizerName?.trim() ?? "",
    organizerUrl: values.organizerUrl?.trim() || null,
    imageUrl: values.imageUrl?.trim() || null,
    start: { local: values["start.local"], timeZone: values["start.timeZone"] },
    durationMinutes: values.durationMinutes,
    // The checked languages in the form's order (the event's own first), each with its stream.
    languages: formData
      .getAll("languages")
      .map(String)
      .map((code) => ({ code, streamUrl: values[`stream-${code}`]?.trim() || null })),
    version,
  };
  return dashboardCommand(async () => updateEvent(await requireUser(), eventSlug, given(body)), { code: "saved", values });
}

export async function createEventAction(_state: FormResult | null, formData: FormData): Promise<FormResult> {
  const invalid = checkInput(z.tuple([z.unknown(), formDataArg]), [_state, formData]);
  if (invalid) return invalid;
  const values = formValues(formData);
  const body = {
    slug: values.slug,
    title: values.title,
    summary: values.summary ?? "",
    attendanceMode: values.attendanceMode,
    start: { local: values["start.local"], timeZone: values["start.timeZone"] },
    durationMinutes: values.durationMinutes,
    languages: formData.getAll("languages").map(String),
  };
  let slug: string;
  try {
    slug = (await createEvent(await requireUser(), given(body))).slug;
  } catch (error) {
    return fromApiError(error, values);
  }
  revalidatePath("/dashboard");
  redirect(`/dashboard/events/${slug}`);
}
