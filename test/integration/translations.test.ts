// Content in several languages (docs/contract.md, "Translations"): an event's title and summary,
// an item's title and description, a city's name and venue notes, per broadcast language;
// fields merge, null deletes, stale originals are flagged, ?lang= answers the translated texts,
// and the public pages show them in the reader's language (the rest marked with its own lang).
import { beforeAll, describe, expect, it } from "vitest";
import { baseUrl, call, createCity, createEvent, signIn, sql } from "./helpers";

let coordinator: string, paris: string, toronto: string;
beforeAll(async () => {
  coordinator = (await signIn("coordinator@demo.test"))!;
  paris = (await signIn("paris@demo.test"))!;
  toronto = (await signIn("toronto@demo.test"))!;
});

const patch = (path: string, body: unknown, cookie = coordinator) => call(path, { method: "PATCH", cookie, body: JSON.stringify(body) });

describe("an event's translations", () => {
  it("merge field by field, bump the version, are flagged when their original changes, and are read with ?lang=", async () => {
    const event = await createEvent();
    const path = `/api/v1/events/${event.slug}`;
    const first = await patch(path, { translations: { fa: { title: "گردهمایی آزمایشی", summary: "خلاصه" } }, version: 1 });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      version: 2,
      contentLanguage: "fa",
      translations: { fa: { title: "گردهمایی آزمایشی", summary: "خلاصه" } },
      staleTranslations: [],
    });
    // A field sent replaces that field only; null deletes one.
    const second = await patch(path, { translations: { fa: { summary: null }, en: { title: "Test gathering" } } });
    expect(second.body.translations).toEqual({ fa: { title: "گردهمایی آزمایشی" }, en: { title: "Test gathering" } });
    expect(second.body.version).toBe(3);
    // The same again changes nothing.
    expect((await patch(path, { translations: { en: { title: "Test gathering" } } })).body.version).toBe(3);
    // The original changes: its translations are to be reviewed.
    const renamed = await patch(path, { title: "Renamed event" });
    expect(renamed.body.staleTranslations).toEqual(["en.title", "fa.title"]);

    const read = await call(`${path}?lang=fa`);
    expect(read.status).toBe(200);
    expect(read.body.title).toBe("گردهمایی آزمایشی");
    expect((await call(path)).body.title).toBe("Renamed event");
    const stale = await patch(path, { translations: { fa: { title: "x" } }, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("stale_version");
  });

  it("refuses a language the event does not broadcast, an unknown field, and a content language it would not broadcast", async () => {
    const event = await createEvent();
    const path = `/api/v1/events/${event.slug}`;
    const german = await patch(path, { translations: { de: { title: "Treffen" } } });
    expect(german.status).toBe(400);
    expect(german.body.error.issues).toEqual([expect.objectContaining({ path: "translations.de" })]);
    const unknownField = await patch(path, { translations: { fa: { subtitle: "x" } } });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.error.issues[0].path).toBe("translations.fa");
    expect(unknownField.body.error.issues[0].message).toContain("subtitle");
    expect((await patch(path, { contentLanguage: "de" })).status).toBe(400);
    expect((await patch(path, { contentLanguage: "en" })).body.contentLanguage).toBe("en");
    expect((await call(`${path}?lang=de`)).status).toBe(400);
    expect(await sql(`select version from "Event" where slug = $1`, [event.slug])).toEqual([{ version: 2 }]);
  });

  it("leave with a language the event stops broadcasting", async () => {
    const event = await createEvent();
    const path = `/api/v1/events/${event.slug}`;
    await patch(path, { translations: { en: { title: "In English" } } });
    const dropped = await patch(path, { languages: [{ code: "fa" }] });
    expect(dropped.status).toBe(200);
    expect(dropped.body.translations).toEqual({});
  });
});

