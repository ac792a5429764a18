// /api/auth/*: next-auth's endpoints (csrf, callback/credentials, session, signout).
// Bodies are read up to AUTH_BODY_BYTES and no further (413 past it); a throttled sign-in
// through the credentials endpoint is answered 429 with Retry-After instead of next-auth's redirect.
import { NextRequest, NextResponse } from "next/server";
import { readLimited } from "@/lib/api/body";
import { ApiError } from "@/lib/api/errors";
import { errorResponse } from "@/lib/api/handler";
import { handlers, signInAttempt } from "@/lib/auth/config";
import { signInRetryAfter } from "@/lib/auth/throttle";

export const { GET } = handlers;

/** A sign-in or sign-out form is a few hundred bytes. */
const AUTH_BODY_BYTES = 8 * 1024;

export async function POST(request: NextRequest) {
  let body: Uint8Array;
  try {
    body = await readLimited(request, AUTH_BODY_BYTES);
  } catch (error) {
    return errorResponse(error);
  }
  // next-auth reads the body itself: it gets the bytes already read, never the rest of the stream.
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  headers.delete("transfer-encoding");
  const buffered = new Request(request.url, { method: "POST", headers, body: body.byteLength ? (body as BodyInit) : null });
  const form = request.nextUrl.pathname.endsWith("/callback/credentials")
    ? await buffered
        .clone()
        .formData()
        .catch(() => null)
    : null;
  const response = await handlers.POST(new NextRequest(buffered));
  // A throttled attempt (the throttle ran inside next-auth, before the password was checked)
  // comes back as a redirect to the error page; a script gets a 429 instead.
  const location = response.headers.get("location");
  if (form && location && new URL(location, request.url).searchParams.get("code") === "rate_limited") {
    const retryAfter = Math.max(1, await signInRetryAfter(signInAttempt(String(form.get("email") ?? ""), request.headers)));
    const error = new ApiError("rate_limited", `Too many sign-in attempts. Try again in ${waitText(retryAfter)}.`);
    return NextResponse.json(error.toBody(), { status: 429, headers: { "Retry-After": String(retryAfter) } });
  }
  return response;
}

const waitText = (seconds: number) => (seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`);
