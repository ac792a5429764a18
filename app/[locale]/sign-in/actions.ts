"use server";
// Sign-in and sign-out server actions: parse -> next-auth -> redirect.
import { AuthError } from "next-auth";
import { signIn, signOut, type LoginThrottled } from "@/lib/auth/config";
import { z } from "zod";
import { internalPath } from "@/lib/redirect";
import { checkInput, formDataArg } from "@/lib/forms";
import { signInSchema } from "@/lib/validation/auth";

export type SignInState = { ok: false; message: string; fieldErrors?: Record<string, string[]>; email?: string; retryAfter?: number } | null;

/** Only same-site paths: never an open redirect to another site. */
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const invalid = checkInput(z.tuple([z.unknown(), formDataArg]), [_previous, formData]);
  if (invalid && !invalid.ok) return { ok: false, message: invalid.message, fieldErrors: invalid.fieldErrors };
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  const email = String(formData.get("email") ?? "");
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
    return { ok: false, message: "Check the highlighted fields.", fieldErrors, email };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: internalPath(formData.get("callbackUrl"), "/dashboard") });
    return null;
  } catch (error) {
    // signIn() redirects by throwing; only next-auth's own errors are answers for the form.
    if (error instanceof AuthError) {
      // By shape, not instanceof: next-auth may hand back its own copy of the error.
      const throttled = error as Partial<LoginThrottled>;
      if (throttled.code === "rate_limited") return { ok: false, message: "rateLimited", retryAfter: throttled.retryAfter, email };
      if (throttled.code === "password_expired") return { ok: false, message: "passwordExpired", email };
      return { ok: false, message: "invalidCredentials", email };
    }
    throw error;
  }
}

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
