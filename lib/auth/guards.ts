/**
 * Guards called by every private page, server action and API route before touching data
 * (authorization next to the data, never only in a layout or the proxy).
 * API routes and actions get ApiErrors (401/403); pages use the page* variants, which
 * redirect to /sign-in or render the 403 page.
 */
import "server-only";
import { cache } from "react";
import { forbidden as renderForbidden, notFound as renderNotFound, redirect } from "next/navigation";
import { auth } from "@/lib/auth/config";
import { can, DOOR_PERMISSIONS, type Permission } from "@/lib/auth/permissions";
import { ApiError, forbidden, unauthenticated } from "@/lib/api/errors";
import { db } from "@/lib/db";
import { isRevoked, sessionExpired } from "@/lib/auth/sessions";
import type { CityRole, Role } from "@/lib/generated/prisma/enums";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: string;
  /** Signed in with an admin's temporary password: only /dashboard/password is open. */
  mustChangePassword: boolean;
};

/** Where a user with a temporary password chooses their own. */
export const CHANGE_PASSWORD_PATH = "/dashboard/password";

/**
 * The signed-in user, re-read from the database once per request: a disabled account,
 * a bumped session version or a changed role ends the old session's powers at once, and so
 * do signing out (the session's id is revoked) and the end of its lifetime since sign-in.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id || !session.sid || sessionExpired(session.signedInAt) || (await isRevoked(session.sid))) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, locale: true, disabledAt: true, sessionVersion: true, temporaryPasswordExpiresAt: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== session.user.sessionVersion) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    mustChangePassword: user.temporaryPasswordExpiresAt !== null,
  };
});

type GuardOptions = { temporaryPassword?: "allowed" };

/** The signed-in user (401 otherwise); one with a temporary password may only change it (403). */
export async function requireUser(options: GuardOptions = {}): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw unauthenticated();
  if (user.mustChangePassword && options.temporaryPassword !== "allowed") {
    throw new ApiError("password_change_required", `You signed in with a temporary password: choose your own at ${CHANGE_PASSWORD_PATH} first.`);
  }
  return user;
}

/** Whether the user is on the city's team in one of `roles` (by default: as an organizer, not only at the door). */
export async function organizesCity(userId: string, hostCityId: string, roles: CityRole[] = ["ORGANIZER"]): Promise<boolean> {
  const link = await db.cityOrganizer.findUnique({ where: { hostCityId_userId: { hostCityId, userId } } });
  return link !== null && roles.includes(link.role);
}

/**
 * The user may act on this host city: through the `.any` permission (coordinators), or the
 * `.own` one when they organize it. Otherwise 403 ("not your city"). Without `any`, only
 * the city's own organizers pass.
 */
export async function requireCityAccess(user: SessionUser, hostCityId: string, permissions: { any?: Permission; own: Permission }): Promise<void> {
  if (permissions.any && can(user.role, permissions.any)) return;
  if (
    can(user.role, permissions.own) &&
    (await organizesCity(user.id, hostCityId, DOOR_PERMISSIONS.has(permissions.own) ? ["ORGANIZER", "DOOR"] : ["ORGANIZER"]))
  ) {
    return;
  }
  throw forbidden("You can only do this for host cities you organize.");
}

/**
 * The one guard of private pages: the signed-in user (else to /sign-in and back), who has chosen
 * their own password (else to /dashboard/password first), with `permission` if one is named
 * (else the 403 page). What the page then shows comes from lib/data reads that take this user
 * and decide visibility themselves; pageRead turns their 404 and 403 into the matching pages.
 */
export async function pageUser(returnTo: string, options: GuardOptions & { permission?: Permission } = {}): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (user.mustChangePassword && options.temporaryPassword !== "allowed") redirect(`${CHANGE_PASSWORD_PATH}?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (options.permission && !can(user.role, options.permission)) renderForbidden();
  return user;
}

/** A lib/data read for a page: its 404 becomes the not-found page, its 403 the forbidden page. */
export async function pageRead<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) renderNotFound();
    if (error instanceof ApiError && error.status === 403) renderForbidden();
    throw error;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
