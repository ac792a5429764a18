"use server";
// Sign-up: parse -> create the organizer -> mail the confirmation link (or, through an invitation, sign in -> dashboard).
import { signIn } from "@/lib/auth/config";
import { createOrganizer } from "@/lib/data/users";
import { z } from "zod";
import { checkInput, formDataArg, formValues, fromApiError, fromZodError, type FormResult } from "@/lib/forms";
import { signUpSchema } from "@/lib/validation/user";
import { headers } from "next/headers";
import { signUpRetryAfter } from "@/lib/auth/throttle";
import { clientAddress } from "@/lib/http/edge";

export async function signUpAction(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const invalid = checkInput(z.tuple([z.unknown(), formDataArg]), [_previous, formData]);
  if (invalid) return invalid;
  const values = formValues(formData);
  const retryAfter = await signUpRetryAfter(clientAddress(await headers()));
  if (retryAfter > 0) {
    return {
      ok: false,
      code: "rate_limited",
      message: `Too many new accounts from this network. Try again in ${Math.ceil(retryAfter / 60)} minutes.`,
      fieldErrors: {},
      values,
    };
  }
  const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fromZodError(parsed.error, values);
  let outcome: Awaited<ReturnType<typeof createOrganizer>>;
  try {
    const invite = formData.get("invite");
    outcome = await createOrganizer(parsed.data, typeof invite === "string" && invite ? invite : undefined);
  } catch (error) {
    return fromApiError(error, values);
  }
  // Without an invitation: the same answer whether or not the address had an account; the mail says which.
  if (outcome === "check_mail") return { ok: true, data: undefined, code: "check_mail" };
  // Redirects (by throwing) to the dashboard with the new session.
  await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: "/dashboard" });
  return { ok: true, data: undefined };
}
