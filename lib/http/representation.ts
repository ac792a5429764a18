/**
 * Reads answered the way HTTP clients and shared caches expect (docs/contract.md, "HTTP"):
 *
 * - a validator: `ETag` (a hash of the body) and, when known, `Last-Modified` (the data's last
 *   change); `If-None-Match` / `If-Modified-Since` that still match get a 304 without a body;
 * - compression: gzip or br as `Accept-Encoding` asks, with `Vary: Accept-Encoding`. A cached
 *   representation is hashed when it is made and compressed once per encoding, the first time a
 *   client asks for it (the compressed bytes live as long as the cached value: a WeakMap);
 * - public answers are readable from any web page (`Access-Control-Allow-Origin: *`, never with
 *   credentials), so a community's own site can show the schedule.
 */
import "server-only";
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants as zlib, gzip } from "node:zlib";
import fresh from "fresh";
import Negotiator from "negotiator";
import { EDGE_ENV, ENCODING_HEADER } from "@/lib/http/edge";

export type Representation = Readonly<{
  body: string;
  /** The strong validator of the uncompressed body, quoted: "…". */
  etag: string;
  /** The data's last change as an HTTP date, or null when unknown. */
  lastModified: string | null;
  /** The body's size in UTF-8 bytes, measured once when made (not on every answer). */
  bytes: number;
}>;

/** A body with its validator (a SHA-256 of its text) and the instant its data last changed. */
export function represent(body: string, lastChange?: Date | string | null): Representation {
  const hash = createHash("sha256").update(body).digest("base64url").slice(0, 32);
  return { body, etag: `"${hash}"`, lastModified: lastChange ? new Date(lastChange).toUTCString() : null, bytes: Buffer.byteLength(body) };
}

type Encoding = "br" | "gzip";
/** Below this, compressing saves less than its headers and time cost. */
const MIN_COMPRESSED_BYTES = 1024;
const compressors: Record<Encoding, (representation: Representation) => Promise<Uint8Array>> = {
  // Quality 9 of 11: within a few per cent of the best, at a fraction of its time.
  br: ({ body, bytes }) => promisify(brotliCompress)(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes } }),
  gzip: ({ body }) => promisify(gzip)(body, { level: 9 }),
};
const compressed = new WeakMap<Representation, Map<Encoding, Promise<Uint8Array<ArrayBuffer>>>>();

function compressedBody(representation: Representation, encoding: Encoding): Promise<Uint8Array<ArrayBuffer>> {
  let byEncoding = compressed.get(representation);
  if (!byEncoding) compressed.set(representation, (byEncoding = new Map()));
  let bytes = byEncoding.get(encoding);
  if (!bytes) {
    // Copied once out of zlib's pooled buffer, into bytes a Response can own.
    bytes = compressors[encoding](representation).then((buffer) => new Uint8Array(buffer));
    // A failed compression is not remembered (it would fail every later request too).
    bytes.catch(() => byEncoding.delete(encoding));
    byEncoding.set(encoding, bytes);
  }
  return bytes;
}

/** The encoding the client prefers among ours (br, then gzip), or null for the plain text. */
export function chooseEncoding(acceptEncoding: string | null): Encoding | null {
  if (!acceptEncoding) return null;
  // Equal weights ("gzip, deflate, br", as browsers send it): ours decides, br first.
  const [best] = new Negotiator({ headers: { "accept-encoding": acceptEncoding } }).encodings(["br", "gzip", "identity"], {
    preferred: ["br", "gzip", "identity"],
  });
  return best === "br" || best === "gzip" ? best : null;
}

export type AnswerOptions = {
  /** Content-Type, Cache-Control and any other header of the answer. */
  headers: Record<string, string>;
  /** Request headers the answer also depends on (e.g. Cookie). */
  vary?: string[];
  /** A public answer: readable by any site's scripts (CORS). */
  public?: boolean;
  status?: number;
};

/**
 * The answer to a GET (or HEAD) of `representation`: 304 when the client's copy is current,
 * else the body, compressed when the client accepts it. Each encoding has its own ETag
 * ("hash-br"), so no cache mixes up the bytes of two encodings.
 */
export async function answer(request: Request, representation: Representation, options: AnswerOptions): Promise<Response> {
  // Only behind the edge (server.ts), which puts back the Content-Encoding Next would drop.
  const compressible = process.env[EDGE_ENV] === "1" && representation.bytes >= MIN_COMPRESSED_BYTES;
  const encoding = compressible ? chooseEncoding(request.headers.get("accept-encoding")) : null;
  const etag = encoding ? `${representation.etag.slice(0, -1)}-${encoding}"` : representation.etag;
  const vary = [...(options.vary ?? []), ...(compressible ? ["Accept-Encoding"] : [])];
  const headers: Record<string, string> = {
    ...options.headers,
    etag,
    ...(representation.lastModified ? { "last-modified": representation.lastModified } : {}),
    ...(vary.length ? { vary: vary.join(", ") } : {}),
    ...(options.public ? { "access-control-allow-origin": "*", "access-control-expose-headers": "ETag, Content-Disposition" } : {}),
  };
  const status = options.status ?? 200;
  if (status === 200 && isFresh(request, headers)) {
    const { "content-type": _type, "content-disposition": _disposition, ...kept } = headers;
    return new Response(null, { status: 304, headers: kept });
  }
  if (!encoding) return new Response(representation.body, { status, headers });
  const bytes = await compressedBody(representation, encoding);
  return new Response(bytes, { status, headers: { ...headers, [ENCODING_HEADER]: encoding } });
}

/** RFC 9110 §13.2.2: If-None-Match decides when present, else If-Modified-Since. */
function isFresh(request: Request, headers: Record<string, string>): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  const ifModifiedSince = request.headers.get("if-modified-since");
  if (!ifNoneMatch && !ifModifiedSince) return false;
  const asked: Record<string, string> = {};
  if (ifNoneMatch) asked["if-none-match"] = ifNoneMatch;
  else if (ifModifiedSince) asked["if-modified-since"] = ifModifiedSince;
  return fresh(asked, { etag: headers.etag, "last-modified": headers["last-modified"] });
}
