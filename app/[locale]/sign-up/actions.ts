"use server";
// Sign-up: parse -> create the organizer -> sign in -> dashboard.
import { signIn } from "@/lib/auth/config";
import { createOrganizer } from "@/lib/data/users";
import { formValues, fromApiError, fromZodError, type FormResult } from "@/lib/forms";
import { signUpSchema } from "@/lib/validation/user";

export async function signUpAction(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const values = formValues(formData);
  const parsed = signUpSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fromZodError(parsed.error, values);
  try {
    await createOrganizer(parsed.data);
  } catch (error) {
    return fromApiError(error, values);
  }
  // Redirects (by throwing) to the dashboard with the new session.
  await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: "/dashboard" });
  return { ok: true, data: undefined };
}
