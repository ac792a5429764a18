/**
 * The c3voc / frab schedule format that conference apps read (schedule.json and
 * schedule.xml, as c3voc.de/schedule publishes their schemas). One room per host city (an
 * online event has one room, "Online"); a shared item appears in every room, a local item
 * in its city's room only. The document's days, `start` (HH:MM) and time_zone_name are in
 * the event's anchor zone; `date` carries the full instant with its offset.
 */
import { programForCity } from "@/lib/program-view";
import { withoutOutputBreakers } from "@/lib/validation/common";
import type { EventJson } from "@/lib/data/event-json";
import type { PublicProgramItem } from "@/lib/data/events";
import { stableId } from "@/lib/ids";
import { slugify } from "@/lib/slug";
import { formatClock, localDate, minutesBetween, toLocalIso, wallClockToInstant } from "@/lib/time";

type Room = { name: string; slug: string; guid: string; url: string; capacity: number | null };

const pad = (n: number) => String(n).padStart(2, "0");
const hhmm = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
const ascii = (text: string) => slugify(text, 60);

/** The acronym the schemas accept: `interactive-conference-2018` -> `interactive_conference_2018`. */
export const acronymOf = (slug: string) => slug.replaceAll("-", "_");

/** Midnight at the start of a local date in `zone` (moved past a gap if one falls there). */
function dayStart(date: string, zone: string): Date {
  for (const time of ["00:00", "01:00", "02:00"]) {
    const result = wallClockToInstant(`${date}T${time}`, zone);
    if (result.ok) return result.instant;
    if (result.problem === "fold") return result.candidates![0]!;
  }
  throw new Error(`no start of day for ${date} in ${zone}`);
}

/**
 * A person's integer id, the same in every document and on every refresh: apps such as
 * ConfClerk import a schedule's speakers only when persons carry one (the guid alone is not
 * read). The first 52 bits of the person's stable UUID, within JavaScript's safe integers.
 */
export function personNumber(guid: string): number {
  return Number.parseInt(guid.replaceAll("-", "").slice(0, 13), 16);
}

export function buildSchedule(event: EventJson, program: PublicProgramItem[], origin: string) {
  const zone = event.anchorTimeZone;
  const acronym = acronymOf(event.slug);
  const eventUrl = `${origin}/events/${event.slug}`;
  const rooms: Room[] = event.cities.length
    ? event.cities.map((c) => ({
        name: c.name,
        slug: c.slug,
        guid: stableId("room", event.slug, c.slug),
        url: `${eventUrl}/cities/${c.slug}`,
        capacity: c.venue.capacity,
      }))
    : [{ name: "Online", slug: "online", guid: stableId("room", event.slug, "online"), url: eventUrl, capacity: null }];
  const streams = event.languages.filter((l) => l.streamUrl).map((l) => ({ url: l.streamUrl!, title: `${l.name} live stream`, type: "media" }));

  const dates = [...new Set([localDate(new Date(event.startsAt), zone), ...program.map((i) => localDate(new Date(i.startsAt), zone))])].sort();
  let id = 0;
  const days = dates.map((date, index) => {
    const start = dayStart(date, zone);
    const next = new Date(start.getTime() + 36 * 3600 * 1000);
    const end = new Date(dayStart(localDate(next, zone), zone).getTime() - 1000);
    const roomEntries = rooms.map((room) => {
      const items = programForCity(program, room.slug).filter((i) => localDate(new Date(i.startsAt), zone) === date);
      return [
        room.name,
        items.map((item) => {
          id += 1;
          const itemStart = new Date(item.startsAt);
          const persons = [...new Map(item.assignments.map((a) => [a.speaker.id, a.speaker])).values()];
          return {
            id,
            guid: stableId("schedule-event", item.id, room.slug),
            date: toLocalIso(itemStart, zone),
            start: formatClock(itemStart, zone),
            duration: hhmm(minutesBetween(itemStart, new Date(item.endsAt))),
            room: room.name,
            slug: `${acronym}-${id}-${ascii(item.title) || "item"}`,
            url: room.url,
            title: item.title,
            subtitle: "",
            track: item.citySlug ? `Local: ${room.name}` : "Shared program",
            type: item.kind,
            language: item.language,
            abstract: item.description,
            description: item.description,
            persons: persons.map((p) => {
              const guid = stableId("person", p.id);
              // Not public_name as well: with it and an id, a person would be both kinds the schema allows.
              return { id: personNumber(guid), guid, name: p.name };
            }),
            links: streams,
            attachments: [],
          };
        }),
      ] as const;
    });
    return { index: index + 1, date, day_start: toLocalIso(start, zone), day_end: toLocalIso(end, zone), rooms: Object.fromEntries(roomEntries) };
  });

  return {
    $schema: "https://c3voc.de/schedule/schema.json",
    generator: { name: "simulconf", version: "0.1.0" },
    schedule: {
      version: String(event.version),
      base_url: `${origin}/`,
      conference: {
        acronym,
        title: event.title,
        description: event.summary,
        start: dates[0]!,
        end: dates[dates.length - 1]!,
        daysCount: days.length,
        timeslot_duration: "00:05",
        time_zone_name: zone,
        url: eventUrl,
        rooms: rooms.map((r) => ({ name: r.name, slug: r.slug, guid: r.guid, url: r.url, capacity: r.capacity })),
        days,
      },
    },
  };
}

