/**
 * "Forgot password": a one-time link mailed to the account's address. Asking answers the same
 * whether or not the address has an account (no one learns who is registered); the link works
 * once, for RESET_MINUTES, and choosing a new password ends every session of the account.
 * Only the token's SHA-256 is stored.
 */
import "server-only";
import { ApiError } from "@/lib/api/errors";
import { isTokenShaped, newToken, tokenHash } from "@/lib/auth/tokens";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { audit } from "@/lib/data/audit";
import { publicBaseUrl } from "@/lib/env";
import { passwordResetMail } from "@/lib/mail/compose";
import { queueMessage } from "@/lib/mail/outbox";
import { addMinutes } from "@/lib/time";

export const RESET_MINUTES = 60;

/** Mails a reset link when `email` names an active account; answers nothing either way. */
export async function requestPasswordReset(email: string): Promise<void> {
  const user = await db.user.findFirst({ where: { email: { equals: email.trim(), mode: "insensitive" }, disabledAt: null } });
  if (!user) return;
  const { token, hash } = newToken();
  const expiresAt = addMinutes(new Date(), RESET_MINUTES);
  await db.$transaction(async (tx) => {
    const reset = await tx.passwordReset.create({ data: { userId: user.id, tokenHash: hash, expiresAt } });
    await queueMessage(tx, {
      kind: "account.reset",
      idempotencyKey: `account.reset:${reset.id}`,
      to: { email: user.email, name: user.name },
      locale: user.locale,
      content: passwordResetMail({
        locale: user.locale,
        recipientName: user.name,
        link: `${publicBaseUrl() ?? ""}/reset-password?token=${token}`,
        minutes: RESET_MINUTES,
      }),
    });
  });
}

/** The account a reset token opens (unused and unexpired), or null. */
export async function accountOfResetToken(token: string | undefined) {
  if (!isTokenShaped(token)) return null;
  const reset = await db.passwordReset.findUnique({
    where: { tokenHash: tokenHash(token) },
    include: { user: { select: { id: true, email: true, name: true, disabledAt: true } } },
  });
  if (!reset || reset.usedAt || reset.expiresAt <= new Date() || reset.user.disabledAt) return null;
  return reset.user;
}

/** Sets the new password through the link (once): every session of the account ends, every other link of it too. */
export async function resetPassword(token: string, newPassword: string): Promise<{ email: string }> {
  const account = await accountOfResetToken(token);
  if (!account) throw new ApiError("not_found", "This link has been used or has expired: ask for a new one.");
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    const { count } = await tx.passwordReset.updateMany({ where: { tokenHash: tokenHash(token), usedAt: null }, data: { usedAt: new Date() } });
    if (count === 0) throw new ApiError("not_found", "This link has been used or has expired: ask for a new one.");
    await tx.passwordReset.updateMany({ where: { userId: account.id, usedAt: null }, data: { usedAt: new Date() } });
    await tx.user.update({
      where: { id: account.id },
      data: { passwordHash, temporaryPasswordExpiresAt: null, sessionVersion: { increment: 1 }, version: { increment: 1 } },
    });
    await audit(tx, { actorId: account.id, action: "user.reset_password_by_link", entityType: "User", entityId: account.id });
  });
  return { email: account.email };
}