describe("items and cities", () => {
  it("translate items (organizers their own city's local ones only) and answer the schedule with ?lang=", async () => {
    const event = await createEvent();
    const city = await createCity(event.id, "paris@demo.test", "APPROVED", "Paris");
    const shared = await call(`/api/v1/events/${event.slug}/items`, {
      method: "POST",
      cookie: coordinator,
      body: JSON.stringify({ title: "Opening", kind: "opening", startsAt: "2027-08-28T15:00:00Z", durationMinutes: 15 }),
    });
    const local = await call(`/api/v1/events/${event.slug}/items`, {
      method: "POST",
      cookie: paris,
      body: JSON.stringify({ citySlug: city.slug, title: "Doors", kind: "reception", startsAt: "2027-08-28T14:00:00Z", durationMinutes: 30 }),
    });
    const item = (id: string) => `/api/v1/events/${event.slug}/items/${id}`;
    const translated = await patch(item(shared.body.id), { translations: { fa: { title: "گشایش", description: "خوش آمدید" } } });
    expect(translated.status).toBe(200);
    expect(translated.body.translations).toEqual({ fa: { title: "گشایش", description: "خوش آمدید" } });
    expect((await patch(item(shared.body.id), { translations: { fa: { title: "x" } } }, paris)).status).toBe(403);
    expect((await patch(item(local.body.id), { translations: { fa: { title: "ورود" } } }, paris)).status).toBe(200);
    expect((await patch(item(local.body.id), { translations: { fa: { title: "x" } } }, toronto)).status).toBe(403);

    const schedule = await call(`/api/v1/events/${event.slug}/schedule?lang=fa&city=${city.slug}`);
    expect(schedule.body.items.map((i: { title: string }) => i.title)).toEqual(["ورود", "گشایش"]);
    const english = await call(`/api/v1/events/${event.slug}/schedule?lang=en`);
    expect(english.body.items.map((i: { title: string }) => i.title)).toEqual(["Opening"]);
  });

  it("translate a city's name and venue notes (its organizers and coordinators), nested as in the city object", async () => {
    const event = await createEvent();
    const city = await createCity(event.id, "paris@demo.test", "APPROVED", "Paris");
    const path = `/api/v1/events/${event.slug}/cities/${city.slug}`;
    const own = await patch(path, { translations: { fa: { name: "پاریس", venue: { accessibility: "بدون پله" } } } }, paris);
    expect(own.status).toBe(200);
    expect(own.body.translations).toEqual({ fa: { name: "پاریس", venue: { accessibility: "بدون پله" } } });
    expect((await patch(path, { translations: { fa: { venue: { address: "x" } } } }, paris)).status).toBe(400);
    expect((await patch(path, { translations: { fa: { name: "x" } } }, toronto)).status).toBe(403);
    expect((await patch(path, { translations: { en: { name: "Paris" } } })).status).toBe(200);
    const read = await call(`/api/v1/events/${event.slug}?lang=fa`);
    expect(read.body.cities[0]).toMatchObject({ name: "پاریس", venue: { accessibility: "بدون پله" } });
  });
});

describe("the public pages", () => {
  it("show the event in the reader's language where translated, and mark the rest with its own language", async () => {
    const event = await createEvent();
    await patch(`/api/v1/events/${event.slug}`, { summary: "A gathering", translations: { fa: { title: "گردهمایی فارسی" } } });
    const page = await fetch(new URL(`/events/${event.slug}`, baseUrl()), { headers: { "accept-language": "fa" } });
    const html = await page.text();
    expect(html).toMatch(/<h1 dir="auto"[^>]*>گردهمایی فارسی<\/h1>/);
    // The summary has no Persian text yet: it is shown as written, marked as Persian's fallback (the content language).
    expect(html).toMatch(/<p class="lead" (lang="fa" dir="rtl"|dir="auto")[^>]*>A gathering<\/p>/);
    await patch(`/api/v1/events/${event.slug}`, { contentLanguage: "en" });
    const again = await (await fetch(new URL(`/events/${event.slug}`, baseUrl()), { headers: { "accept-language": "fa" } })).text();
    expect(again).toMatch(/<p class="lead" lang="en" dir="ltr"[^>]*>A gathering<\/p>/);
    const english = await (await fetch(new URL(`/events/${event.slug}`, baseUrl()), { headers: { "accept-language": "en" } })).text();
    expect(english).toMatch(/<h1 dir="auto"[^>]*>Test event /);
  });
});

