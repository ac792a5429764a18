/**
 * The one result shape of server actions behind forms:
 * { ok: true, data } | { ok: false, message, fieldErrors }, shown next to the fields.
 */
import type { z } from "zod";
import { ApiError } from "@/lib/api/errors";

export type FieldErrors = Record<string, string[]>;
export type FormResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; message: string; fieldErrors: FieldErrors; values?: Record<string, string> };

export function fieldErrorsOf(issues: { path: string; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) (errors[issue.path] ??= []).push(issue.message);
  return errors;
}

export function fromZodError(error: z.ZodError, values?: Record<string, string>): FormResult<never> {
  const issues = error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
  return { ok: false, message: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(issues), values };
}

/** Turns a thrown ApiError into a form result; anything else is re-thrown (logged, generic page). */
export function fromApiError(error: unknown, values?: Record<string, string>): FormResult<never> {
  if (error instanceof ApiError) {
    return { ok: false, message: error.message, fieldErrors: fieldErrorsOf(error.issues ?? []), values };
  }
  throw error;
}

/** Text values of a form, to refill it after an error (never the password). */
export function formValues(formData: FormData, omit: string[] = ["password"]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !omit.includes(key) && !key.startsWith("$")) values[key] = value;
  }
  return values;
}
