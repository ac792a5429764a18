// /api/v1/openapi.json describes every API route file with its methods, and public pages
// carry schema.org JSON-LD; robots.txt and sitemap.xml point search engines at them.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import Ajv2020 from "ajv/dist/2020";
import SwaggerParser from "@apidevtools/swagger-parser";
import { baseUrl, call, signIn, sql, unique, createAccount, createEvent } from "./helpers";

const API = path.resolve(__dirname, "..", "..", "app", "api", "v1");

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return entry === "route.ts" ? [full] : [];
  });
}

describe("the OpenAPI document", () => {
  it("describes every route file under app/api/v1 and each method it exports", async () => {
    const { status, body } = await call("/api/v1/openapi.json");
    expect(status).toBe(200);
    expect(body.openapi).toBe("3.1.0");
    // A valid OpenAPI 3.1 document (its JSON Schema, and every $ref resolves), by an independent validator.
    await expect(SwaggerParser.validate(structuredClone(body))).resolves.toBeTruthy();
    const files = routeFiles(API).filter((file) => !file.includes("[...rest]"));
    expect(files.length).toBeGreaterThan(8);
    for (const file of files) {
      const route =
        "/api/v1" +
        path
          .dirname(path.relative(API, file))
          .replace(/^\.$/, "")
          .replace(/\[(\w+)\]/g, "{$1}")
          .replace(/^(?=.)/, "/");
      const methods = [...readFileSync(file, "utf8").matchAll(/export const (GET|POST|PATCH|PUT|DELETE)\b/g)].map((m) => m[1]!.toLowerCase());
      expect(body.paths[route], `${route} is missing`).toBeDefined();
      for (const method of methods) expect(body.paths[route][method], `${method.toUpperCase()} ${route} is missing`).toBeDefined();
    }
    // Every operation says who may call it: the reads anyone may make with no or an optional
    // session, every write with the session cookie.
    for (const [route, item] of Object.entries(body.paths as Record<string, Record<string, { security?: unknown[] }>>)) {
      for (const [method, operation] of Object.entries(item).filter(([key]) => key !== "parameters")) {
        expect(operation.security, `${method.toUpperCase()} ${route} says nothing about security`).toBeDefined();
        const anonymous = operation.security!.length === 0 || operation.security!.some((entry) => Object.keys(entry as object).length === 0);
        const answer = await call(route.replace("{slug}", "interactive-conference-2027").replace("{citySlug}", "toronto"), {
          method: method.toUpperCase(),
          body: method === "get" ? undefined : "{}",
        });
        if (anonymous) expect(answer.status, `${method.toUpperCase()} ${route} is documented as public`).not.toBe(401);
        else expect(answer.status, `${method.toUpperCase()} ${route} is documented as needing a session`).toBeOneOf([401, 404]);
      }
    }
    // Bodies come from the zod schemas: the city registration requires these fields.
    const register = body.paths["/api/v1/events/{slug}/cities"].post.requestBody.content["application/json"].schema;
    expect(register.required).toEqual(expect.arrayContaining(["name", "countryCode", "timeZone", "venue"]));
  });
});

