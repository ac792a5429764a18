/**
 * The one result shape of server actions behind forms:
 * { ok: true, data, code } | { ok: false, code, message, fieldErrors }. Codes travel, words are
 * the interface's: `useResultText` (components/form-field.tsx) says a code in the reader's
 * language; `message` keeps the server's English detail for what no catalog entry covers (a
 * booking conflict naming the other slot, a rule only that command knows).
 */
import { z } from "zod";
import { ApiError, GENERIC_INVALID, validationError } from "@/lib/api/errors";

export type FieldErrors = Record<string, string[]>;

/** The top line of a form whose problems are said at each field. */
export const CHECK_FIELDS = "Check the highlighted fields.";
/**
 * What a successful action did, as a code the interface translates (messages/*.json "Results");
 * `params` fill its placeholders.
 */
export type SuccessCode =
  | "saved"
  | "delayed"
  | "reminded"
  | "added_to_program"
  | "added_to_local_program"
  | "approved"
  | "approved_cities"
  | "rejected"
  | "withdrawn"
  | "assigned"
  | "speaker_added"
  | "queued_again"
  | "reset_sent"
  | "check_mail"
  | "declined"
  | "team_added"
  | "team_invited";

export type FormResult<T = undefined> =
  | { ok: true; data: T; code?: SuccessCode; params?: Record<string, string> }
  | { ok: false; code?: string; message: string; fieldErrors: FieldErrors; values?: Record<string, string> };

export function fieldErrorsOf(issues: { path: string; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) (errors[issue.path] ??= []).push(issue.message);
  return errors;
}

export function fromZodError(error: z.ZodError, values?: Record<string, string>): FormResult<never> {
  const issues = error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
  return { ok: false, code: "validation_error", message: CHECK_FIELDS, fieldErrors: fieldErrorsOf(issues), values };
}

/** Turns a thrown ApiError into a form result; anything else is re-thrown (logged, generic page). */
export function fromApiError(error: unknown, values?: Record<string, string>): FormResult<never> {
  if (error instanceof ApiError) {
    // A form shows each problem at its field; the API's generic sentence would say less.
    const message = error.code === "validation_error" && error.message === GENERIC_INVALID && error.issues?.length ? CHECK_FIELDS : error.message;
    return { ok: false, code: error.code, message, fieldErrors: fieldErrorsOf(error.issues ?? []), values };
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

/** A slug or id bound to a server action: the browser sends it back, so it is checked like a field. */
export const refArg = z.string().min(1).max(200);
/** The form a server action receives: anything else came from a hand-made request. */
export const formDataArg = z.instanceof(FormData);

/**
 * Server actions take their bound arguments (slugs, ids, versions, choices) and their form
 * from the request, like any API body: `checkInput` validates them with zod before use and
 * answers a form result instead of letting a wrong type reach the database.
 */
export function checkInput(schema: z.ZodTuple, values: unknown[]): FormResult<never> | null {
  const parsed = schema.safeParse(values);
  if (parsed.success) return null;
  return fromApiError(validationError(parsed.error));
}
