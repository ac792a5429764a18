/**
 * The API's error vocabulary (docs/contract.md, "Errors"): `{ error: { code, message, issues? } }`.
 * Thrown anywhere on the server; turned into a response by lib/api/handler.ts.
 */
import type { z } from "zod";

export const ERROR_STATUS = {
  validation_error: 400,
  unauthenticated: 401,
  forbidden: 403,
  password_change_required: 403,
  not_found: 404,
  method_not_allowed: 405,
  stale_version: 409,
  booking_conflict: 409,
  slug_taken: 409,
  in_use: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal_error: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export type Issue = { path: string; message: string };

export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "ApiError";
    this.status = ERROR_STATUS[code];
  }

  toBody() {
    return { error: { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) } };
  }
}

export const unauthenticated = () => new ApiError("unauthenticated", "Sign in to do this.");
export const forbidden = (message = "You are not allowed to do this.") => new ApiError("forbidden", message);
export const notFound = (what = "This resource") => new ApiError("not_found", `${what} was not found.`);

export function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join(".") || "(body)",
    message: issue.message,
  }));
}

/** The message of a 400 that names its problems in `issues`. */
export const GENERIC_INVALID = "The request is not valid.";

export function validationError(error: z.ZodError, message = GENERIC_INVALID): ApiError {
  return new ApiError("validation_error", message, issuesOf(error));
}
