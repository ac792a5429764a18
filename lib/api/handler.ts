/**
 * Wraps every API route handler: refuses cross-site cookie writes, turns thrown errors into
 * the product's error body, and never leaks a stack trace or SQL. Unknown errors are logged
 * with detail on the server and answered with a generic 500.
 */
import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { ApiError, validationError } from "@/lib/api/errors";
import { isCrossSite } from "@/lib/origin";
import { readText } from "@/lib/api/body";
import { isCleanLine } from "@/lib/validation/common";
import type { RawInput } from "@/lib/data/input";
import { PUBLIC_CACHE_CONTROL } from "@/lib/cache";
import { answer, represent, type Representation } from "@/lib/http/representation";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
export const MAX_BODY_BYTES = 64 * 1024;

type Handler<P> = (request: NextRequest, params: P) => Promise<Response>;

export function apiHandler<P = unknown>(handler: Handler<P>) {
  return async (request: NextRequest, context: { params: Promise<P> }): Promise<Response> => {
    try {
      if (!SAFE_METHODS.has(request.method)) assertSameOrigin(request);
      const params = await context.params;
      assertCleanParams(params);
      return await handler(request, params);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export function errorResponse(error: unknown): Response {
  if (error instanceof ApiError) {
    return NextResponse.json(error.toBody(), { status: error.status, headers: error.headers });
  }
  console.error("Unhandled API error", error);
  const internal = new ApiError("internal_error", "Something went wrong on our side. The change was not saved.");
  return NextResponse.json(internal.toBody(), { status: 500 });
}

export function json(data: unknown, init?: ResponseInit) {
  return NextResponse.json(data, init);
}

/**
 * A JSON read everyone gets alike: conditional (ETag, 304), compressed, shared-cacheable and
 * readable by any site's scripts. `vary` names the request headers it was chosen by (Cookie,
 * where a signed-in reader would get something else).
 */
export function publicRead(request: NextRequest, representation: Representation, { cacheControl = PUBLIC_CACHE_CONTROL, vary = ["Cookie"] } = {}) {
  return answer(request, representation, { headers: { "content-type": "application/json", "cache-control": cacheControl }, vary, public: true });
}

/** A JSON read for one signed-in reader: never stored by anyone, but conditional and compressed too. */
export function viewerRead(request: NextRequest, data: unknown) {
  return answer(request, represent(JSON.stringify(data)), {
    headers: { "content-type": "application/json", "cache-control": "private, no-store" },
    vary: ["Cookie"],
  });
}

/**
 * A route parameter holding a control character (`/events/x%00`) names nothing that can exist,
 * and PostgreSQL cannot even compare it: a 404 here, before any handler passes it to a query.
 */
function assertCleanParams(params: unknown) {
  if (!params || typeof params !== "object") return;
  for (const value of Object.values(params).flat()) {
    if (typeof value === "string" && !isCleanLine(value)) throw new ApiError("not_found", "Nothing exists at this address.");
  }
}

/** A cookie-authenticated write whose Origin names another site is refused (docs/contract.md). */
function assertSameOrigin(request: NextRequest) {
  if (isCrossSite(request.headers)) throw new ApiError("forbidden", "Cross-site requests are not allowed.");
}

/** The request's JSON body as a command's input (lib/data/input.ts), read when the command asks. */
export const jsonBody =
  (request: NextRequest): RawInput =>
  () =>
    readJson(request, z.unknown());

/** Reads a JSON body within the size limit and validates it with `schema`. */
export async function readJson<S extends z.ZodType>(request: NextRequest, schema: S): Promise<z.infer<S>> {
  const text = await readText(request, MAX_BODY_BYTES);
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    throw new ApiError("validation_error", "The body is not valid JSON.", [{ path: "(body)", message: "Invalid JSON." }]);
  }
  const result = schema.safeParse(body);
  if (!result.success) throw validationError(result.error);
  return result.data;
}
