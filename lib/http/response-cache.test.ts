import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { forgetLocally, onForget } from "@/lib/cache-local";
import { CACHE_STATUS_HEADER, ResponseCache, sharedLifetime } from "./response-cache";

// A real server with the cache in front, as server.ts puts it; the "app" behind it counts
// the requests that reach it and answers as each test says.
let clock = 1_000_000;
const cache = new ResponseCache({ maxBytes: 64 * 1024, maxEntries: 50, maxSeconds: 300, now: () => clock });
let reached = 0;
let answer: (request: http.IncomingMessage, response: http.ServerResponse) => void;
let base = "";
let stopForget: () => void;

const server = http.createServer((request, response) => {
  const kept = cache.lookup(request);
  if (kept) return cache.replay(kept, response, request);
  cache.capture(request, response);
  reached++;
  answer(request, response);
});

const publicAnswer =
  (body: string, headers: Record<string, string> = {}) =>
  (_: http.IncomingMessage, response: http.ServerResponse) => {
    response.writeHead(200, { "content-type": "text/plain", "cache-control": "public, max-age=0, s-maxage=30", ...headers });
    response.write(body.slice(0, 3));
    response.end(body.slice(3));
  };

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stopForget = onForget(() => cache.clear());
});
afterAll(() => {
  stopForget();
  server.close();
});
beforeEach(() => {
  cache.clear();
  reached = 0;
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });

