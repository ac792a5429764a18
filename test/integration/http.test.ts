// HTTP as calendar clients, conference apps and shared caches use it: conditional GET (ETag,
// Last-Modified, 304), compression (gzip, br) negotiated per request, stable bytes for the same
// data, CORS for public reads, and no forged host in anything cacheable. Requests go over a raw
// socket (node:http), so the bytes on the wire are checked, not what fetch decoded.
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { baseUrl, call, createEvent, signIn, unique } from "./helpers";

type Raw = { status: number; headers: IncomingHttpHeaders; bytes: Buffer; text: string };

function raw(path: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${baseUrl()}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: response.statusCode!, headers: response.headers, bytes, text: bytes.toString("utf8") });
      });
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end();
  });
}

const EVENT = "interactive-conference-2018";
/** Every public read: the feeds (bare and per language) and the API's anonymous answers. */
const READS = [
  `/events/${EVENT}/calendar.ics`,
  `/events/${EVENT}/program.ics`,
  `/events/${EVENT}/cities/toronto/calendar.ics`,
  `/events/${EVENT}/cities/toronto/program.ics`,
  `/events/${EVENT}/schedule.json`,
  `/events/${EVENT}/schedule.xml`,
  `/fa/events/${EVENT}/calendar.ics`,
  `/fr/events/${EVENT}/schedule.xml`,
  "/api/v1/events",
  `/api/v1/events/${EVENT}`,
  `/api/v1/events/${EVENT}?lang=fa`,
  `/api/v1/events/${EVENT}/schedule?tz=America/Vancouver&lang=en&city=toronto`,
  `/api/v1/events/${EVENT}/cities/toronto`,
  "/api/v1/time-zones?locale=fa&date=2027-08-28",
  "/api/v1/openapi.json",
];
/** The reads whose data has a last change (the event's): they also carry Last-Modified. */
const DATED = READS.filter((path) => path.includes(EVENT));

describe("conditional GET", () => {
  it("gives every public read an ETag, and a 304 without a body while it still matches", async () => {
    for (const path of READS) {
      const first = await raw(path);
      expect(first.status, path).toBe(200);
      const etag = first.headers.etag!;
      expect(etag, path).toMatch(/^"[\w-]{20,}"$/);
      const again = await raw(path, { "if-none-match": etag });
      expect(again.status, path).toBe(304);
      expect(again.bytes.length, path).toBe(0);
      expect(again.headers.etag, path).toBe(etag);
      expect(again.headers["cache-control"], path).toBe(first.headers["cache-control"]);
      // A list of validators, one of them current; and W/ (weak comparison, RFC 9110 §13.1.2).
      expect((await raw(path, { "if-none-match": `"old", W/${etag}` })).status, path).toBe(304);
      expect((await raw(path, { "if-none-match": '"something-else"' })).status, path).toBe(200);
    }
  });

  it("dates every event read by its data's last change, and answers If-Modified-Since", async () => {
    for (const path of DATED) {
      const first = await raw(path);
      const lastModified = first.headers["last-modified"]!;
      expect(lastModified, path).toMatch(/GMT$/);
      expect(new Date(lastModified).getTime(), path).toBeLessThan(Date.now());
      expect((await raw(path, { "if-modified-since": lastModified })).status, path).toBe(304);
      expect((await raw(path, { "if-modified-since": new Date(new Date(lastModified).getTime() - 1000).toUTCString() })).status, path).toBe(200);
      // If-None-Match decides when both are sent (RFC 9110 §13.2.2).
      expect((await raw(path, { "if-modified-since": lastModified, "if-none-match": '"stale"' })).status, path).toBe(200);
    }
  });

  it("gives the same bytes for the same data (DTSTAMP is the last change), and a new ETag, Last-Modified and DTSTAMP after a change", async () => {
    const coordinator = (await signIn("coordinator@demo.test"))!;
    const { slug } = await createEvent();
    const feed = `/events/${slug}/calendar.ics`;
    const first = await raw(feed);
    await new Promise((resolve) => setTimeout(resolve, 1100)); // a generation time would now differ by a second
    const second = await raw(feed);
    expect(second.text).toBe(first.text);
    expect(second.headers.etag).toBe(first.headers.etag);
    const stamp = (text: string) => new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent")!.getFirstPropertyValue("dtstamp") as ICAL.Time;
    expect(stamp(first.text).toJSDate().toUTCString()).toBe(first.headers["last-modified"]);

    const changed = await call(`/api/v1/events/${slug}`, { method: "PATCH", cookie: coordinator, body: JSON.stringify({ summary: unique("A new summary") }) });
    expect(changed.status).toBe(200);
    const after = await raw(feed, { "if-none-match": first.headers.etag! });
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(first.headers.etag);
    expect(new Date(after.headers["last-modified"]!).getTime()).toBeGreaterThan(new Date(first.headers["last-modified"]!).getTime());
    expect(stamp(after.text).toJSDate().toUTCString()).toBe(after.headers["last-modified"]);
    // The API's answer of the same event moved with it.
    const api = await raw(`/api/v1/events/${slug}`);
    expect(api.headers["last-modified"]).toBe(after.headers["last-modified"]);
  });

  it("moves Last-Modified when something is deleted, and when a speaker shown in the program is renamed (who appears at once)", async () => {
    const coordinator = (await signIn("coordinator@demo.test"))!;
    const { slug } = await createEvent();
    const post = (path: string, body: unknown) => call(path, { method: "POST", cookie: coordinator, body: JSON.stringify(body) });
    const item = await post(`/api/v1/events/${slug}/items`, {
      title: "Opening",
      kind: "opening",
      start: { local: "2027-08-28T17:00", timeZone: "Europe/Paris" },
      durationMinutes: 20,
    });
    const speaker = await post("/api/v1/speakers", { name: unique("Leila Ahmadi"), languages: ["fa"] });
    const extra = await post(`/api/v1/events/${slug}/items`, {
      title: "Extra",
      kind: "talk",
      start: { local: "2027-08-28T18:00", timeZone: "Europe/Paris" },
      durationMinutes: 10,
    });
    expect([item.status, speaker.status, extra.status]).toEqual([201, 201, 201]);
    const assigned = await post(`/api/v1/events/${slug}/items/${item.body.id}/assignments`, {
      speakerId: speaker.body.id,
      language: "fa",
      role: "speaker",
      status: "confirmed",
    });
    expect(assigned.status).toBe(201);
    const schedule = `/api/v1/events/${slug}/schedule`;
    const modified = async () => new Date((await raw(schedule)).headers["last-modified"]!).getTime();

    let before = await modified();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await call(`/api/v1/events/${slug}/items/${extra.body.id}`, { method: "DELETE", cookie: coordinator })).status).toBe(204);
    expect(await modified()).toBeGreaterThan(before);

    before = await modified();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const renamed = unique("Leila Ahmadi-Rad");
    expect((await call(`/api/v1/speakers/${speaker.body.id}`, { method: "PATCH", cookie: coordinator, body: JSON.stringify({ name: renamed }) })).status).toBe(
      200,
    );
    const read = await raw(schedule);
    expect(read.text).toContain(renamed);
    expect(new Date(read.headers["last-modified"]!).getTime()).toBeGreaterThan(before);
  });
});

