/**
 * The speaker roster (coordinators). Public reads never select `contactEmail`: it is
 * private and only the roster pages and the speaker API for coordinators carry it.
 */
import "server-only";
import { ApiError, forbidden, notFound } from "@/lib/api/errors";
import { staleVersion } from "@/lib/data/or-throw";
import { changedFields, isEmpty } from "@/lib/data/changes";
import { isUuid } from "@/lib/ids";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { audit } from "@/lib/data/audit";
import { revalidateEvent } from "@/lib/data/events";
import { createSpeakerSchema, updateSpeakerSchema } from "@/lib/validation/speaker";
import { parseInput, type RawInput } from "@/lib/data/input";
export type { SpeakerJson } from "@/lib/api/shapes";
import type { SpeakerJson } from "@/lib/api/shapes";

const speakerJson = (s: SpeakerJson): SpeakerJson => ({
  id: s.id,
  name: s.name,
  affiliation: s.affiliation,
  bio: s.bio,
  languages: s.languages,
  photoUrl: s.photoUrl,
  contactEmail: s.contactEmail,
  timeZone: s.timeZone,
  preferredLanguage: s.preferredLanguage,
  version: s.version,
});

export async function createSpeaker(user: SessionUser, raw: RawInput) {
  if (!can(user.role, "speaker.manage")) throw forbidden();
  const input = await parseInput(createSpeakerSchema, raw);
  const speaker = await db.$transaction(async (tx) => {
    const created = await tx.speaker.create({
      data: {
        name: input.name,
        languages: input.languages,
        affiliation: input.affiliation,
        bio: input.bio,
        photoUrl: input.photoUrl ?? null,
        contactEmail: input.contactEmail ?? null,
        timeZone: input.timeZone ?? null,
        preferredLanguage: input.preferredLanguage ?? null,
      },
    });
    await audit(tx, {
      actorId: user.id,
      action: "speaker.create",
      entityType: "Speaker",
      entityId: created.id,
      after: { name: created.name, languages: created.languages },
    });
    return created;
  });
  return speakerJson(speaker);
}

/** PATCH /api/v1/speakers/{id} (coordinators): the fields sent, with an optional version. */
export async function updateSpeaker(user: SessionUser, speakerId: string, raw: RawInput) {
  if (!can(user.role, "speaker.manage")) throw forbidden();
  if (!isUuid(speakerId) || !(await db.speaker.findUnique({ where: { id: speakerId }, select: { id: true } }))) throw notFound("This speaker");
  const input = await parseInput(updateSpeakerSchema, raw);
  const speaker = await db.$transaction(async (tx) => {
    const before = await tx.speaker.findUniqueOrThrow({ where: { id: speakerId } });
    if (input.version !== undefined && input.version !== before.version) throw staleVersion("this speaker", before.version);
    const { version: _version, ...fields } = input;
    const changes = changedFields(before, fields);
    if (isEmpty(changes)) return before;
    const { count } = await tx.speaker.updateMany({ where: { id: speakerId, version: before.version }, data: { ...changes, version: { increment: 1 } } });
    if (count === 0) throw staleVersion("this speaker", before.version + 1);
    const after = await tx.speaker.findUniqueOrThrow({ where: { id: speakerId } });
    const shown = (s: typeof before) => ({
      name: s.name,
      affiliation: s.affiliation,
      languages: s.languages,
      timeZone: s.timeZone,
      preferredLanguage: s.preferredLanguage,
      photoUrl: s.photoUrl,
    });
    await audit(tx, { actorId: user.id, action: "speaker.update", entityType: "Speaker", entityId: speakerId, before: shown(before), after: shown(after) });
    return after;
  });
  // Programs show a speaker's name and affiliation: every event they are assigned in is read afresh.
  const events = await db.event.findMany({ where: { items: { some: { assignments: { some: { speakerId } } } } }, select: { slug: true } });
  for (const { slug } of events) revalidateEvent(slug);
  return speakerJson(speaker);
}

/**
 * DELETE /api/v1/speakers/{id} (coordinators). Someone still assigned is not removed (409
 * in_use, naming the slots): their assignments go first, on the coverage board, so no
 * program loses a person without the coordinator seeing where.
 */
export async function deleteSpeaker(user: SessionUser, speakerId: string) {
  if (!can(user.role, "speaker.manage")) throw forbidden();
  const speaker = isUuid(speakerId)
    ? await db.speaker.findUnique({ where: { id: speakerId }, include: { assignments: { select: { programItem: { select: { title: true } } } } } })
    : null;
  if (!speaker) throw notFound("This speaker");
  if (speaker.assignments.length) {
    const titles = [...new Set(speaker.assignments.map((a) => a.programItem.title))];
    throw new ApiError(
      "in_use",
      `${speaker.name} is assigned to ${titles.length === 1 ? "1 program item" : `${titles.length} program items`} (${titles.join(", ")}): remove those assignments first.`,
    );
  }
  await db.$transaction(async (tx) => {
    await tx.speaker.delete({ where: { id: speakerId } });
    await audit(tx, {
      actorId: user.id,
      action: "speaker.delete",
      entityType: "Speaker",
      entityId: speakerId,
      before: { name: speaker.name, languages: speaker.languages },
    });
  });
}

/** The roster, filtered by a name search and a spoken language (coordinators). */
export async function listSpeakers(user: SessionUser, filter: { q?: string; lang?: string }) {
  if (!can(user.role, "speaker.manage")) throw forbidden();
  const speakers = await db.speaker.findMany({
    where: {
      ...(filter.q ? { OR: [{ name: { contains: filter.q, mode: "insensitive" } }, { affiliation: { contains: filter.q, mode: "insensitive" } }] } : {}),
      ...(filter.lang ? { languages: { has: filter.lang } } : {}),
    },
    orderBy: { name: "asc" },
    take: 500,
  });
  return speakers.map(speakerJson);
}

/** How many assignments each of these speakers has (the roster says who cannot be removed yet). */
export async function assignmentCounts(user: SessionUser, speakerIds: string[]): Promise<Map<string, number>> {
  if (!can(user.role, "speaker.manage")) throw forbidden();
  const rows = await db.assignment.groupBy({ by: ["speakerId"], where: { speakerId: { in: speakerIds } }, _count: { _all: true } });
  return new Map(rows.map((row) => [row.speakerId, row._count._all]));
}

/** Everyone who can be assigned, with their languages (the coverage board's picker; assignment.manage). */
export async function assignableSpeakers(user: SessionUser) {
  if (!can(user.role, "assignment.manage")) throw forbidden();
  return db.speaker.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, languages: true } });
}