describe("the response cache in front of the app", () => {
  it("replays a shareable answer without reaching the app, with its headers and its age", async () => {
    answer = publicAnswer("the event page", { "content-security-policy": "default-src 'self'" });
    const first = await get("/fa/events/x");
    expect(first.headers.get(CACHE_STATUS_HEADER)).toBeNull();
    expect(await first.text()).toBe("the event page");
    clock += 7_000;
    const second = await get("/fa/events/x");
    expect(await second.text()).toBe("the event page");
    expect(second.headers.get(CACHE_STATUS_HEADER)).toBe("hit");
    expect(second.headers.get("age")).toBe("7");
    expect(second.headers.get("content-security-policy")).toBe("default-src 'self'");
    expect(second.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=30");
    expect(reached).toBe(1);
    // Another address, or the same path on another host, is another answer.
    await get("/fa/events/y");
    await get("/fa/events/x", { "x-forwarded-host": "other.example" }).then((r) => r.text());
    expect(reached).toBe(2);
  });

  it("answers If-None-Match from a kept answer: a 304 without a body when the reader's copy is current", async () => {
    answer = publicAnswer("tagged", { etag: '"v1"' });
    await get("/e");
    const same = await get("/e", { "if-none-match": 'W/"v1"' });
    expect(same.status).toBe(304);
    expect(same.headers.get(CACHE_STATUS_HEADER)).toBe("hit");
    expect(same.headers.get("etag")).toBe('"v1"');
    expect(await same.text()).toBe("");
    // As Next gives a route handler's headers: appended, so a list of one.
    answer = (_, response) => {
      response.appendHeader("etag", '"v2"');
      publicAnswer("listed")(_, response);
    };
    await get("/listed");
    expect((await get("/listed", { "if-none-match": '"v2"' })).status).toBe(304);
    const other = await get("/e", { "if-none-match": '"v0"' });
    expect(other.status).toBe(200);
    expect(await other.text()).toBe("tagged");
    expect(reached).toBe(2);
  });

  it("keys an answer by the request as it arrived, though the app rewrites its address and headers", async () => {
    answer = (request, response) => {
      request.url = "/internal/rewritten";
      delete request.headers.rsc;
      publicAnswer("rewritten", { vary: "rsc" })(request, response);
    };
    await get("/r?tz=America/Toronto", { rsc: "1" });
    expect((await get("/r?tz=America/Toronto", { rsc: "1" })).headers.get(CACHE_STATUS_HEADER)).toBe("hit");
    expect((await get("/r?tz=America/Toronto")).headers.get(CACHE_STATUS_HEADER)).toBeNull();
    expect((await get("/internal/rewritten")).headers.get(CACHE_STATUS_HEADER)).toBeNull();
  });

  it("keeps an answer no longer than its s-maxage", async () => {
    answer = publicAnswer("v1");
    await get("/a");
    clock += 29_000;
    expect((await get("/a")).headers.get(CACHE_STATUS_HEADER)).toBe("hit");
    clock += 2_000;
    expect((await get("/a")).headers.get(CACHE_STATUS_HEADER)).toBeNull();
    expect(reached).toBe(2);
  });

  it("never keeps what must not be shared: private, no-store, a cookie set, no s-maxage, an error", async () => {
    const cases: Record<string, Record<string, string>> = {
      private: { "cache-control": "private, s-maxage=30" },
      "no-store": { "cache-control": "no-store" },
      cookie: { "set-cookie": "a=b" },
      plain: { "cache-control": "public, max-age=60" },
    };
    for (const [name, headers] of Object.entries(cases)) {
      answer = publicAnswer(name, headers);
      await get(`/${name}`).then((r) => r.text());
      const again = await get(`/${name}`);
      expect(again.headers.get(CACHE_STATUS_HEADER), name).toBeNull();
    }
    answer = (_, response) => response.writeHead(404, { "cache-control": "public, s-maxage=30" }).end("no");
    await get("/missing");
    expect((await get("/missing")).headers.get(CACHE_STATUS_HEADER)).toBeNull();
    expect(reached).toBe(10);
  });

  it("answers no request with credentials, a date condition or another method from the cache, and keeps nothing of them", async () => {
    answer = publicAnswer("public");
    await get("/p");
    const withCredentials: Record<string, string>[] = [
      { authorization: "Bearer sc_x" },
      { cookie: "authjs.session-token=abc" },
      { cookie: "x=1; __Secure-authjs.session-token.0=abc" },
      { "if-modified-since": "Tue, 01 Dec 2026 10:00:00 GMT" },
    ];
    for (const headers of withCredentials) {
      const response = await get("/p", headers);
      expect(response.headers.get(CACHE_STATUS_HEADER), JSON.stringify(headers)).toBeNull();
    }
    await fetch(`${base}/p`, { method: "HEAD" });
    expect(reached).toBe(6);
    // A reader with only a language cookie shares the anonymous copy.
    expect((await get("/p", { cookie: "NEXT_LOCALE=fa" })).headers.get(CACHE_STATUS_HEADER)).toBe("hit");
  });

  it("keeps one copy per value of the headers the answer varies on (gzip or not, an RSC request or a document)", async () => {
    answer = (request, response) => {
      const accepted = String(request.headers["accept-encoding"]);
      const encoding = /\bbr\b/.test(accepted) ? "br" : /gzip/.test(accepted) && !/gzip;q=0/.test(accepted) ? "gzip" : "plain";
      publicAnswer(`${request.headers.rsc ? "rsc" : "html"}:${encoding}`, { vary: "rsc, Accept-Encoding" })(request, response);
    };
    const read = (headers: Record<string, string>) => get("/v", headers).then((r) => r.text());
    expect(await read({ "accept-encoding": "identity" })).toBe("html:plain");
    expect(await read({ "accept-encoding": "gzip, deflate" })).toBe("html:gzip");
    expect(await read({ "accept-encoding": "gzip, deflate, br" })).toBe("html:br");
    expect(await read({ "accept-encoding": "identity", rsc: "1" })).toBe("rsc:plain");
    expect(reached).toBe(4);
    // The same encodings in another order or with other codings are the same copy; br alone is
    // never given to a reader who did not ask for it, nor gzip to one who refused it.
    expect(await read({ "accept-encoding": "br, gzip" })).toBe("html:br");
    expect(await read({ "accept-encoding": "deflate, gzip" })).toBe("html:gzip");
    expect(await read({ "accept-encoding": "identity", rsc: "1" })).toBe("rsc:plain");
    expect(reached).toBe(4);
    expect(await read({ "accept-encoding": "gzip;q=0, deflate" })).toBe("html:plain");
    expect(reached).toBe(4);
  });

  it("does not keep an answer varying on the cookie for a reader who sent one", async () => {
    answer = publicAnswer("api", { vary: "Cookie" });
    await get("/api", { cookie: "NEXT_LOCALE=fa" });
    expect((await get("/api")).headers.get(CACHE_STATUS_HEADER)).toBeNull();
    expect((await get("/api")).headers.get(CACHE_STATUS_HEADER)).toBe("hit");
    expect((await get("/api", { cookie: "NEXT_LOCALE=fa" })).headers.get(CACHE_STATUS_HEADER)).toBeNull();
  });

  it("is emptied by every write (forgetLocally), and does not keep an answer that was being made during one", async () => {
    answer = publicAnswer("before");
    await get("/w");
    forgetLocally(["event:x"]);
    answer = publicAnswer("after");
    expect(await get("/w").then((r) => r.text())).toBe("after");
    // A slow answer that began before a write finishes after it: sent, but not kept.
    answer = (request, response) => {
      forgetLocally(null);
      publicAnswer("made during a write")(request, response);
    };
    await get("/slow");
    answer = publicAnswer("fresh");
    expect(await get("/slow").then((r) => r.text())).toBe("fresh");
  });

  it("stays within its size: the least recently used answers go first, and an oversized answer is never kept", async () => {
    answer = (request, response) => publicAnswer("x".repeat(request.url === "/big" ? 9_000 : 7_000))(request, response);
    for (let i = 0; i < 9; i++) await get(`/n${i}`);
    await get("/n0"); // used again: now the most recent
    await get("/n9"); // 10 × 7,000 bytes > 64 KiB: the oldest unused one goes
    expect(cache.size.bytes).toBeLessThanOrEqual(64 * 1024);
    expect((await get("/n0")).headers.get(CACHE_STATUS_HEADER)).toBe("hit");
    expect((await get("/n1")).headers.get(CACHE_STATUS_HEADER)).toBeNull();
    await get("/big");
    expect((await get("/big")).headers.get(CACHE_STATUS_HEADER)).toBeNull();
  });

  it("reads the shared lifetime as a shared cache must", () => {
    expect(sharedLifetime({ "cache-control": "s-maxage=300, stale-while-revalidate=31535700" })).toBe(300);
    expect(sharedLifetime({ "cache-control": "public, max-age=0, s-maxage=30" })).toBe(30);
    expect(sharedLifetime({ "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" })).toBe(0);
    expect(sharedLifetime({ "cache-control": "s-maxage=30", "set-cookie": ["a=b"] })).toBe(0);
    expect(sharedLifetime({})).toBe(0);
  });
});
