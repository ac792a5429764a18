/**
 * Invitations to create an organizer account. The link carries a random token; only its
 * SHA-256 is stored, so a database leak does not leak usable links.
 */
import "server-only";
import type { Tx } from "@/lib/data/or-throw";
import { randomBytes } from "node:crypto";
import { tokenHash as hashToken } from "@/lib/auth/tokens";
import { forbidden } from "@/lib/api/errors";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { audit } from "@/lib/data/audit";
import { publicBaseUrl } from "@/lib/env";
import { organizerInvitationMail } from "@/lib/mail/compose";
import { queueMessage } from "@/lib/mail/outbox";

const VALID_DAYS = 14;

export async function createInvitation(user: SessionUser, input: { email: string; name: string }) {
  if (!can(user.role, "user.invite")) throw forbidden();
  const token = randomBytes(24).toString("base64url");
  const expiresAt = new Date(Date.now() + VALID_DAYS * 24 * 3600 * 1000);
  await db.$transaction(async (tx) => {
    const invitation = await tx.invitation.create({
      data: { email: input.email, name: input.name, tokenHash: hashToken(token), invitedById: user.id, expiresAt },
    });
    await audit(tx, {
      actorId: user.id,
      action: "invitation.create",
      entityType: "User",
      entityId: invitation.id,
      after: { email: input.email, name: input.name, expiresAt: expiresAt.toISOString() },
    });
    // Mailed too (in the inviter's language: the invitee has chosen none yet), not only shown for copying.
    await queueMessage(tx, {
      kind: "account.invited",
      idempotencyKey: `account.invited:${invitation.id}`,
      to: { email: input.email, name: input.name },
      locale: user.locale,
      content: organizerInvitationMail({
        locale: user.locale,
        recipientName: input.name || input.email,
        inviterName: user.name,
        link: `${publicBaseUrl() ?? ""}/sign-up?invite=${token}`,
        expiresAt: expiresAt.toISOString(),
      }),
    });
  });
  return { path: `/sign-up?invite=${token}`, expiresAt };
}

/** The open invitation behind a token, or null (unknown, used or expired). */
export async function findInvitation(token: string | undefined) {
  if (!token || token.length > 100) return null;
  const invitation = await db.invitation.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!invitation || invitation.acceptedAt || invitation.expiresAt < new Date()) return null;
  return invitation;
}

/** Marks the invitation used and returns the city team it joins, if any; null when it was used or expired in the meantime. */
export async function acceptInvitation(tx: Tx, token: string, email: string) {
  const { count } = await tx.invitation.updateMany({
    where: { tokenHash: hashToken(token), email, acceptedAt: null, expiresAt: { gt: new Date() } },
    data: { acceptedAt: new Date() },
  });
  if (count !== 1) return null;
  const { hostCityId, cityRole } = await tx.invitation.findUniqueOrThrow({
    where: { tokenHash: hashToken(token) },
    select: { hostCityId: true, cityRole: true },
  });
  return { team: hostCityId && cityRole ? { hostCityId, role: cityRole } : null };
}
