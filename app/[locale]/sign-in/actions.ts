"use server";
// Sign-in and sign-out server actions: parse -> next-auth -> redirect.
import { AuthError } from "next-auth";
import { signIn, signOut, type LoginThrottled } from "@/lib/auth/config";
import { z } from "zod";
import { internalPath } from "@/lib/redirect";
import { CHECK_FIELDS, checkInput, formDataArg } from "@/lib/forms";
import { signInSchema } from "@/lib/validation/auth";

/** A refusal of the sign-in form: a code the form says in the reader's language, and the English detail. */
export type SignInState = {
  ok: false;
  code: "validation_error" | "invalid_credentials" | "rate_limited" | "password_expired" | "account_disabled" | "email_unverified";
  message: string;
  fieldErrors?: Record<string, string[]>;
  email?: string;
  retryAfter?: number;
} | null;

/** Only same-site paths: never an open redirect to another site. */
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const invalid = checkInput(z.tuple([z.unknown(), formDataArg]), [_previous, formData]);
  if (invalid && !invalid.ok) return { ok: false, code: "validation_error", message: invalid.message, fieldErrors: invalid.fieldErrors };
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  const email = String(formData.get("email") ?? "");
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
    return { ok: false, code: "validation_error", message: CHECK_FIELDS, fieldErrors, email };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: internalPath(formData.get("callbackUrl"), "/dashboard") });
    return null;
  } catch (error) {
    // signIn() redirects by throwing; only next-auth's own errors are answers for the form.
    if (error instanceof AuthError) {
      // By shape, not instanceof: next-auth may hand back its own copy of the error.
      const throttled = error as Partial<LoginThrottled>;
      if (throttled.code === "rate_limited") return { ok: false, code: "rate_limited", message: "Too many attempts.", retryAfter: throttled.retryAfter, email };
      if (throttled.code === "password_expired") return { ok: false, code: "password_expired", message: "This temporary password has expired.", email };
      if (throttled.code === "account_disabled") return { ok: false, code: "account_disabled", message: "This account is disabled.", email };
      if (throttled.code === "email_unverified") return { ok: false, code: "email_unverified", message: "Confirm your address first.", email };
      return { ok: false, code: "invalid_credentials", message: "The email or password is incorrect.", email };
    }
    throw error;
  }
}

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
