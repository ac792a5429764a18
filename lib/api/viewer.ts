import "server-only";
import type { NextRequest } from "next/server";
import { currentUser, type SessionUser } from "@/lib/auth/guards";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * The signed-in user of a read request, or null. Anonymous requests (no session cookie)
 * skip the session lookup entirely, so public reads stay on the cached path. Someone signed
 * in with a temporary password reads like anyone until they have chosen their own.
 */
export async function readerOf(request: NextRequest): Promise<SessionUser | null> {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name) || request.cookies.has(`${name}.0`));
  const user = hasSession ? await currentUser() : null;
  return user && !user.mustChangePassword ? user : null;
}