describe("answers match the document", () => {
  // Every JSON answer is validated against its response schema in /api/v1/openapi.json, which
  // is generated from lib/api/shapes.ts: no field missing, none extra, every type as written.
  it("for events, schedules, cities, items, speakers, assignments, accounts and errors", { timeout: 60_000 }, async () => {
    const document = (await call("/api/v1/openapi.json")).body;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const check = (shape: string, answer: { status: number; body: unknown }, what: string) => {
      const validate = ajv.compile(document.components.schemas[shape]);
      expect(validate(answer.body), `${what} as ${shape}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(answer.body).slice(0, 300)}`).toBe(true);
    };
    const coordinator = (await signIn("coordinator@demo.test"))!;
    const admin = (await signIn("admin@demo.test"))!;
    const toronto = (await signIn("toronto@demo.test"))!;
    const event = "interactive-conference-2027";

    check("EventList", await call("/api/v1/events"), "GET /events");
    check("Event", await call(`/api/v1/events/${event}`), "GET /events/{slug}");
    check("Event", await call("/api/v1/events/planning-2028", { cookie: coordinator }), "GET a draft as a coordinator");
    check("Schedule", await call(`/api/v1/events/${event}/schedule?tz=Asia/Tehran&city=toronto`), "GET schedule");
    check("ZoneList", await call("/api/v1/time-zones?locale=fa&date=2027-08-28"), "GET time zones");
    check("City", await call(`/api/v1/events/${event}/cities/toronto`), "GET a city, anonymous");
    check("CityDetail", await call(`/api/v1/events/${event}/cities/toronto`, { cookie: toronto }), "GET a city, its organizer");
    check(
      "CityDetail",
      await call(`/api/v1/events/${event}/cities/toronto`, { method: "PATCH", cookie: toronto, body: JSON.stringify({ venue: { capacity: 140 } }) }),
      "PATCH a city",
    );

    const item = await call(`/api/v1/events/${event}/items`, {
      method: "POST",
      cookie: coordinator,
      body: JSON.stringify({
        title: unique("Checked item"),
        kind: "talk",
        start: { local: "2027-08-28T19:40", timeZone: "Europe/Paris" },
        durationMinutes: 10,
      }),
    });
    expect(item.status).toBe(201);
    check("Item", item, "POST an item");
    check(
      "Item",
      await call(`/api/v1/events/${event}/items/${item.body.id}`, { method: "PATCH", cookie: coordinator, body: JSON.stringify({ title: unique("Renamed") }) }),
      "PATCH an item",
    );

    check("SpeakerList", await call("/api/v1/speakers", { cookie: coordinator }), "GET speakers");
    const speaker = await call("/api/v1/speakers", {
      method: "POST",
      cookie: coordinator,
      body: JSON.stringify({ name: unique("Checked speaker"), languages: ["fa", "en"] }),
    });
    check("Speaker", speaker, "POST a speaker");
    const assignment = await call(`/api/v1/events/${event}/items/${item.body.id}/assignments`, {
      method: "POST",
      cookie: coordinator,
      body: JSON.stringify({ speakerId: speaker.body.id, language: "fa", role: "speaker" }),
    });
    check("Assignment", assignment, "POST an assignment");
    check(
      "Assignment",
      await call(`/api/v1/events/${event}/items/${item.body.id}/assignments/${assignment.body.id}`, {
        method: "PATCH",
        cookie: coordinator,
        body: JSON.stringify({ status: "confirmed" }),
      }),
      "PATCH an assignment",
    );

    const [account] = await sql(`select id from "User" where email = 'paris@demo.test'`);
    check("Account", await call(`/api/v1/users/${account.id}`, { method: "PATCH", cookie: admin, body: JSON.stringify({}) }), "PATCH an account");
    const other = await createAccount({ name: "Checked" });
    check("TemporaryPassword", await call(`/api/v1/users/${other.id}/reset-password`, { method: "POST", cookie: admin }), "POST reset-password");

    check("Error", await call("/api/v1/events/no-such-event"), "a 404");
    check("Error", await call(`/api/v1/events/${event}/schedule?tz=Mars/Base`), "a 400");
    check("Error", await call("/api/v1/speakers", { method: "POST", cookie: coordinator, body: JSON.stringify({ name: "" }) }), "a 400 with issues");
  });
});

