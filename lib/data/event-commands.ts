/**
 * Creating and changing events (coordinators). Moving an event's start moves its whole
 * program by the same amount, so a shared timetable never drifts from its event.
 */
import "server-only";
import { queueAttendeeNotice } from "@/lib/mail/queue";
import { translationsAfter } from "@/lib/data/translated";
import { translationsJson } from "@/lib/translations";
import { rethrowUnique, staleVersion, visibleOrThrow } from "@/lib/data/or-throw";
import { ApiError, forbidden } from "@/lib/api/errors";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import type { AttendanceMode, EventStatus } from "@/lib/generated/prisma/enums";
import { audit } from "@/lib/data/audit";
import { changedFields, isEmpty } from "@/lib/data/changes";
import { eventJson, eventWithCities } from "@/lib/data/event-json";
import { revalidateEvent } from "@/lib/data/events";
import { noteSlotChange, notifyDelay } from "@/lib/data/notifications";
import { resolveStart } from "@/lib/data/items";
import { addMinutes, minutesBetween, toUtcIso } from "@/lib/time";
import { createEventSchema, delayEventSchema, MAX_DELAY_MINUTES, updateEventSchema } from "@/lib/validation/event";
import { parseInput, type RawInput } from "@/lib/data/input";

const upper = <T extends string>(value: string) => value.toUpperCase() as T;

/** POST /api/v1/events: a draft. */
export async function createEvent(user: SessionUser, raw: RawInput) {
  if (!can(user.role, "event.create")) throw forbidden();
  const input = await parseInput(createEventSchema, raw);
  const startsAt = resolveStart(input);
  const anchorTimeZone = input.anchorTimeZone ?? input.start!.timeZone;
  try {
    const event = await db.$transaction(async (tx) => {
      const created = await tx.event.create({
        data: {
          slug: input.slug,
          title: input.title,
          summary: input.summary,
          attendanceMode: upper<AttendanceMode>(input.attendanceMode),
          startsAt,
          endsAt: addMinutes(startsAt, input.durationMinutes),
          anchorTimeZone,
          languages: { create: input.languages.map((code, position) => ({ code, position })) },
        },
        include: eventWithCities,
      });
      await audit(tx, { actorId: user.id, action: "event.create", entityType: "Event", entityId: created.id, eventId: created.id, after: snapshot(created) });
      return created;
    });
    revalidateEvent(event.slug);
    return eventJson(event, { allCities: true });
  } catch (error) {
    rethrowUnique(
      error,
      () => new ApiError("slug_taken", `"${input.slug}" is already the slug of an event. Choose another.`, [{ path: "slug", message: "Already taken." }]),
    );
  }
}

function snapshot(event: {
  title: string;
  summary: string;
  status: string;
  attendanceMode: string;
  startsAt: Date;
  endsAt: Date;
  anchorTimeZone: string;
  registrationOpen: boolean;
  showUnconfirmedPeople: boolean;
  attendeeRegistrationOpen: boolean;
  attendeeRegistrationClosesAt: Date | null;
  organizerName: string;
  organizerUrl: string | null;
  imageUrl: string | null;
  contentLanguage: string | null;
  translations: unknown;
  languages: { code: string; streamUrl: string | null }[];
}) {
  return {
    title: event.title,
    summary: event.summary,
    status: event.status,
    attendanceMode: event.attendanceMode,
    startsAt: toUtcIso(event.startsAt),
    endsAt: toUtcIso(event.endsAt),
    anchorTimeZone: event.anchorTimeZone,
    registrationOpen: event.registrationOpen,
    showUnconfirmedPeople: event.showUnconfirmedPeople,
    attendeeRegistration: { open: event.attendeeRegistrationOpen, closesAt: event.attendeeRegistrationClosesAt?.toISOString() ?? null },
    organizerName: event.organizerName,
    organizerUrl: event.organizerUrl,
    imageUrl: event.imageUrl,
    contentLanguage: event.contentLanguage,
    translations: translationsJson(event.translations),
    languages: event.languages.map((l) => `${l.code}${l.streamUrl ? ` ${l.streamUrl}` : ""}`),
  };
}