describe("compression", () => {
  it("sends gzip or br as Accept-Encoding asks, with Vary and an ETag per encoding, decoding to the same text", async () => {
    let compressed = 0;
    for (const path of READS) {
      const plain = await raw(path, { "accept-encoding": "identity" });
      expect(plain.headers["content-encoding"], path).toBeUndefined();
      if (plain.bytes.length < 1024) {
        // Too small to gain from it: the same bytes for everyone.
        expect((await raw(path, { "accept-encoding": "gzip, br" })).headers["content-encoding"], path).toBeUndefined();
        continue;
      }
      compressed++;
      expect(plain.headers.vary, path).toMatch(/Accept-Encoding/);
      const gzipped = await raw(path, { "accept-encoding": "gzip, deflate" });
      expect(gzipped.headers["content-encoding"], path).toBe("gzip");
      expect(gunzipSync(gzipped.bytes).toString("utf8"), path).toBe(plain.text);
      expect(gzipped.bytes.length, path).toBeLessThan(plain.bytes.length);
      const brotli = await raw(path, { "accept-encoding": "gzip;q=0.5, br" });
      expect(brotli.headers["content-encoding"], path).toBe("br");
      expect(brotliDecompressSync(brotli.bytes).toString("utf8"), path).toBe(plain.text);
      expect(new Set([plain.headers.etag, gzipped.headers.etag, brotli.headers.etag]).size, path).toBe(3);
      // A 304 for the encoding the client holds.
      expect((await raw(path, { "accept-encoding": "gzip", "if-none-match": gzipped.headers.etag! })).status, path).toBe(304);
      // q=0 refuses an encoding.
      expect((await raw(path, { "accept-encoding": "br;q=0, gzip;q=0" })).headers["content-encoding"], path).toBeUndefined();
    }
    expect(compressed).toBeGreaterThan(READS.length - 3);
  });

  it("shrinks the largest feed, schedule.xml of the 2018 conference, at least fivefold", async () => {
    const plain = await raw(`/events/${EVENT}/schedule.xml`);
    const brotli = await raw(`/events/${EVENT}/schedule.xml`, { "accept-encoding": "br" });
    expect(brotli.bytes.length * 5).toBeLessThan(plain.bytes.length);
  });
});

