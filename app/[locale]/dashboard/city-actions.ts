"use server";
// Dashboard actions for host cities: the form's values go to the same lib/data commands as the API,
// which authorize, then validate with their own schema, then write (lib/data/input.ts).
// They share the API's schemas and commands, so a form and a script get the same answers.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { ApiError, forbidden } from "@/lib/api/errors";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/guards";
import { changeCityStatus, getCityDetail, registerCity, updateCity, type CityDetailJson } from "@/lib/data/cities";
import { createItem, updateItem } from "@/lib/data/items";
import { z } from "zod";
import { checkInput, formDataArg, formValues, fromApiError, refArg, type FormResult } from "@/lib/forms";
import { cityFromForm } from "@/lib/validation/city";
import { cityFormValues } from "@/app/[locale]/dashboard/_components/city-form-values";
import { dashboardCommand } from "@/app/[locale]/dashboard/command";
import type { CityFormState, CityFormValues } from "@/app/[locale]/dashboard/_components/city-form";
import { given } from "@/lib/data/input";

export async function registerCityAction(eventSlug: string, _state: CityFormState, formData: FormData): Promise<CityFormState> {
  const invalid = checkInput(z.tuple([refArg, z.unknown(), formDataArg]), [eventSlug, _state, formData]);
  if (invalid) return invalid;
  const values = formValues(formData);
  let created: CityDetailJson;
  try {
    created = await registerCity(await requireUser(), eventSlug, given(cityFromForm(formData)));
  } catch (error) {
    return fromApiError(error, values);
  }
  revalidatePath("/dashboard");
  redirect(`/dashboard?registered=${created.id}`);
}

export async function updateCityAction(
  eventSlug: string,
  citySlug: string,
  base: CityFormValues,
  _state: CityFormState,
  formData: FormData,
): Promise<CityFormState> {
  const invalid = checkInput(z.tuple([refArg, refArg, z.record(z.string(), z.unknown()), z.unknown(), formDataArg]), [
    eventSlug,
    citySlug,
    base,
    _state,
    formData,
  ]);
  if (invalid) return invalid;
  const values = formValues(formData);
  const user = await requireUser().catch(() => null);
  if (!user) return { ok: false, code: "unauthenticated", message: "Your session has ended: sign in again.", fieldErrors: {}, values };
  try {
    await updateCity(user, eventSlug, citySlug, given(cityFromForm(formData)));
  } catch (error) {
    if (error instanceof ApiError && error.code === "stale_version") {
      // Show what the other person changed; the next save (with the new version) applies these values.
      const current = cityFormValues(await getCityDetail(user, eventSlug, citySlug));
      const conflict = (Object.keys(current) as (keyof CityFormValues)[])
        .filter((key) => key !== "version" && String(current[key]) !== String(base[key]))
        .map((key) => ({ field: key, value: Array.isArray(current[key]) ? (current[key] as string[]).join(", ") : String(current[key] ?? "") }));
      return { ok: false, code: error.code, message: error.message, fieldErrors: {}, values, conflict, version: current.version };
    }
    return fromApiError(error, values);
  }
  revalidatePath("/dashboard");
  return { ok: true, data: undefined, code: "saved" };
}

export async function reviewCityAction(
  eventSlug: string,
  citySlug: string,
  decision: "approve" | "reject",
  _state: FormResult | null,
  formData: FormData,
): Promise<FormResult> {
  const invalid = checkInput(z.tuple([refArg, refArg, z.enum(["approve", "reject"]), z.unknown(), formDataArg]), [
    eventSlug,
    citySlug,
    decision,
    _state,
    formData,
  ]);
  if (invalid) return invalid;
  const reason = decision === "reject" ? given({ reason: formData.get("reason") }) : undefined;
  return dashboardCommand(async () => changeCityStatus(await requireUser(), eventSlug, citySlug, decision, reason), {
    code: decision === "approve" ? "approved" : "rejected",
  });
}

