// /api/auth/*: next-auth's endpoints (csrf, callback/credentials, session, signout).
// Bodies are read up to AUTH_BODY_BYTES and no further (413 past it); a throttled sign-in
// through the credentials endpoint is answered 429 with Retry-After.
import { NextRequest, NextResponse } from "next/server";
import { readLimited } from "@/lib/api/body";
import { ApiError } from "@/lib/api/errors";
import { errorResponse } from "@/lib/api/handler";
import { handlers } from "@/lib/auth/config";
import { clientAddress, loginRetryAfter } from "@/lib/auth/throttle";

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
  if (request.nextUrl.pathname.endsWith("/callback/credentials")) {
    const form = await buffered.clone().formData().catch(() => null);
    const email = String(form?.get("email") ?? "");
    const retryAfter = await loginRetryAfter(clientAddress(request.headers), email);
    if (retryAfter > 0) {
      const error = new ApiError("rate_limited", `Too many failed sign-ins. Try again in ${Math.ceil(retryAfter / 60)} minutes.`);
      return NextResponse.json(error.toBody(), { status: 429, headers: { "Retry-After": String(retryAfter) } });
    }
  }
  return handlers.POST(new NextRequest(buffered));
}
