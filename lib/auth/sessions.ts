/**
 * Server-side ends of a session. The session itself is a signed cookie, so signing out alone
 * would only delete the browser's copy: a copied cookie would still work. Signing out records
 * the session's id here until the cookie would have expired anyway; every private request
 * checks it (lib/auth/guards.ts). "Sign out everywhere" is the account's session version.
 */
import "server-only";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";

/** No session lives longer than this from its sign-in, however active (12 hours: a working day). */
export const SESSION_LIFETIME_SECONDS = 12 * 60 * 60;

export function sessionExpired(signedInAt: number | undefined, now = Date.now()): boolean {
  return signedInAt === undefined || now / 1000 >= signedInAt + SESSION_LIFETIME_SECONDS;
}

export async function revokeSession(sid: string, signedInAt: number | undefined) {
  if (!isUuid(sid)) return;
  const expiresAt = new Date(((signedInAt ?? Date.now() / 1000) + SESSION_LIFETIME_SECONDS) * 1000);
  await db.$transaction([
    db.revokedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
    db.revokedSession.upsert({ where: { sid }, create: { sid, expiresAt }, update: {} }),
  ]);
}

export async function isRevoked(sid: string): Promise<boolean> {
  return (await db.revokedSession.count({ where: { sid } })) > 0;
}
