"use server";
// Change password: parse -> check the current one (throttled like a sign-in) -> save -> sign
// this browser in again (every other session of the account has ended).
import { headers } from "next/headers";
import { z } from "zod";
import { signIn, signInAttempt } from "@/lib/auth/config";
import { requireUser } from "@/lib/auth/guards";
import { signInSucceeded, takeSignInAttempt } from "@/lib/auth/throttle";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { changePassword } from "@/lib/data/users";
import { checkInput, formDataArg, fromApiError, fromZodError, refArg, type FormResult } from "@/lib/forms";
import { internalPath } from "@/lib/redirect";
import { changePasswordSchema } from "@/lib/validation/user";

export async function changePasswordAction(callbackUrl: string, _previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const invalid = checkInput(z.tuple([refArg, z.unknown(), formDataArg]), [callbackUrl, _previous, formData]);
  if (invalid) return invalid;
  let newPassword: string;
  let email: string;
  try {
    const user = await requireUser({ temporaryPassword: "allowed" });
    email = user.email;
    const parsed = changePasswordSchema(user).safeParse(Object.fromEntries(formData));
    if (!parsed.success) return fromZodError(parsed.error);
    // Whoever holds a session must not get unlimited guesses at the password behind it.
    const attempt = signInAttempt(user.email, await headers());
    const wait = await takeSignInAttempt(attempt);
    if (wait > 0) return { ok: false, code: "rate_limited", message: `Too many attempts. Try again in ${Math.ceil(wait / 60)} minutes.`, fieldErrors: {} };
    await changePassword(user, parsed.data);
    // The right current password: its counters start afresh, so the sign-in below is not held back.
    await signInSucceeded(attempt);
    newPassword = parsed.data.newPassword;
  } catch (error) {
    return fromApiError(error);
  }
  // Redirects (by throwing) with a new session. Should that fail, the password is changed all the
  // same: the person signs in with it.
  try {
    await signIn("credentials", { email, password: newPassword, redirectTo: internalPath(callbackUrl, "/dashboard") });
  } catch (error) {
    if (error instanceof AuthError) redirect("/sign-in");
    throw error;
  }
  return { ok: true, data: undefined };
}