describe("search engines", () => {
  it("find JSON-LD: the event naming one Event per city, each city page that Event linked by superEvent", async () => {
    const jsonLd = async (path: string) => {
      const match = (await call(path)).text.match(/<script type="application\/ld\+json">(.*?)<\/script>/);
      expect(match, path).not.toBeNull();
      return JSON.parse(match![1]!)["@graph"];
    };
    const [parent, ...rest] = await jsonLd("/en/events/interactive-conference-2018");
    expect(rest).toHaveLength(0);
    expect(parent).toMatchObject({
      "@type": "Event",
      "@id": `${baseUrl()}/events/interactive-conference-2018#event`,
      url: `${baseUrl()}/events/interactive-conference-2018`,
      startDate: "2018-08-25T17:00:00+02:00",
      // In 18 halls and on four live streams.
      eventAttendanceMode: "https://schema.org/MixedEventAttendanceMode",
      organizer: { "@type": "Organization", name: "Iranian communities of Europe and North America" },
    });
    expect(parent.subEvent).toHaveLength(18);
    // Google's Event result wants a Place with an address: each city's locality and country, then the streams.
    const places = parent.location.filter((l: { "@type": string }) => l["@type"] === "Place");
    expect(places).toHaveLength(18);
    expect(places).toContainEqual({
      "@type": "Place",
      name: "Toronto",
      address: { "@type": "PostalAddress", addressLocality: "Toronto", addressCountry: "CA" },
    });
    expect(parent.location.filter((l: { "@type": string }) => l["@type"] === "VirtualLocation")).toHaveLength(4);
    // Who speaks (confirmed), once each; interpreters are not performers.
    const performers = parent.performer.map((p: { name: string }) => p.name);
    expect(performers.length).toBeGreaterThan(3);
    expect(new Set(performers).size).toBe(performers.length);
    expect(parent.performer.every((p: { "@type": string }) => p["@type"] === "Person")).toBe(true);
    const torontoId = parent.subEvent.find((s: { "@id": string }) => s["@id"].endsWith("/cities/toronto#event"))["@id"];

    const [cityParent, toronto, ...none] = await jsonLd("/en/events/interactive-conference-2018/cities/toronto");
    expect(none).toHaveLength(0);
    expect(cityParent["@id"]).toBe(parent["@id"]);
    expect(toronto).toMatchObject({ "@id": torontoId, startDate: "2018-08-25T11:00:00-04:00", superEvent: { "@id": parent["@id"] } });
    expect(toronto.location).toMatchObject({ "@type": "Place", address: { addressCountry: "CA", addressLocality: "Toronto" } });
    // The demo's community halls keep their street address for confirmed attendees: locality and country only.
    expect(toronto.location.address.streetAddress).toBeUndefined();
    const [, parisHall] = await jsonLd("/en/events/paris-city-hall-2018/cities/paris");
    expect(parisHall.location.address.streetAddress).toBe("4 place du Louvre, 75001 Paris");
    expect(toronto.url).toBe(`${baseUrl()}/events/interactive-conference-2018/cities/toronto`);

    // An online event: its streams only, attended online.
    const [online] = await jsonLd("/en/events/witnesses-online-2021");
    expect(online.eventAttendanceMode).toBe("https://schema.org/OnlineEventAttendanceMode");
    expect(online.location.every((l: { "@type": string }) => l["@type"] === "VirtualLocation")).toBe(true);
  });

  it("read the organizer, their site and the event's image as a coordinator sets them; an image that is not https is a 400", async () => {
    const coordinator = (await signIn("coordinator@demo.test"))!;
    const { slug } = await createEvent();
    const patch = (body: unknown) => call(`/api/v1/events/${slug}`, { method: "PATCH", cookie: coordinator, body: JSON.stringify(body) });
    const refused = await patch({ imageUrl: "http://images.example.org/poster.png" });
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues.map((i: { path: string }) => i.path)).toEqual(["imageUrl"]);
    const set = await patch({
      organizerName: "Iranian community of Lyon",
      organizerUrl: "https://lyon.example.org",
      imageUrl: "https://images.example.org/poster.png",
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({
      organizerName: "Iranian community of Lyon",
      organizerUrl: "https://lyon.example.org",
      imageUrl: "https://images.example.org/poster.png",
    });
    const page = await call(`/en/events/${slug}`);
    expect(page.visible).toContain("Organized by Iranian community of Lyon");
    expect(page.text).toMatch(/<meta property="og:image" content="https:\/\/images\.example\.org\/poster\.png"\/>/);
    const [event] = JSON.parse(page.text.match(/<script type="application\/ld\+json">(.*?)<\/script>/)![1]!)["@graph"];
    expect(event).toMatchObject({
      organizer: { "@type": "Organization", name: "Iranian community of Lyon", url: "https://lyon.example.org" },
      image: ["https://images.example.org/poster.png"],
    });
    // Cleared: nothing said, nothing claimed.
    expect((await patch({ organizerName: "", organizerUrl: null, imageUrl: null })).status).toBe(200);
    const [cleared] = JSON.parse((await call(`/en/events/${slug}`)).text.match(/<script type="application\/ld\+json">(.*?)<\/script>/)![1]!)["@graph"];
    expect(cleared.organizer).toBeUndefined();
    expect(cleared.image).toBeUndefined();
  });

  it("are pointed at public pages by robots.txt and sitemap.xml, and away from private ones", async () => {
    const robots = await call("/robots.txt");
    expect(robots.text).toMatch(/Disallow: \/dashboard/);
    expect(robots.text).toMatch(/Sitemap: http.*\/sitemap\.xml/);
    const sitemap = await call("/sitemap.xml");
    expect(sitemap.status).toBe(200);
    expect(sitemap.text).toContain("/events/interactive-conference-2018/cities/toronto</loc>");
    expect(sitemap.text).not.toContain("planning-2028");
    // Pending cities are not public.
    expect(sitemap.text).not.toContain("/events/interactive-conference-2027/cities/brussels</loc>");
  });

  it("mark every private page noindex, and no public one", async () => {
    const coordinator = (await signIn("coordinator@demo.test"))!;
    const noindex = /<meta name="robots" content="noindex"\/>/;
    for (const path of ["/dashboard", "/dashboard/events/interactive-conference-2027/coverage", "/dashboard/speakers", "/sign-in"]) {
      const page = await call(path, { cookie: path.startsWith("/dashboard") ? coordinator : undefined });
      expect(page.status, path).toBe(200);
      expect(page.text, path).toMatch(noindex);
    }
    expect((await call("/en/events/interactive-conference-2027")).text).not.toMatch(noindex);
  });
});