/** PATCH /api/v1/events/{slug} */
export async function updateEvent(user: SessionUser, slug: string, raw: RawInput) {
  const existing = visibleOrThrow(await db.event.findUnique({ where: { slug }, select: { id: true, status: true } }), (row) => row.status, user, "This event");
  if (!can(user.role, "event.update")) throw forbidden();
  const input = await parseInput(updateEventSchema, raw);

  const event = await db.$transaction(async (tx) => {
    const before = await tx.event.findUniqueOrThrow({ where: { id: existing.id }, include: eventWithCities });
    if (input.version !== undefined && input.version !== before.version) throw staleVersion("this event", before.version);

    const startsAt = input.start || input.startsAt ? resolveStart(input) : before.startsAt;
    const minutes = input.durationMinutes ?? minutesBetween(before.startsAt, before.endsAt);
    const shift = startsAt.getTime() - before.startsAt.getTime();

    if (input.languages) {
      const keep = new Set(input.languages.map((l) => l.code));
      const dropped = before.languages.filter((l) => !keep.has(l.code));
      if (dropped.length) {
        const used = await tx.assignment.count({ where: { broadcastLanguageId: { in: dropped.map((l) => l.id) } } });
        if (used) {
          throw new ApiError("validation_error", "The request is not valid.", [
            { path: "languages", message: `${dropped.map((l) => l.code).join(", ")} still has assignments: remove them before dropping the language.` },
          ]);
        }
      }
    }

    const broadcast = input.languages?.map((l) => l.code) ?? before.languages.map((l) => l.code);
    const contentLanguage = input.contentLanguage ?? before.contentLanguage;
    if ((input.contentLanguage !== undefined || input.languages !== undefined) && contentLanguage && !broadcast.includes(contentLanguage)) {
      throw new ApiError("validation_error", "The request is not valid.", [
        {
          path: "contentLanguage",
          message: `The event is written in ${contentLanguage}, which it would not broadcast: choose one of ${broadcast.join(", ")}.`,
        },
      ]);
    }
    const changes = changedFields(before, {
      contentLanguage: input.contentLanguage,
      title: input.title,
      summary: input.summary,
      attendanceMode: input.attendanceMode ? upper<AttendanceMode>(input.attendanceMode) : undefined,
      status: input.status ? upper<EventStatus>(input.status) : undefined,
      registrationOpen: input.registrationOpen,
      showUnconfirmedPeople: input.showUnconfirmedPeople,
      attendeeRegistrationOpen: input.attendeeRegistration?.open,
      attendeeRegistrationClosesAt:
        input.attendeeRegistration?.closesAt === undefined ? undefined : input.attendeeRegistration.closesAt && new Date(input.attendeeRegistration.closesAt),
      organizerName: input.organizerName,
      organizerUrl: input.organizerUrl,
      imageUrl: input.imageUrl,
      anchorTimeZone: input.anchorTimeZone,
      startsAt,
      endsAt: addMinutes(startsAt, minutes),
    });
    const languagesChange =
      input.languages !== undefined &&
      (input.languages.map((l) => l.code).join() !== before.languages.map((l) => l.code).join() ||
        input.languages.some((l) => l.streamUrl !== undefined && l.streamUrl !== before.languages.find((b) => b.code === l.code)?.streamUrl));
    const translations = translationsAfter(
      before.translations,
      input.translations,
      { title: changes.title ?? before.title, summary: changes.summary ?? before.summary },
      broadcast,
    );
    if (isEmpty(changes) && !languagesChange && translations === undefined) return before; // nothing to change: no new version, no audit entry

    const { count } = await tx.event.updateMany({
      where: { id: before.id, version: before.version },
      data: { ...changes, translations, version: { increment: 1 } },
    });
    if (count === 0) throw staleVersion("this event", before.version + 1);

    if (shift !== 0) {
      // The program moves with its event (every item by the same number of milliseconds), and
      // the people on it hear of their new times (the items with someone assigned).
      const staffed = await tx.programItem.findMany({ where: { eventId: before.id, assignments: { some: {} } } });
      await tx.$executeRaw`update "ProgramItem" set "startsAt" = "startsAt" + ${shift} * interval '1 millisecond', "endsAt" = "endsAt" + ${shift} * interval '1 millisecond', version = version + 1 where "eventId" = ${before.id}::uuid`;
      for (const item of staffed) {
        await noteSlotChange(tx, item, { ...item, startsAt: new Date(+item.startsAt + shift), endsAt: new Date(+item.endsAt + shift) });
      }
    }
    // The attendees registered in its cities hear of a cancellation, or of new times.
    const endsAt = addMinutes(startsAt, minutes);
    if (changes.status === "CANCELLED") {
      await queueAttendeeNotice(tx, { eventId: before.id, notice: "eventCancelled", key: `cancelled:${before.version + 1}` });
    } else if ((shift !== 0 || +endsAt !== +before.endsAt) && (changes.status ?? before.status) === "PUBLISHED") {
      await queueAttendeeNotice(tx, {
        eventId: before.id,
        notice: "timeChanged",
        before: { startsAt: toUtcIso(before.startsAt), endsAt: toUtcIso(before.endsAt) },
        key: `${toUtcIso(startsAt)}/${toUtcIso(endsAt)}`,
      });
    }
    if (input.languages && languagesChange) {
      // Two passes so positions can be permuted without hitting the unique (event, position).
      await tx.broadcastLanguage.updateMany({ where: { eventId: before.id }, data: { position: { increment: 1000 } } });
      await tx.broadcastLanguage.deleteMany({ where: { eventId: before.id, code: { notIn: input.languages.map((l) => l.code) } } });
      // A language no longer broadcast takes its translations with it, everywhere in the event.
      for (const code of before.languages.map((l) => l.code).filter((code) => !broadcast.includes(code))) {
        await tx.$executeRaw`update "Event" set translations = translations - ${code} where id = ${before.id}::uuid`;
        await tx.$executeRaw`update "ProgramItem" set translations = translations - ${code} where "eventId" = ${before.id}::uuid`;
        await tx.$executeRaw`update "HostCity" set translations = translations - ${code} where "eventId" = ${before.id}::uuid`;
      }
      for (const [position, language] of input.languages.entries()) {
        await tx.broadcastLanguage.upsert({
          where: { eventId_code: { eventId: before.id, code: language.code } },
          create: { eventId: before.id, code: language.code, position, streamUrl: language.streamUrl ?? null },
          update: { position, ...(language.streamUrl !== undefined ? { streamUrl: language.streamUrl } : {}) },
        });
      }
    }
    const after = await tx.event.findUniqueOrThrow({ where: { id: before.id }, include: eventWithCities });
    await audit(tx, {
      actorId: user.id,
      action: "event.update",
      entityType: "Event",
      entityId: before.id,
      eventId: before.id,
      before: snapshot(before),
      after: snapshot(after),
    });
    return after;
  });
  revalidateEvent(event.slug);
  return eventJson(event, { allCities: true });
}

