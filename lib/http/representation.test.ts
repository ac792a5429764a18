import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { EDGE_ENV, ENCODING_HEADER } from "./edge";

vi.mock("server-only", () => ({}));
const { answer, chooseEncoding, represent } = await import("./representation");

describe("chooseEncoding", () => {
  it("prefers br, then gzip, honours q=0, and falls back to the plain text", () => {
    expect(chooseEncoding("gzip, deflate, br")).toBe("br");
    expect(chooseEncoding("gzip, deflate")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip;q=0")).toBeNull();
    expect(chooseEncoding("identity")).toBeNull();
    expect(chooseEncoding("*")).toBe("br");
    expect(chooseEncoding(null)).toBeNull();
  });
});

describe("answer", () => {
  const body = JSON.stringify({ items: Array.from({ length: 200 }, (_, i) => ({ id: i, title: `Item ${i}` })) });
  const representation = represent(body, "2027-06-01T08:30:00.250Z");
  const get = (headers: Record<string, string>) => new Request("http://x.test/feed", { headers });
  const options = { headers: { "content-type": "application/json", "cache-control": "public, max-age=0" }, public: true };
  beforeAll(() => void (process.env[EDGE_ENV] = "1"));
  afterAll(() => void delete process.env[EDGE_ENV]);

  it("hashes the body into a strong ETag and dates it by its last change", () => {
    expect(representation.etag).toMatch(/^"[\w-]{32}"$/);
    expect(represent(body).etag).toBe(representation.etag);
    expect(represent(`${body} `).etag).not.toBe(representation.etag);
    expect(representation.lastModified).toBe("Tue, 01 Jun 2027 08:30:00 GMT");
  });

  it("answers 304 with the validators and no body while the client's copy matches", async () => {
    const fresh = await answer(get({ "if-none-match": representation.etag }), representation, options);
    expect(fresh.status).toBe(304);
    expect(await fresh.text()).toBe("");
    expect(fresh.headers.get("etag")).toBe(representation.etag);
    expect(fresh.headers.get("content-type")).toBeNull();
    expect((await answer(get({ "if-modified-since": "Tue, 01 Jun 2027 08:30:00 GMT" }), representation, options)).status).toBe(304);
    expect((await answer(get({ "if-modified-since": "Tue, 01 Jun 2027 08:29:59 GMT" }), representation, options)).status).toBe(200);
    expect((await answer(get({ "if-none-match": '"other"' }), representation, options)).status).toBe(200);
  });

  it("compresses once per encoding and names the encoding for the edge, with its own ETag", async () => {
    const first = await answer(get({ "accept-encoding": "gzip" }), representation, options);
    expect(first.headers.get(ENCODING_HEADER)).toBe("gzip");
    expect(first.headers.get("etag")).toBe(`${representation.etag.slice(0, -1)}-gzip"`);
    expect(first.headers.get("vary")).toBe("Accept-Encoding");
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    const bytes = Buffer.from(await first.arrayBuffer());
    expect(gunzipSync(bytes).toString()).toBe(body);
    const second = Buffer.from(await (await answer(get({ "accept-encoding": "gzip" }), representation, options)).arrayBuffer());
    expect(second.equals(bytes)).toBe(true);
  });

  it("sends the plain text when the edge does not run (next dev), since Next would drop the encoding", async () => {
    delete process.env[EDGE_ENV];
    try {
      const plain = await answer(get({ "accept-encoding": "gzip, br" }), representation, options);
      expect(plain.headers.get(ENCODING_HEADER)).toBeNull();
      expect(await plain.text()).toBe(body);
    } finally {
      process.env[EDGE_ENV] = "1";
    }
  });
});
