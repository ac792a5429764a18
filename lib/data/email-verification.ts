/**
 * Proving an address at sign-up: a one-time link (a day; only its SHA-256 stored) mailed to it,
 * opened to a page with a button (mail scanners open links; only a person presses the button).
 * Until then the account cannot sign in.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { ApiError } from "@/lib/api/errors";
import { isTokenShaped, newToken, tokenHash } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { audit } from "@/lib/data/audit";
import type { Tx } from "@/lib/data/or-throw";
import { publicBaseUrl } from "@/lib/env";
import { accountExistsMail, verifyEmailMail } from "@/lib/mail/compose";
import { queueMessage } from "@/lib/mail/outbox";
import { addMinutes } from "@/lib/time";

export const VERIFY_HOURS = 24;

/** A new account's confirmation link, mailed in its language. */
export async function sendVerification(tx: Tx, user: { id: string; email: string; name: string; locale: string }) {
  const { token, hash } = newToken();
  const row = await tx.emailVerification.create({ data: { userId: user.id, tokenHash: hash, expiresAt: addMinutes(new Date(), VERIFY_HOURS * 60) } });
  await queueMessage(tx, {
    kind: "account.verify",
    idempotencyKey: `account.verify:${row.id}`,
    to: { email: user.email, name: user.name },
    locale: user.locale,
    content: verifyEmailMail({
      locale: user.locale,
      recipientName: user.name,
      link: `${publicBaseUrl() ?? ""}/verify-email?token=${token}`,
      hours: VERIFY_HOURS,
    }),
  });
}

/** Someone signed up with an address that has an account: its owner is told (sign in, or choose a new password). */
export async function tellOwnerOfSignUp(tx: Tx, owner: { id: string; name: string; locale: string }, email: string) {
  const base = publicBaseUrl() ?? "";
  await queueMessage(tx, {
    kind: "account.exists",
    idempotencyKey: `account.exists:${owner.id}:${randomBytes(8).toString("hex")}`,
    to: { email, name: owner.name },
    locale: owner.locale,
    content: accountExistsMail({ locale: owner.locale, recipientName: owner.name, signIn: `${base}/sign-in`, reset: `${base}/forgot-password` }),
  });
}

/** Whether a confirmation token is still good (for the page before its button is pressed). */
export async function verificationIsOpen(token: string | undefined): Promise<boolean> {
  if (!isTokenShaped(token)) return false;
  const row = await db.emailVerification.findUnique({ where: { tokenHash: tokenHash(token) } });
  return Boolean(row && !row.usedAt && row.expiresAt > new Date());
}

/** Confirms the address behind `token` (once); the account can sign in from now on. */
export async function confirmEmail(token: string): Promise<void> {
  if (!(await verificationIsOpen(token))) throw new ApiError("not_found", "This link has been used or has expired.");
  await db.$transaction(async (tx) => {
    const row = await tx.emailVerification.findUniqueOrThrow({ where: { tokenHash: tokenHash(token) } });
    const { count } = await tx.emailVerification.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: new Date() } });
    if (count === 0) throw new ApiError("not_found", "This link has been used or has expired.");
    await tx.user.update({ where: { id: row.userId }, data: { emailVerifiedAt: new Date() } });
    await audit(tx, { actorId: row.userId, action: "user.verify_email", entityType: "User", entityId: row.userId });
  });
}
