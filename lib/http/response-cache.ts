/**
 * The in-process shared cache in front of Next (server.ts): public answers (pages, the API's
 * anonymous reads, feeds) kept as the bytes Next sent, keyed by URL and by the request headers
 * the answer says it varies on, and replayed without entering Next at all (no routing, no proxy,
 * no render lookup). It is what nginx's proxy cache does in front of several instances, inside
 * the one instance: docs/benchmarks.md measures both.
 *
 * An answer is kept only when it says any shared cache may keep it (`s-maxage`, not `private`
 * or `no-store`, no `Set-Cookie`), for a request without credentials, and for at most its
 * `s-maxage` (and MAX_SECONDS). Every write empties it (clear(), called through lib/cache-local.ts
 * on this instance and, through PostgreSQL NOTIFY, on every other one); an answer rendered while
 * a write happened is not kept (the generation changed under it).
 */
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";

export type CachedAnswer = {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  /** The request headers the answer varies on, lower case, with the values it was made for. */
  vary: [string, string][];
  storedAt: number;
  expires: number;
};

export type ResponseCacheOptions = { maxBytes: number; maxEntries: number; maxSeconds: number; now?: () => number };

/** Headers never replayed from the cache (hop-by-hop, or set again for each answer). */
const NOT_REPLAYED = new Set(["connection", "keep-alive", "transfer-encoding", "date", "age", "content-length"]);
/** Credentials: a request carrying them is answered by the app, never from the cache. */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-|__Host-)?authjs\.session-token(?:\.\d+)?=/;
export const CACHE_STATUS_HEADER = "x-simulconf-cache";

/**
 * What a cache key sees of a request header. Accept-Encoding reduces to the encodings the app
 * makes (br, gzip) that the reader accepts: "gzip, deflate, br" and "br, gzip" share a copy.
 */
function headerValue(headers: IncomingHttpHeaders, name: string): string {
  const raw = headers[name];
  const value = Array.isArray(raw) ? raw.join(", ") : (raw ?? "");
  if (name !== "accept-encoding") return value;
  const accepted = new Set(
    value
      .split(",")
      .map((part) => part.trim().toLowerCase().split(";"))
      .filter(([, ...params]) => !params.some((param) => /^\s*q=0(?:\.0*)?\s*$/.test(param)))
      .map(([coding]) => coding),
  );
  return ["br", "gzip"].filter((coding) => accepted.has(coding) || accepted.has("*")).join(",");
}

/**
 * A request as the cache sees it, taken when it arrives (Next rewrites the URL and headers of
 * the request it handles): the address with its host (links in an answer may name it).
 */
export type RequestKey = { key: string; headers: IncomingHttpHeaders };
const requestKey = (request: IncomingMessage): RequestKey => ({ key: `${request.headers.host ?? ""}${request.url ?? ""}`, headers: { ...request.headers } });

function varyNames(headers: OutgoingHttpHeaders): string[] | null {
  const raw = headers.vary;
  const names = (Array.isArray(raw) ? raw.join(",") : String(raw ?? ""))
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  return names.includes("*") ? null : [...new Set(names)];
}

/** The shared-cache lifetime an answer allows, in seconds, or 0 when it must not be shared. */
export function sharedLifetime(headers: OutgoingHttpHeaders): number {
  if (headers["set-cookie"] !== undefined) return 0;
  const control = String(headers["cache-control"] ?? "").toLowerCase();
  if (/\b(?:private|no-store|no-cache)\b/.test(control)) return 0;
  const match = /\bs-maxage=(\d+)/.exec(control);
  return match ? Number(match[1]) : 0;
}

/** Whether If-None-Match names this ETag (weak comparison, as RFC 9110 asks for GET). */
function matchesEtag(asked: string | string[] | undefined, etag: OutgoingHttpHeaders[string]): boolean {
  // Next appends each header of a route handler's answer: a single ETag may come as a list of one.
  const tag = Array.isArray(etag) ? etag[0] : etag;
  if (asked === undefined || typeof tag !== "string") return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  const list = (Array.isArray(asked) ? asked.join(",") : asked).split(",").map(bare);
  return list.includes("*") || list.includes(bare(tag));
}

/** Whether the cache may answer this request, or keep the answer to it. */
export function isCacheableRequest(request: IncomingMessage): boolean {
  if (request.method !== "GET") return false;
  const headers = request.headers;
  if (headers.authorization !== undefined) return false;
  // If-None-Match is answered from a kept answer's ETag (replay); If-Modified-Since goes to the app.
  if (headers["if-modified-since"] !== undefined) return false;
  if (headers.range !== undefined) return false;
  return !SESSION_COOKIE.test(headers.cookie ?? "");
}

export class ResponseCache {
  private entries = new Map<string, CachedAnswer[]>();
  private bytes = 0;
  private generationCount = 0;
  readonly hits = { hit: 0, miss: 0 };

  constructor(private readonly options: ResponseCacheOptions) {}

  private now() {
    return this.options.now?.() ?? Date.now();
  }

  /** Changes on every clear(): an answer made across a change is not kept. */
  get generation() {
    return this.generationCount;
  }

  get size() {
    return { entries: [...this.entries.values()].reduce((sum, list) => sum + list.length, 0), bytes: this.bytes };
  }

  clear() {
    this.generationCount++;
    this.entries.clear();
    this.bytes = 0;
  }

