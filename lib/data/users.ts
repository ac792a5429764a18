import "server-only";
import { rethrowUnique, staleVersion } from "@/lib/data/or-throw";
import { randomBytes } from "node:crypto";
import { ApiError, forbidden, notFound } from "@/lib/api/errors";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/guards";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import { audit } from "@/lib/data/audit";
import { acceptInvitation } from "@/lib/data/invitations";
import { updateAccountSchema, type ChangePasswordInput, type SignUpInput } from "@/lib/validation/user";
import { parseInput, type RawInput } from "@/lib/data/input";
import type { AccountJson } from "@/lib/api/shapes";
import { lower } from "@/lib/data/event-json";
import { toUtcIso } from "@/lib/time";
import { sendVerification, tellOwnerOfSignUp } from "@/lib/data/email-verification";

/**
 * A new organizer account. Through an invitation link (mailed to that address, so proven) it can
 * sign in at once: "signed_up". Otherwise the answer is "check_mail" whatever happens: a new
 * account gets a link to confirm its address (it cannot sign in before), and an address that
 * already has an account gets a message saying so, to its owner only, so the form never tells
 * anyone who is registered. An invitation is used up in the same transaction.
 */
export async function createOrganizer(input: SignUpInput, inviteToken?: string): Promise<"signed_up" | "check_mail"> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const accepted = inviteToken ? await acceptInvitation(tx, inviteToken, input.email) : null;
      if (inviteToken && !accepted) {
        throw new ApiError("validation_error", "This invitation link is used, expired, or for another email address.", [
          { path: "email", message: "Use the email address the invitation was sent to, or sign up without it." },
        ]);
      }
      const existing = inviteToken ? null : await tx.user.findUnique({ where: { email: input.email }, select: { id: true, name: true, locale: true } });
      if (existing) {
        await tellOwnerOfSignUp(tx, existing, input.email);
        return "check_mail";
      }
      const user = await tx.user.create({
        data: { name: input.name, email: input.email, passwordHash, role: "ORGANIZER", locale: input.locale, emailVerifiedAt: inviteToken ? new Date() : null },
        select: { id: true, email: true, name: true },
      });
      await audit(tx, {
        actorId: user.id,
        action: "user.sign_up",
        entityType: "User",
        entityId: user.id,
        after: { email: user.email, name: user.name, role: "ORGANIZER" },
      });
      // Invited by a city's organizers: the account joins that city's team, in the role they chose.
      if (accepted?.team) await tx.cityOrganizer.create({ data: { hostCityId: accepted.team.hostCityId, userId: user.id, role: accepted.team.role } });
      if (inviteToken) return "signed_up";
      await sendVerification(tx, { ...user, locale: input.locale });
      return "check_mail";
    });
  } catch (error) {
    rethrowUnique(
      error,
      () =>
        new ApiError("validation_error", "An account with this email already exists.", [
          { path: "email", message: "An account with this email already exists: sign in instead." },
        ]),
    );
  }
}

/** An account as the API answers it (lib/api/shapes.ts accountShape). */
function accountJson(user: { id: string; email: string; name: string; role: Role; disabledAt: Date | null; version: number }): AccountJson {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: lower(user.role),
    disabled: Boolean(user.disabledAt),
    disabledAt: user.disabledAt ? toUtcIso(user.disabledAt) : null,
    version: user.version,
  };
}

async function manageable(admin: SessionUser, userId: string) {
  if (!can(admin.role, "user.manage")) throw forbidden();
  if (!isUuid(userId)) throw notFound("This account");
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true, disabledAt: true, version: true } });
  if (!user) throw notFound("This account");
  return user;
}

/**
 * PATCH /api/v1/users/{id}: change the role or disable / enable an account (admins).
 * Disabling ends the account's sessions at once (the session version moves on). Admins
 * cannot disable or demote themselves, so an instance always keeps an admin.
 */
export async function updateAccount(admin: SessionUser, userId: string, raw: RawInput) {
  const user = await manageable(admin, userId);
  const input = await parseInput(updateAccountSchema, raw);
  if (input.version !== undefined && input.version !== user.version) throw staleVersion("this account", user.version);
  const role = input.role?.toUpperCase() as Role | undefined;
  if (user.id === admin.id && (input.disabled || (role && role !== "ADMIN"))) {
    throw new ApiError("validation_error", "You cannot disable or demote your own account.", [
      { path: input.disabled ? "disabled" : "role", message: "Ask another administrator." },
    ]);
  }
  const changesRole = role !== undefined && role !== user.role;
  const changesDisabled = input.disabled !== undefined && input.disabled !== Boolean(user.disabledAt);
  if (!changesRole && !changesDisabled) {
    // Nothing to change: no new version, no audit entry, and an enabled account's sessions live on.
    return accountJson(user);
  }
  const updated = await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: user.id, version: user.version },
      data: {
        role: changesRole ? role : undefined,
        ...(!changesDisabled ? {} : { disabledAt: input.disabled ? new Date() : null, sessionVersion: { increment: input.disabled ? 1 : 0 } }),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw staleVersion("this account", user.version + 1);
    const after = await tx.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { id: true, email: true, name: true, role: true, disabledAt: true, version: true },
    });
    await audit(tx, {
      actorId: admin.id,
      action: "user.update",
      entityType: "User",
      entityId: user.id,
      before: { role: user.role, disabled: Boolean(user.disabledAt) },
      after: { role: after.role, disabled: Boolean(after.disabledAt) },
    });
    return after;
  });
  return accountJson(updated);
}

/** How long an admin's temporary password works (it only lets its holder choose their own). */
export const TEMPORARY_PASSWORD_HOURS = 24;

/**
 * POST /api/v1/users/{id}/reset-password: a temporary password (admins); old sessions end. It
 * expires after TEMPORARY_PASSWORD_HOURS, and signed in with it, the person must choose their own
 * before anything else (lib/auth/guards.ts).
 */
export async function resetPassword(admin: SessionUser, userId: string) {
  const user = await manageable(admin, userId);
  const temporaryPassword = randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(temporaryPassword);
  const expiresAt = new Date(Date.now() + TEMPORARY_PASSWORD_HOURS * 60 * 60 * 1000);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, temporaryPasswordExpiresAt: expiresAt, sessionVersion: { increment: 1 }, version: { increment: 1 } },
    });
    await audit(tx, { actorId: admin.id, action: "user.reset_password", entityType: "User", entityId: user.id });
  });
  return { temporaryPassword, expiresAt: toUtcIso(expiresAt) };
}

/**
 * The signed-in person chooses a new password, giving the current one (or the temporary one an
 * admin issued). Every session of the account ends (the session version moves on); the caller
 * signs this browser in again with the new password. A wrong current password is a field error.
 */
export async function changePassword(user: SessionUser, input: ChangePasswordInput) {
  const account = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
    throw new ApiError("validation_error", "The current password is not right.", [{ path: "currentPassword", message: "This is not your current password." }]);
  }
  if (await verifyPassword(account.passwordHash, input.newPassword)) {
    throw new ApiError("validation_error", "Choose a password different from the current one.", [
      { path: "newPassword", message: "This is the password you have now: choose another." },
    ]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, temporaryPasswordExpiresAt: null, sessionVersion: { increment: 1 }, version: { increment: 1 } },
    });
    await audit(tx, { actorId: user.id, action: "user.change_password", entityType: "User", entityId: user.id });
  });
}
