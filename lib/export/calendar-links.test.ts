import { describe, expect, it } from "vitest";
import { googleCalendarUrl, outlookCalendarUrl, webcalUrl } from "./calendar-links";

const entry = {
  title: "Conférence : 30 ans",
  startsAt: "2018-08-25T15:00:00Z",
  endsAt: "2018-08-25T18:00:00Z",
  details: "https://example.org/fr/events/x",
  location: "Paris",
};

describe("add-to-calendar links", () => {
  it("give Google the instants in UTC, basic format, and the texts encoded", () => {
    const url = new URL(googleCalendarUrl(entry));
    expect(url.origin + url.pathname).toBe("https://calendar.google.com/calendar/render");
    expect(url.searchParams.get("action")).toBe("TEMPLATE");
    expect(url.searchParams.get("dates")).toBe("20180825T150000Z/20180825T180000Z");
    expect(url.searchParams.get("text")).toBe("Conférence : 30 ans");
    expect(url.searchParams.get("location")).toBe("Paris");
  });

  it("give Outlook the instants in UTC, ISO format", () => {
    const url = new URL(outlookCalendarUrl(entry));
    expect(url.searchParams.get("startdt")).toBe("2018-08-25T15:00:00Z");
    expect(url.searchParams.get("enddt")).toBe("2018-08-25T18:00:00Z");
    expect(url.searchParams.get("subject")).toBe("Conférence : 30 ans");
  });

  it("turn a feed's address into a webcal:// subscription", () => {
    expect(webcalUrl("https://conf.example.org", "/events/x/calendar.ics")).toBe("webcal://conf.example.org/events/x/calendar.ics");
    expect(webcalUrl("http://localhost:3000", "/events/x/cities/paris/calendar.ics")).toBe("webcal://localhost:3000/events/x/cities/paris/calendar.ics");
  });
});
