/**
 * A city's team: its organizers ask co-organizers and door volunteers (who only check attendees
 * in, lib/auth/permissions.ts DOOR_PERMISSIONS) onto it. An address with an account joins at once
 * and is told; another gets an invitation to create an account (mailed), which joins the team
 * when it is used (lib/data/users.ts).
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { ApiError, notFound } from "@/lib/api/errors";
import { requireCityAccess, type SessionUser } from "@/lib/auth/guards";
import { tokenHash } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { audit } from "@/lib/data/audit";
import { parseInput, type RawInput } from "@/lib/data/input";
import type { Tx } from "@/lib/data/or-throw";
import { publicBaseUrl } from "@/lib/env";
import { cityTeamMail } from "@/lib/mail/compose";
import { queueMessage } from "@/lib/mail/outbox";
import { cityTeamInviteSchema } from "@/lib/validation/team";

const VALID_DAYS = 14;

/**
 * POST /api/v1/events/{slug}/cities/{citySlug}/team (the city's organizers, coordinators):
 * `{ email, name?, role }`. 201 `{ status: "added" }` when the address has an account (it joins
 * now), `{ status: "invited" }` otherwise; 409 when that person is already on the team.
 */
export async function inviteToCityTeam(user: SessionUser, eventSlug: string, citySlug: string, raw: RawInput) {
  const event = await db.event.findUnique({ where: { slug: eventSlug } });
  if (!event) throw notFound("This event");
  const city = await db.hostCity.findUnique({ where: { eventId_slug: { eventId: event.id, slug: citySlug } } });
  if (!city) throw notFound("This host city");
  await requireCityAccess(user, city.id, { any: "city.team.any", own: "city.team.own" });
  const input = await parseInput(cityTeamInviteSchema, raw);
  const role = input.role === "door" ? "DOOR" : "ORGANIZER";
  const base = publicBaseUrl() ?? "";
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, name: true, locale: true, disabledAt: true } });
    if (existing && !existing.disabledAt) {
      const link = await tx.cityOrganizer.findUnique({ where: { hostCityId_userId: { hostCityId: city.id, userId: existing.id } } });
      if (link)
        throw new ApiError("in_use", `This person is already on the team of ${city.name}.`, [{ path: "email", message: "Already on this city's team." }]);
      await tx.cityOrganizer.create({ data: { hostCityId: city.id, userId: existing.id, role } });
      await record(tx, user, { cityId: city.id, eventId: event.id, email: input.email, role, how: "added" });
      await queueMessage(tx, {
        kind: "city.team",
        idempotencyKey: `city.team.added:${city.id}:${existing.id}`,
        eventId: event.id,
        to: { email: input.email, name: existing.name },
        locale: existing.locale,
        content: cityTeamMail({
          locale: existing.locale,
          recipientName: existing.name,
          inviterName: user.name,
          eventTitle: event.title,
          cityName: city.name,
          role: input.role,
          kind: "added",
          link: `${base}/dashboard${role === "DOOR" ? `/events/${event.slug}/cities/${city.slug}/door` : `/events/${event.slug}/cities/${city.slug}`}`,
        }),
      });
      return { status: "added" as const };
    }
    const token = randomBytes(24).toString("base64url");
    const expiresAt = new Date(Date.now() + VALID_DAYS * 24 * 3600 * 1000);
    const invitation = await tx.invitation.create({
      data: { email: input.email, name: input.name, tokenHash: tokenHash(token), invitedById: user.id, expiresAt, hostCityId: city.id, cityRole: role },
    });
    await record(tx, user, { cityId: city.id, eventId: event.id, email: input.email, role, how: "invited" });
    // In the inviter's language: the invitee has chosen none yet.
    await queueMessage(tx, {
      kind: "account.invited",
      idempotencyKey: `account.invited:${invitation.id}`,
      eventId: event.id,
      to: { email: input.email, name: input.name },
      locale: user.locale,
      content: cityTeamMail({
        locale: user.locale,
        recipientName: input.name || input.email,
        inviterName: user.name,
        eventTitle: event.title,
        cityName: city.name,
        role: input.role,
        kind: "invited",
        link: `${base}/sign-up?invite=${token}`,
        expiresAt: expiresAt.toISOString(),
      }),
    });
    return { status: "invited" as const };
  });
}

function record(tx: Tx, user: SessionUser, what: { cityId: string; eventId: string; email: string; role: string; how: "added" | "invited" }) {
  return audit(tx, {
    actorId: user.id,
    action: `city_team.${what.how}`,
    entityType: "HostCity",
    entityId: what.cityId,
    eventId: what.eventId,
    after: { email: what.email, role: what.role.toLowerCase() },
  });
}