  /** The kept answer for this request, if one is fresh. */
  lookup(request: IncomingMessage): CachedAnswer | undefined {
    if (!isCacheableRequest(request)) return undefined;
    const { key } = requestKey(request);
    const list = this.entries.get(key);
    if (!list) return undefined;
    const now = this.now();
    const answer = list.find((entry) => entry.vary.every(([name, value]) => headerValue(request.headers, name) === value));
    if (!answer) return undefined;
    if (answer.expires <= now) {
      this.remove(key, answer);
      return undefined;
    }
    // Most recently used last: the first key of the map is the one evicted.
    this.entries.delete(key);
    this.entries.set(key, list);
    return answer;
  }

  /** Keeps an answer if it may be shared; `generation` is the one seen when the request began. */
  store(request: RequestKey, status: number, headers: OutgoingHttpHeaders, body: Buffer, generation: number): boolean {
    if (generation !== this.generationCount || status !== 200 || request.headers["if-none-match"] !== undefined) return false;
    const lifetime = Math.min(sharedLifetime(headers), this.options.maxSeconds);
    const names = varyNames(headers);
    if (lifetime <= 0 || names === null || body.length > this.options.maxBytes / 8) return false;
    // Varying on the cookie: only requests without one are kept (a locale cookie, say, would
    // split the cache per reader for nothing).
    if (names.includes("cookie") && request.headers.cookie) return false;
    const now = this.now();
    const replayed: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(headers)) if (!NOT_REPLAYED.has(name) && value !== undefined) replayed[name] = value;
    const answer: CachedAnswer = {
      status,
      headers: replayed,
      body,
      vary: names.map((name) => [name, headerValue(request.headers, name)]),
      storedAt: now,
      expires: now + lifetime * 1000,
    };
    const key = request.key;
    const list = (this.entries.get(key) ?? []).filter((entry) => {
      const same =
        entry.vary.length === answer.vary.length && entry.vary.every(([name, value], i) => answer.vary[i]![0] === name && answer.vary[i]![1] === value);
      if (same) this.bytes -= entry.body.length;
      return !same;
    });
    list.push(answer);
    this.entries.delete(key);
    this.entries.set(key, list);
    this.bytes += body.length;
    this.evict();
    return true;
  }

  /** Sends a kept answer, with its age; a 304 without a body when the reader already has it (If-None-Match). */
  replay(answer: CachedAnswer, response: ServerResponse, request?: IncomingMessage) {
    const age = String(Math.floor((this.now() - answer.storedAt) / 1000));
    if (request && matchesEtag(request.headers["if-none-match"], answer.headers.etag)) {
      const { "content-type": _type, "content-encoding": _encoding, ...headers } = answer.headers;
      response.writeHead(304, { ...headers, age, [CACHE_STATUS_HEADER]: "hit" });
      response.end();
      return;
    }
    response.writeHead(answer.status, {
      ...answer.headers,
      age,
      "content-length": String(answer.body.length),
      [CACHE_STATUS_HEADER]: "hit",
    });
    response.end(answer.body);
  }

  /**
   * Collects what Next writes to `response` and keeps it when the answer is finished (and
   * shareable). Wraps write/end before Next does: its compression wraps them again, so the
   * bytes seen here are the bytes sent.
   */
  capture(request: IncomingMessage, response: ServerResponse) {
    if (!isCacheableRequest(request)) return;
    const generation = this.generationCount;
    const asked = requestKey(request);
    const chunks: Buffer[] = [];
    let size = 0;
    let unkept = false;
    const collect = (chunk: unknown, encoding?: unknown) => {
      if (unkept || chunk === undefined || chunk === null || typeof chunk === "function") return;
      const buffer = Buffer.isBuffer(chunk)
        ? chunk
        : typeof chunk === "string"
          ? Buffer.from(chunk, (typeof encoding === "string" ? encoding : "utf8") as BufferEncoding)
          : Buffer.from(chunk as Uint8Array);
      size += buffer.length;
      if (size > this.options.maxBytes / 8) {
        unkept = true;
        chunks.length = 0;
        return;
      }
      chunks.push(buffer);
    };
    const write = response.write;
    const end = response.end;
    const writeHead = response.writeHead;
    // Headers given to writeHead alone never show in getHeaders(): they are noted here, and the
    // call goes on unchanged (Next's own cache reads the response's headers after it).
    let given: OutgoingHttpHeaders = {};
    response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
      const last = rest[rest.length - 1];
      if (last && typeof last === "object" && !Array.isArray(last)) {
        given = Object.fromEntries(Object.entries(last as OutgoingHttpHeaders).map(([name, value]) => [name.toLowerCase(), value]));
      } else if (Array.isArray(last)) {
        unkept = true; // raw header lists: not read back, not kept
      }
      return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
    } as typeof response.writeHead;
    response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
      collect(chunk, rest[0]);
      return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as typeof response.write;
    response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      collect(chunk, rest[0]);
      return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
    } as typeof response.end;
    response.once("finish", () => {
      if (unkept) return;
      this.store(asked, response.statusCode, { ...response.getHeaders(), ...given }, Buffer.concat(chunks), generation);
    });
  }

  private remove(key: string, answer: CachedAnswer) {
    const list = this.entries.get(key)?.filter((entry) => entry !== answer) ?? [];
    this.bytes -= answer.body.length;
    if (list.length) this.entries.set(key, list);
    else this.entries.delete(key);
  }

  private evict() {
    let count = this.size.entries;
    while ((this.bytes > this.options.maxBytes || count > this.options.maxEntries) && this.entries.size > 0) {
      const [key, list] = this.entries.entries().next().value!;
      this.entries.delete(key);
      for (const entry of list) this.bytes -= entry.body.length;
      count -= list.length;
    }
  }
}
