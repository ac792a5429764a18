/**
 * Program items: shared (broadcast to every city; coordinators) or local to one host city
 * (a reception before, a panel after; also that city's organizers). Wall-clock starts are
 * converted by lib/time, which refuses times in a DST gap or fold.
 */
import "server-only";
import { translationsAfter } from "@/lib/data/translated";
import { translationsJson } from "@/lib/translations";
import { swapInRunningOrder } from "@/lib/program-rules";
import { staleVersion, visibleOrThrow } from "@/lib/data/or-throw";
import { ApiError, forbidden, notFound, validationError } from "@/lib/api/errors";
import { can } from "@/lib/auth/permissions";
import { requireCityAccess, type SessionUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import type { ProgramItemKind } from "@/lib/generated/prisma/enums";
import { audit } from "@/lib/data/audit";
import { changedFields, isEmpty } from "@/lib/data/changes";
import { programItemFields, revalidateEvent, type ProgramAssignment } from "@/lib/data/events";
import { noteSlotChange } from "@/lib/data/notifications";
import { addMinutes, minutesBetween, toLocalIso, toUtcIso, wallClockToInstant } from "@/lib/time";
import { createItemSchema, updateItemSchema, type CreateItemInput } from "@/lib/validation/item";
import { parseInput, type RawInput } from "@/lib/data/input";
export type { ScheduleItemJson } from "@/lib/api/shapes";
import type { ScheduleItemJson } from "@/lib/api/shapes";

/** An item as the API returns it: the public program item with local times in a zone. */

export function itemJson(
  item: Parameters<typeof programItemFields>[0],
  citySlug: string | null,
  zone: string,
  assignments: ProgramAssignment[] = [],
): ScheduleItemJson {
  return {
    ...programItemFields(item, citySlug),
    localStart: toLocalIso(item.startsAt, zone),
    localEnd: toLocalIso(item.endsAt, zone),
    assignments,
  };
}

/** The UTC instant of the item's start, or a 400 naming the gap or fold. */
export function resolveStart(input: { start?: CreateItemInput["start"]; startsAt?: string }): Date {
  if (input.startsAt) return new Date(input.startsAt);
  const result = wallClockToInstant(input.start!.local, input.start!.timeZone);
  if (!result.ok) throw new ApiError("validation_error", result.message, [{ path: "start.local", message: result.message }]);
  return result.instant;
}

/**
 * POST /api/v1/events/{slug}/items. The body says which city a local item belongs to, so
 * `citySlug` is read first to decide 404/403, and the rest is validated after (400).
 */
export async function createItem(user: SessionUser, eventSlug: string, raw: RawInput) {
  const event = visibleOrThrow(
    await db.event.findUnique({ where: { slug: eventSlug }, include: { languages: { orderBy: { position: "asc" } } } }),
    (row) => row.status,
    user,
    "This event",
  );
  // The body says which city a local item is for: read (not yet validated) to decide 404/403.
  const body = await raw();
  const citySlug = typeof body === "object" && body && "citySlug" in body && typeof body.citySlug === "string" ? body.citySlug : undefined;
  let city: { id: string; slug: string; timeZone: string } | null = null;
  if (citySlug) {
    city = await db.hostCity.findUnique({ where: { eventId_slug: { eventId: event.id, slug: citySlug } }, select: { id: true, slug: true, timeZone: true } });
    if (!city) throw notFound("This host city");
    await requireCityAccess(user, city.id, { any: "item.manageLocal.any", own: "item.manageLocal.own" });
  } else if (!can(user.role, "item.manageShared")) {
    throw forbidden("Only coordinators add shared program items; organizers add local items with citySlug.");
  }
  const parsed = createItemSchema.safeParse(body);
  if (!parsed.success) throw validationError(parsed.error);
  const input = parsed.data;
  const startsAt = resolveStart(input);
  const endsAt = addMinutes(startsAt, input.durationMinutes);
  const language = input.language ?? event.languages[0]?.code ?? "en";

  const item = await db.$transaction(async (tx) => {
    const created = await tx.programItem.create({
      data: {
        eventId: event.id,
        hostCityId: city?.id ?? null,
        title: input.title,
        kind: input.kind.toUpperCase() as ProgramItemKind,
        description: input.description,
        language,
        startsAt,
        endsAt,
      },
    });
    await audit(tx, {
      actorId: user.id,
      action: "program_item.create",
      entityType: "ProgramItem",
      entityId: created.id,
      eventId: event.id,
      after: { title: created.title, kind: created.kind, startsAt: toUtcIso(startsAt), endsAt: toUtcIso(endsAt), citySlug: city?.slug ?? null },
    });
    return created;
  });
  revalidateEvent(event.slug);
  return itemJson(item, city?.slug ?? null, city?.timeZone ?? event.anchorTimeZone);
}

/** Deletes a local item (its city's organizers, coordinators) or a shared one (coordinators). */
export async function deleteItem(user: SessionUser, eventSlug: string, itemId: string) {
  const item = await itemForWrite(user, eventSlug, itemId);
  await db.$transaction(async (tx) => {
    await tx.programItem.delete({ where: { id: item.id } });
    await audit(tx, {
      actorId: user.id,
      action: "program_item.delete",
      entityType: "ProgramItem",
      entityId: item.id,
      eventId: item.eventId,
      before: { title: item.title, startsAt: toUtcIso(item.startsAt) },
    });
  });
  revalidateEvent(eventSlug);
}

/** The local items of one host city, in order. */
export function localItems(hostCityId: string) {
  return db.programItem.findMany({ where: { hostCityId }, orderBy: [{ startsAt: "asc" }, { position: "asc" }] });
}

async function itemForWrite(user: SessionUser, eventSlug: string, itemId: string) {
  if (!isUuid(itemId)) throw notFound("This program item");
  const item = visibleOrThrow(
    await db.programItem.findFirst({
      where: { id: itemId, event: { slug: eventSlug } },
      include: {
        event: { include: { languages: { select: { code: true }, orderBy: { position: "asc" } } } },
        hostCity: { select: { slug: true, timeZone: true } },
      },
    }),
    (row) => row.event.status,
    user,
    "This program item",
  );
  if (item.hostCityId) await requireCityAccess(user, item.hostCityId, { any: "item.manageLocal.any", own: "item.manageLocal.own" });
  else if (!can(user.role, "item.manageShared")) throw forbidden();
  return item;
}

/** PATCH /api/v1/events/{slug}/items/{itemId}: change an item; optional version. */
/** What the audit log keeps of an item's change. */
function auditedItem(item: { title: string; kind: string; language: string; startsAt: Date; endsAt: Date; translations: unknown }) {
  return {
    title: item.title,
    kind: item.kind,
    language: item.language,
    startsAt: toUtcIso(item.startsAt),
    endsAt: toUtcIso(item.endsAt),
    translations: translationsJson(item.translations),
  };
}

export async function updateItem(user: SessionUser, eventSlug: string, itemId: string, raw: RawInput) {
  const item = await itemForWrite(user, eventSlug, itemId);
  const input = await parseInput(updateItemSchema, raw);
  if (input.version !== undefined && input.version !== item.version) throw staleVersion("this item", item.version);
  const startsAt = input.start || input.startsAt ? resolveStart(input) : item.startsAt;
  const minutes = input.durationMinutes ?? minutesBetween(item.startsAt, item.endsAt);
  const changes = changedFields(item, {
    title: input.title,
    kind: input.kind ? (input.kind.toUpperCase() as ProgramItemKind) : undefined,
    description: input.description,
    language: input.language,
    startsAt,
    endsAt: addMinutes(startsAt, minutes),
  });
  const translations = translationsAfter(
    item.translations,
    input.translations,
    { title: changes.title ?? item.title, description: changes.description ?? item.description },
    item.event.languages.map((l) => l.code),
  );
  // Nothing to change: no new version, no audit entry.
  if (isEmpty(changes) && translations === undefined) return itemJson(item, item.hostCity?.slug ?? null, item.hostCity?.timeZone ?? item.event.anchorTimeZone);
  const updated = await db.$transaction(async (tx) => {
    const { count } = await tx.programItem.updateMany({
      where: { id: item.id, version: item.version },
      data: { ...changes, translations, version: { increment: 1 } },
    });
    if (count === 0) throw staleVersion("this item", item.version + 1);
    const after = await tx.programItem.findUniqueOrThrow({ where: { id: item.id } });
    await audit(tx, {
      actorId: user.id,
      action: "program_item.update",
      entityType: "ProgramItem",
      entityId: item.id,
      eventId: item.eventId,
      before: auditedItem(item),
      after: auditedItem(after),
    });
    await noteSlotChange(tx, item, after);
    return after;
  });
  revalidateEvent(eventSlug);
  return itemJson(updated, item.hostCity?.slug ?? null, item.hostCity?.timeZone ?? item.event.anchorTimeZone);
}

/**
 * Swaps an item with its neighbour in the running order. `expected` is what the person was
 * shown before confirming (both versions and which neighbour): if the order changed since,
 * nothing moves and the answer is a 409, so a move never does something other than it said.
 */
export async function moveItem(
  user: SessionUser,
  eventSlug: string,
  itemId: string,
  direction: "up" | "down",
  expected?: { version: number; neighbourId: string; neighbourVersion: number },
) {
  const found = await itemForWrite(user, eventSlug, itemId);
  const moved = await db.$transaction(async (tx) => {
    // One running-order change of an event at a time: two people moving neighbours at once
    // would otherwise both swap from the same old order and leave items overlapping.
    await tx.$queryRaw`select id from "Event" where id = ${found.eventId}::uuid for update`;
    const siblings = await tx.programItem.findMany({
      where: { eventId: found.eventId, hostCityId: found.hostCityId },
      orderBy: [{ startsAt: "asc" }, { position: "asc" }],
    });
    const index = siblings.findIndex((s) => s.id === found.id);
    const item = siblings[index];
    const other = siblings[direction === "up" ? index - 1 : index + 1];
    if (!item) throw notFound("This program item");
    if (expected && (item.version !== expected.version || other?.id !== expected.neighbourId || other.version !== expected.neighbourVersion)) {
      throw staleVersion("the running order", item.version);
    }
    if (!other) return false;
    const [first, second] = direction === "up" ? [other, item] : [item, other];
    const swapped = swapInRunningOrder(first, second);
    const secondAfter = await tx.programItem.update({ where: { id: second.id }, data: { ...swapped.second, version: { increment: 1 } } });
    const firstAfter = await tx.programItem.update({ where: { id: first.id }, data: { ...swapped.first, version: { increment: 1 } } });
    // The people on both items hear of their new times (in their next digest).
    await noteSlotChange(tx, second, secondAfter);
    await noteSlotChange(tx, first, firstAfter);
    await audit(tx, {
      actorId: user.id,
      action: "program_item.move",
      entityType: "ProgramItem",
      entityId: item.id,
      eventId: item.eventId,
      before: { startsAt: toUtcIso(item.startsAt) },
      after: { direction },
    });
    return true;
  });
  if (moved) revalidateEvent(eventSlug);
}
