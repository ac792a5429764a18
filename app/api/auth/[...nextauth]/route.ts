// /api/auth/*: next-auth's endpoints (csrf, callback/credentials, session, signout).
// A throttled sign-in through the credentials endpoint is answered 429 with Retry-After.
import { NextResponse, type NextRequest } from "next/server";
import { ApiError } from "@/lib/api/errors";
import { handlers } from "@/lib/auth/config";
import { clientAddress, loginRetryAfter } from "@/lib/auth/throttle";

export const { GET } = handlers;

export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/callback/credentials")) {
    const form = await request.clone().formData().catch(() => null);
    const email = String(form?.get("email") ?? "");
    const retryAfter = await loginRetryAfter(clientAddress(request.headers), email);
    if (retryAfter > 0) {
      const error = new ApiError("rate_limited", `Too many failed sign-ins. Try again in ${Math.ceil(retryAfter / 60)} minutes.`);
      return NextResponse.json(error.toBody(), { status: 429, headers: { "Retry-After": String(retryAfter) } });
    }
  }
  return handlers.POST(request);
}