type Schedule = ReturnType<typeof buildSchedule>;

const escape = (text: string) => withoutOutputBreakers(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const el = (name: string, text: string | number, indent: string) => `${indent}<${name}>${escape(String(text))}</${name}>`;

/** schedule.xml (frab/Pentabarf) from the same document. */
export function scheduleXml(document: Schedule): string {
  const c = document.schedule.conference;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<schedule>",
    `  <generator name="${escape(document.generator.name)}" version="${escape(document.generator.version)}"/>`,
  ];
  lines.push(el("version", document.schedule.version, "  "), "  <conference>");
  lines.push(el("acronym", c.acronym, "    "), el("title", c.title, "    "), el("start", c.start, "    "), el("end", c.end, "    "));
  lines.push(el("days", c.daysCount, "    "), el("timeslot_duration", c.timeslot_duration, "    "), el("base_url", document.schedule.base_url, "    "));
  lines.push(el("url", c.url, "    "), el("time_zone_name", c.time_zone_name, "    "), "  </conference>");
  for (const day of c.days) {
    lines.push(`  <day index="${day.index}" date="${day.date}" start="${day.day_start}" end="${day.day_end}">`);
    for (const room of c.rooms) {
      lines.push(`    <room name="${escape(room.name)}" guid="${room.guid}">`);
      for (const event of day.rooms[room.name] ?? []) {
        const i = "        ";
        lines.push(`      <event id="${event.id}" guid="${event.guid}">`);
        lines.push(el("room", event.room, i), el("title", event.title, i), el("subtitle", event.subtitle, i), el("type", event.type, i));
        lines.push(el("date", event.date, i), el("start", event.start, i), el("duration", event.duration, i), el("abstract", event.abstract, i));
        lines.push(
          el("slug", event.slug, i),
          el("track", event.track, i),
          el("language", event.language, i),
          el("description", event.description, i),
          el("url", event.url, i),
        );
        lines.push(`${i}<persons>`, ...event.persons.map((p) => `${i}  <person id="${p.id}" guid="${p.guid}">${escape(p.name)}</person>`), `${i}</persons>`);
        lines.push(`${i}<links>`, ...event.links.map((l) => `${i}  <link href="${escape(l.url)}" type="${l.type}">${escape(l.title)}</link>`), `${i}</links>`);
        lines.push("      </event>");
      }
      lines.push("    </room>");
    }
    lines.push("  </day>");
  }
  lines.push("</schedule>", "");
  return lines.join("\n");
}
