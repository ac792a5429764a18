/**
 * The speaker roster (coordinators). Public reads never select `contactEmail`: it is
 * private and only the roster pages and the speaker API for coordinators carry it.
 */
import "server-only";
import { forbidden } from "@/lib/api/errors";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { audit } from "@/lib/data/audit";
import { createSpeakerSchema } from "@/lib/validation/speaker";
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

/** Everyone who can be assigned, with their languages (the coverage board's picker; assignment.manage). */
export async function assignableSpeakers(user: SessionUser) {
  if (!can(user.role, "assignment.manage")) throw forbidden();
  return db.speaker.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, languages: true } });
}
