/**
 * "Add to calendar" links for a public page: plain URLs of Google Calendar's and Outlook's
 * event composers carrying the event's instants in UTC (no call from this server), and the
 * webcal:// address of a feed for subscribing. Pure, tested beside it.
 */
export type CalendarEntry = { title: string; startsAt: string; endsAt: string; details?: string; location?: string };

/** "2018-08-25T15:00:00Z" -> "20180825T150000Z", the basic format Google's composer reads. */
function basic(instant: string): string {
  return new Date(instant)
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}

export function googleCalendarUrl(entry: CalendarEntry): string {
  const url = new URL("https://calendar.google.com/calendar/render");
  url.searchParams.set("action", "TEMPLATE");
  url.searchParams.set("text", entry.title);
  url.searchParams.set("dates", `${basic(entry.startsAt)}/${basic(entry.endsAt)}`);
  if (entry.details) url.searchParams.set("details", entry.details);
  if (entry.location) url.searchParams.set("location", entry.location);
  return url.toString();
}

export function outlookCalendarUrl(entry: CalendarEntry): string {
  const url = new URL("https://outlook.live.com/calendar/0/deeplink/compose");
  url.searchParams.set("path", "/calendar/action/compose");
  url.searchParams.set("rru", "addevent");
  url.searchParams.set("subject", entry.title);
  url.searchParams.set("startdt", new Date(entry.startsAt).toISOString().replace(/\.\d{3}Z$/, "Z"));
  url.searchParams.set("enddt", new Date(entry.endsAt).toISOString().replace(/\.\d{3}Z$/, "Z"));
  if (entry.details) url.searchParams.set("body", entry.details);
  if (entry.location) url.searchParams.set("location", entry.location);
  return url.toString();
}

/** The webcal:// address of a feed on `origin` ("https://example.org"), for calendar apps to subscribe to. */
export function webcalUrl(origin: string, path: string): string {
  return new URL(path, origin).toString().replace(/^https?:/, "webcal:");
}
