"use server";
// Dashboard actions for a city's attendees and team: its registration settings, answering the
// registrations that wait for approval, asking people onto the team. Same lib/data commands as the API.
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { requireUser } from "@/lib/auth/guards";
import { assertCityAccess, updateCity } from "@/lib/data/cities";
import { given } from "@/lib/data/input";
import { decideRegistration } from "@/lib/data/registrations";
import { inviteToCityTeam } from "@/lib/data/city-team";
import { CHECK_FIELDS, checkInput, formDataArg, formValues, refArg, type FormResult } from "@/lib/forms";
import { wallClockToInstant } from "@/lib/time";
import { dashboardCommand } from "@/app/[locale]/dashboard/command";

/**
 * The registration settings form: the closing time is typed as the city's wall clock and stored
 * as an instant (a time the clocks skip or repeat there is refused at the field).
 */
export async function attendeeSettingsAction(
  slug: string,
  citySlug: string,
  version: number,
  zone: string,
  _state: FormResult | null,
  formData: FormData,
): Promise<FormResult> {
  const invalid = checkInput(z.tuple([refArg, refArg, z.number().int(), refArg, z.unknown(), formDataArg]), [slug, citySlug, version, zone, _state, formData]);
  if (invalid) return invalid;
  const values = formValues(formData);
  const closes = String(formData.get("closesAt") ?? "").trim();
  let closesAt: string | null = null;
  if (closes) {
    const instant = wallClockToInstant(closes, zone);
    // Who may not change the city hears that first (the command's answer), never a field error.
    if (!instant.ok) {
      return dashboardCommand(
        async () => {
          await assertCityAccess(await requireUser(), slug, citySlug);
          throw new ApiError("validation_error", CHECK_FIELDS, [{ path: "closesAt", message: instant.message }]);
        },
        { values },
      );
    }
    closesAt = instant.instant.toISOString();
  }
  return dashboardCommand(
    async () =>
      updateCity(
        await requireUser(),
        slug,
        citySlug,
        given({
          venue: { addressPublic: formData.get("addressPrivate") !== "on" },
          attendeeRegistration: {
            open: formData.get("open") === "on",
            closesAt,
            approval: formData.get("approval") === "on",
            maxSeatsPerPerson: String(formData.get("maxSeatsPerPerson") ?? ""),
          },
          version,
        }),
      ),
    { code: "saved", values },
  );
}

/** Approve or decline a registration that waits for approval (the attendee is told by mail). */
export async function decideRegistrationAction(
  slug: string,
  citySlug: string,
  id: string,
  decision: "approve" | "decline",
  _state: FormResult | null,
  formData: FormData,
): Promise<FormResult> {
  const invalid = checkInput(z.tuple([refArg, refArg, refArg, z.enum(["approve", "decline"]), z.unknown(), formDataArg]), [
    slug,
    citySlug,
    id,
    decision,
    _state,
    formData,
  ]);
  if (invalid) return invalid;
  return dashboardCommand(async () => decideRegistration(await requireUser(), slug, citySlug, id, decision), {
    code: decision === "approve" ? "approved" : "declined",
  });
}

/** A city's organizer asks someone onto its team (co-organizer or door volunteer). */
export async function inviteToCityAction(slug: string, citySlug: string, _state: FormResult | null, formData: FormData): Promise<FormResult> {
  const invalid = checkInput(z.tuple([refArg, refArg, z.unknown(), formDataArg]), [slug, citySlug, _state, formData]);
  if (invalid) return invalid;
  const values = formValues(formData);
  const answer: { status: "added" | "invited" } = { status: "invited" };
  const result = await dashboardCommand(
    async () => {
      answer.status = (await inviteToCityTeam(await requireUser(), slug, citySlug, given(values))).status;
    },
    { values },
  );
  return result.ok
    ? { ok: true, data: undefined, code: answer.status === "added" ? "team_added" : "team_invited", params: { email: values.email ?? "" } }
    : result;
}