/**
 * Approves every city checked on the review board at once ("event-slug/city-slug" each). Each is
 * approved on its own: one that someone else approved, rejected or withdrew meanwhile is named
 * as not approved, and the others still are.
 */
export async function approveCitiesAction(_state: FormResult | null, formData: FormData): Promise<FormResult> {
  const invalid = checkInput(z.tuple([z.unknown(), formDataArg]), [_state, formData]);
  if (invalid) return invalid;
  let user;
  try {
    user = await requireUser();
    if (!can(user.role, "city.review")) throw forbidden();
  } catch (error) {
    return fromApiError(error);
  }
  const refs = formData.getAll("city").map(String);
  const parsed = z
    .array(z.string().regex(/^[^/]{1,200}\/[^/]{1,200}$/))
    .min(1)
    .max(100)
    .safeParse(refs);
  if (!parsed.success) return { ok: false, code: "validation_error", message: "Choose the cities to approve.", fieldErrors: {} };
  const approved: string[] = [];
  const failed: string[] = [];
  for (const ref of new Set(parsed.data)) {
    const [eventSlug, citySlug] = ref.split("/") as [string, string];
    try {
      approved.push((await changeCityStatus(user, eventSlug, citySlug, "approve")).name);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.code === "forbidden" || error.code === "unauthenticated") return fromApiError(error);
      failed.push(citySlug);
    }
  }
  revalidatePath("/dashboard");
  return {
    ok: true,
    data: undefined,
    code: "approved_cities",
    params: { count: String(approved.length), cities: approved.join(", ") || "none", failed: failed.join(", ") || "none" },
  };
}

export async function withdrawCityAction(eventSlug: string, citySlug: string, _state: FormResult | null): Promise<FormResult> {
  const invalid = checkInput(z.tuple([refArg, refArg]), [eventSlug, citySlug]);
  if (invalid) return invalid;
  return dashboardCommand(async () => changeCityStatus(await requireUser(), eventSlug, citySlug, "withdraw"), { code: "withdrawn" });
}

/** A local item form's fields as an item body: the time is a wall clock in the city's own zone. */
function localItemBody(values: Record<string, string>, cityZone: string) {
  return {
    title: values.title,
    kind: values.kind,
    description: values.description ?? "",
    language: values.language || undefined,
    start: { local: values["start.local"], timeZone: cityZone },
    durationMinutes: values.durationMinutes,
  };
}

/** Changes a local program item, its time entered as wall-clock time in the city's own zone. */
export async function updateLocalItemAction(
  eventSlug: string,
  itemId: string,
  version: number,
  cityZone: string,
  _state: FormResult | null,
  formData: FormData,
): Promise<FormResult> {
  const invalid = checkInput(z.tuple([refArg, refArg, z.number().int(), refArg, z.unknown(), formDataArg]), [
    eventSlug,
    itemId,
    version,
    cityZone,
    _state,
    formData,
  ]);
  if (invalid) return invalid;
  const values = formValues(formData);
  const body = { ...localItemBody(values, cityZone), version };
  return dashboardCommand(async () => updateItem(await requireUser(), eventSlug, itemId, given(body)), { code: "saved", values });
}

/** Adds a local program item, entered as wall-clock time in the city's own zone. */
export async function addLocalItemAction(
  eventSlug: string,
  citySlug: string,
  cityZone: string,
  _state: FormResult | null,
  formData: FormData,
): Promise<FormResult> {
  const invalid = checkInput(z.tuple([refArg, refArg, refArg, z.unknown(), formDataArg]), [eventSlug, citySlug, cityZone, _state, formData]);
  if (invalid) return invalid;
  const values = formValues(formData);
  const body = { citySlug, ...localItemBody(values, cityZone) };
  return dashboardCommand(async () => createItem(await requireUser(), eventSlug, given(body)), { code: "added_to_local_program", values });
}
