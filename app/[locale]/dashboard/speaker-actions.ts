"use server";
// Roster and assignment actions (coordinators): the form's values go to the same lib/data commands
// as the API, which authorize, then validate with their own schema, then write (lib/data/input.ts).
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/guards";
import { assign, removeAssignment, setAssignmentStatus } from "@/lib/data/assignments";
import { createSpeaker, deleteSpeaker, updateSpeaker } from "@/lib/data/speakers";
import { z } from "zod";
import { checkInput, formDataArg, formValues, fromApiError, refArg, type FormResult } from "@/lib/forms";
import { dashboardCommand } from "@/app/[locale]/dashboard/command";
import { given } from "@/lib/data/input";

/** A roster form's fields as a speaker body; an emptied optional field is `empty` (absent on add, cleared on edit). */
function speakerBody(values: Record<string, string>, formData: FormData, empty: undefined | null) {
  return {
    name: values.name,
    affiliation: values.affiliation ?? "",
    bio: values.bio ?? "",
    languages: formData.getAll("languages").map(String),
    photoUrl: values.photoUrl || empty,
    contactEmail: values.contactEmail || empty,
    timeZone: values.timeZone || empty,
    preferredLanguage: values.preferredLanguage || empty,
  };
}

export async function createSpeakerAction(_state: FormResult | null, formData: FormData): Promise<FormResult> {
  const invalid = checkInput(z.tuple([z.unknown(), formDataArg]), [_state, formData]);
  if (invalid) return invalid;
  const values = formValues(formData);
  const body = speakerBody(values, formData, undefined);
  return dashboardCommand(async () => createSpeaker(await requireUser(), given(body)), { code: "speaker_added", params: { name: body.name ?? "" }, values });
}

/** Changes a roster entry; an emptied optional field (photo, contact, zone) is cleared. */
export async function updateSpeakerAction(speakerId: string, version: number, _state: FormResult | null, formData: FormData): Promise<FormResult> {
  const invalid = checkInput(z.tuple([refArg, z.number().int(), z.unknown(), formDataArg]), [speakerId, version, _state, formData]);
  if (invalid) return invalid;
  const values = formValues(formData);
  const body = { ...speakerBody(values, formData, null), version };
  return dashboardCommand(async () => updateSpeaker(await requireUser(), speakerId, given(body)), { code: "saved", values });
}

/** Removes someone from the roster (refused while they are still assigned). */
export async function deleteSpeakerAction(speakerId: string, _state: FormResult | null): Promise<FormResult> {
  const invalid = checkInput(z.tuple([refArg]), [speakerId]);
  if (invalid) return invalid;
  return dashboardCommand(async () => deleteSpeaker(await requireUser(), speakerId));
}

export type AssignResult = FormResult<{ warnings: string[] }>;

export async function assignAction(
  eventSlug: string,
  itemId: string,
  language: string,
  _state: AssignResult | null,
  formData: FormData,
): Promise<AssignResult> {
  const invalid = checkInput(z.tuple([refArg, refArg, refArg, z.unknown(), formDataArg]), [eventSlug, itemId, language, _state, formData]);
  if (invalid) return invalid;
  const values = formValues(formData);
  try {
    const created = await assign(
      await requireUser(),
      eventSlug,
      itemId,
      given({ speakerId: values.speakerId, role: values.role, language, status: values.status || "invited" }),
    );
    revalidatePath("/dashboard");
    return { ok: true, data: { warnings: created.warnings }, code: "assigned" };
  } catch (error) {
    return fromApiError(error, values);
  }
}

export async function setStatusAction(
  eventSlug: string,
  itemId: string,
  assignmentId: string,
  status: "invited" | "confirmed" | "declined",
  _state: FormResult | null,
): Promise<FormResult> {
  const invalid = checkInput(z.tuple([refArg, refArg, refArg, z.enum(["invited", "confirmed", "declined"])]), [eventSlug, itemId, assignmentId, status]);
  if (invalid) return invalid;
  return dashboardCommand(async () => setAssignmentStatus(await requireUser(), eventSlug, itemId, assignmentId, given({ status })));
}

export async function removeAssignmentAction(eventSlug: string, itemId: string, assignmentId: string, _state: FormResult | null): Promise<FormResult> {
  const invalid = checkInput(z.tuple([refArg, refArg, refArg]), [eventSlug, itemId, assignmentId]);
  if (invalid) return invalid;
  return dashboardCommand(async () => removeAssignment(await requireUser(), eventSlug, itemId, assignmentId));
}