describe("feeds per language", () => {
  it("live at an address that decides their language, translated where they can be; ?lang= on the bare address redirects there", async () => {
    const feed = (path: string) => fetch(new URL(path, baseUrl()), { redirect: "manual" });
    // iCalendar folds long lines (RFC 5545 3.1): read them unfolded.
    const unfolded = async (response: Response) => (await response.text()).replace(/\r\n[ \t]/g, "");
    const persian = await feed("/fa/events/interactive-conference-2018/calendar.ics");
    expect(persian.status).toBe(200);
    expect(persian.headers.get("set-cookie")).toBeNull();
    expect(persian.headers.get("content-disposition")).toContain("interactive-conference-2018-fa.ics");
    expect(await unfolded(persian)).toContain("SUMMARY:کنفرانس هم‌زمان و تعاملی: سی‌امین سالگرد قتل‌عام سال ۶۷");
    const schedule = await (await feed("/fr/events/interactive-conference-2018/schedule.json")).json();
    expect(JSON.stringify(schedule)).toContain("Ouverture : trente ans après");
    const xml = await (await feed("/ar/events/interactive-conference-2018/schedule.xml")).text();
    expect(xml).toContain("الافتتاح: بعد ثلاثين عامًا");
    const city = await unfolded(await feed("/fa/events/interactive-conference-2018/cities/toronto/program.ics"));
    expect(city).toContain("میزگرد جامعهٔ تورنتو");
    // The bare address stays as written (English here), and ?lang= sends to the language's own address.
    expect(await unfolded(await feed("/events/interactive-conference-2018/calendar.ics"))).toContain("SUMMARY:Simultaneous Interactive Conference");
    const redirect = await feed("/events/interactive-conference-2018/cities/toronto/calendar.ics?lang=fa");
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get("location")).toBe("/fa/events/interactive-conference-2018/cities/toronto/calendar.ics");
    expect((await feed("/events/interactive-conference-2018/calendar.ics?lang=de")).status).toBe(400);
    expect((await feed("/de/events/interactive-conference-2018/calendar.ics")).status).toBe(404);
    expect((await feed("/fa/events/no-such-event/calendar.ics")).status).toBe(404);
  });
});

describe("public pages addressed by language", () => {
  it("send the bare address to the reader's language, uncached; serve the localized one without a cookie, with its alternates", async () => {
    const bare = (headers: Record<string, string>) => fetch(new URL("/events/interactive-conference-2018", baseUrl()), { redirect: "manual", headers });
    const byBrowser = await bare({ "accept-language": "ar-EG,ar;q=0.9,en;q=0.5" });
    expect(byBrowser.status).toBe(307);
    expect(new URL(byBrowser.headers.get("location")!, baseUrl()).pathname).toBe("/ar/events/interactive-conference-2018");
    expect(byBrowser.headers.get("cache-control")).toBe("private, no-store");
    const byChoice = await bare({ "accept-language": "ar", cookie: "NEXT_LOCALE=fr" });
    expect(new URL(byChoice.headers.get("location")!, baseUrl()).pathname).toBe("/fr/events/interactive-conference-2018");
    expect(new URL((await bare({ "accept-language": "de" })).headers.get("location")!, baseUrl()).pathname).toBe("/en/events/interactive-conference-2018");

    for (const path of ["/fa", "/fa/events/interactive-conference-2018", "/ar/events/interactive-conference-2018/cities/toronto"]) {
      const page = await fetch(new URL(path, baseUrl()), { redirect: "manual", headers: { "accept-language": "en", cookie: "NEXT_LOCALE=fr" } });
      expect(page.status, path).toBe(200);
      expect(page.headers.get("set-cookie"), path).toBeNull();
      const html = await page.text();
      // The address decides: Persian or Arabic whatever the cookie and the browser say.
      expect(html).toMatch(new RegExp(`<html lang="${path.slice(1, 3)}" dir="rtl"`));
      for (const code of ["en", "fr", "fa", "ar"]) expect(html).toContain(`hrefLang="${code}" href="http`);
      expect(html).toContain(`hrefLang="x-default"`);
      expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${path.replaceAll("/", "\\/")}"`));
    }
    const sitemap = await (await fetch(new URL("/sitemap.xml", baseUrl()))).text();
    expect(sitemap).toContain("/fa/events/interactive-conference-2018/cities/toronto</loc>");
    expect(sitemap).toMatch(/hreflang="ar"[^>]*href="[^"]*\/ar\/events\/interactive-conference-2018"/);
  });
});