/**
 * POST /api/v1/events/{slug}/delay (coordinators): the start slips by `minutes`. Before the
 * event starts, all of it moves (the event, its shared and local items); once it has started,
 * the items not yet begun move, and its end. Delays add up to at most MAX_DELAY_MINUTES; a stale
 * `version` is a 409. The event's row is locked, so two delays at once apply one after the other,
 * each once. The people on the moved items are told at once, attendees of a start that moves too;
 * feeds follow (every moved item's version, so its SEQUENCE, grows).
 */
export async function delayEvent(user: SessionUser, slug: string, raw: RawInput, now = new Date()) {
  const existing = visibleOrThrow(await db.event.findUnique({ where: { slug }, select: { id: true, status: true } }), (row) => row.status, user, "This event");
  if (!can(user.role, "event.update")) throw forbidden();
  const input = await parseInput(delayEventSchema, raw);
  const event = await db.$transaction(async (tx) => {
    await tx.$queryRaw`select id from "Event" where id = ${existing.id}::uuid for update`;
    const before = await tx.event.findUniqueOrThrow({ where: { id: existing.id }, include: eventWithCities });
    if (input.version !== undefined && input.version !== before.version) throw staleVersion("this event", before.version);
    if (before.status !== "PUBLISHED")
      throw new ApiError("validation_error", "The request is not valid.", [{ path: "minutes", message: "Only a published event can be delayed." }]);
    if (now >= before.endsAt) throw new ApiError("validation_error", "The request is not valid.", [{ path: "minutes", message: "The event has ended." }]);
    if (before.delayMinutes + input.minutes > MAX_DELAY_MINUTES) {
      throw new ApiError("validation_error", "The request is not valid.", [
        { path: "minutes", message: `Delays add up to at most ${MAX_DELAY_MINUTES} minutes; ${before.delayMinutes} already.` },
      ]);
    }
    const shift = input.minutes * 60_000;
    const started = now >= before.startsAt;
    // Before the start: everything; after it: what has not begun.
    const moving = await tx.programItem.findMany({ where: { eventId: before.id, ...(started ? { startsAt: { gte: now } } : {}) } });
    await tx.$executeRaw`update "ProgramItem" set "startsAt" = "startsAt" + ${shift} * interval '1 millisecond', "endsAt" = "endsAt" + ${shift} * interval '1 millisecond', version = version + 1
      where id = any(${moving.map((item) => item.id)}::uuid[])`;
    await tx.event.update({
      where: { id: before.id },
      data: {
        startsAt: started ? before.startsAt : new Date(+before.startsAt + shift),
        endsAt: new Date(+before.endsAt + shift),
        scheduledStartsAt: before.scheduledStartsAt ?? before.startsAt,
        delayMinutes: before.delayMinutes + input.minutes,
        version: { increment: 1 },
      },
    });
    const after = await tx.event.findUniqueOrThrow({ where: { id: before.id }, include: eventWithCities });
    await audit(tx, {
      actorId: user.id,
      action: "event.delay",
      entityType: "Event",
      entityId: before.id,
      eventId: before.id,
      before: { startsAt: toUtcIso(before.startsAt), endsAt: toUtcIso(before.endsAt), delayMinutes: before.delayMinutes },
      after: {
        startsAt: toUtcIso(after.startsAt),
        endsAt: toUtcIso(after.endsAt),
        delayMinutes: after.delayMinutes,
        minutes: input.minutes,
        moved: moving.length,
      },
    });
    await notifyDelay(
      tx,
      after,
      moving.map((item) => ({ before: item, after: { ...item, startsAt: new Date(+item.startsAt + shift), endsAt: new Date(+item.endsAt + shift) } })),
      input.minutes,
    );
    if (!started) {
      await queueAttendeeNotice(tx, {
        eventId: before.id,
        notice: "timeChanged",
        before: { startsAt: toUtcIso(before.startsAt), endsAt: toUtcIso(before.endsAt) },
        key: `${toUtcIso(after.startsAt)}/${toUtcIso(after.endsAt)}`,
      });
    }
    return after;
  });
  revalidateEvent(event.slug);
  return eventJson(event, { allCities: true });
}