describe("CORS", () => {
  it("lets any site's scripts read public reads, without credentials", async () => {
    for (const path of READS) {
      const response = await raw(path, { origin: "https://community.example" });
      expect(response.headers["access-control-allow-origin"], path).toBe("*");
      expect(response.headers["access-control-allow-credentials"], path).toBeUndefined();
      expect(response.headers["access-control-expose-headers"], path).toMatch(/ETag/);
    }
  });

  it("never opens a signed-in reader's answer to other sites", async () => {
    const coordinator = (await signIn("coordinator@demo.test"))!;
    for (const path of [`/api/v1/events/${EVENT}`, `/api/v1/events/${EVENT}/schedule`, `/api/v1/events/${EVENT}/cities/toronto`]) {
      const response = await raw(path, { cookie: coordinator, origin: "https://community.example" });
      expect(response.status, path).toBe(200);
      expect(response.headers["access-control-allow-origin"], path).toBeUndefined();
      expect(response.headers["cache-control"], path).toBe("private, no-store");
    }
  });
});

describe("a forged host", () => {
  // The test server trusts loopback as its proxy and has PUBLIC_BASE_URL set: even forwarded
  // headers a trusted proxy passes on never reach absolute URLs then.
  it("never reaches the links of cacheable output", async () => {
    const forged = { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
    for (const path of [...READS, `/events/${EVENT}`, `/fa/events/${EVENT}`, "/sitemap.xml", "/robots.txt"]) {
      const response = await raw(path, forged);
      expect(response.status, path).toBeLessThan(400);
      expect(response.text, path).not.toContain("evil.example");
      expect(response.headers.location ?? "", path).not.toContain("evil.example");
    }
  });
});

describe("public reads replayed without entering Next (server.ts, lib/http/response-cache.ts)", () => {
  it("answers the second reader of a localized page from the response cache, with the same headers and no cookie", async () => {
    const event = await createEvent();
    const path = `/fa/events/${event.slug}`;
    const first = await raw(path);
    const second = await raw(path);
    expect(first.status).toBe(200);
    expect(second.headers["x-simulconf-cache"]).toBe("hit");
    expect(second.text).toBe(first.text);
    for (const name of ["content-security-policy", "cache-control", "content-type", "x-frame-options", "vary"])
      expect(second.headers[name], name).toEqual(first.headers[name]);
    expect(second.headers["set-cookie"]).toBeUndefined();
    // A reader who is signed in, or asks with a date condition, is answered by the app.
    const cookie = (await signIn("coordinator@demo.test"))!;
    expect((await raw(path, { cookie })).headers["x-simulconf-cache"]).toBeUndefined();
    expect((await raw(path, { "if-modified-since": "Tue, 01 Dec 2026 10:00:00 GMT" })).headers["x-simulconf-cache"]).toBeUndefined();
  });

  it("forgets a page, its API answer and its feed at the write that changes them: the next reader sees the change", async () => {
    const event = await createEvent();
    const cookie = (await signIn("coordinator@demo.test"))!;
    const reads = [`/en/events/${event.slug}`, `/api/v1/events/${event.slug}`, `/en/events/${event.slug}/calendar.ics`];
    for (const path of reads) {
      await raw(path);
      expect((await raw(path)).headers["x-simulconf-cache"], path).toBe("hit");
    }
    const current = await call(`/api/v1/events/${event.slug}`, { cookie });
    const title = unique("Retitled");
    const patched = await call(`/api/v1/events/${event.slug}`, { cookie, method: "PATCH", body: JSON.stringify({ title, version: current.body.version }) });
    expect(patched.status).toBe(200);
    for (const path of reads) {
      const after = await raw(path);
      expect(after.headers["x-simulconf-cache"], path).toBeUndefined();
      expect(after.text, path).toContain(title);
    }
  });

  it("never keeps a private answer, a redirect or a refusal", async () => {
    const cookie = (await signIn("coordinator@demo.test"))!;
    for (const [path, headers] of [
      ["/dashboard", { cookie }],
      ["/events/interactive-conference-2018", { "accept-language": "fa" }],
      ["/fa/events/no-such-event-here", {}],
    ] as [string, Record<string, string>][]) {
      await raw(path, headers);
      expect((await raw(path, headers)).headers["x-simulconf-cache"], path).toBeUndefined();
    }
  });
});
