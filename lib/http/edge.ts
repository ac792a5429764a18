/**
 * What only the socket knows, decided once at the edge (server.ts) before Next sees a request:
 * who the client is, and which requests are refused before a byte of their body is read.
 *
 * The client address is the right-most hop of X-Forwarded-For that is not a trusted proxy
 * (TRUSTED_PROXIES: addresses, CIDR ranges or proxy-addr's names "loopback", "linklocal",
 * "uniquelocal"; none by default, so the socket's peer is the client). Any client can write
 * X-Forwarded-For, so its first value means nothing. The decided address travels to the app in
 * CLIENT_ADDRESS_HEADER, which the edge always overwrites; a request from an untrusted peer also
 * loses its X-Forwarded-* headers, so no forged host or protocol reaches the app.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";
import proxyAddr from "proxy-addr";
import onHeaders from "on-headers";
import { ApiError } from "@/lib/api/errors";
import { tooLarge } from "@/lib/api/body";
import { ERROR_CSP } from "@/lib/csp";

export const CLIENT_ADDRESS_HEADER = "x-simulconf-client-address";
/** Set in the environment by server.ts: the app trusts CLIENT_ADDRESS_HEADER only then. */
export const EDGE_ENV = "SIMULCONF_EDGE";

/**
 * Next drops Content-Encoding from a route handler's answer (it cannot tell bytes the app
 * compressed from a body fetch already decoded). A handler that sends compressed bytes names
 * their encoding in this header instead, and the edge renames it as the headers go out
 * (lib/http/representation.ts compresses only when the edge runs, EDGE_ENV).
 */
export const ENCODING_HEADER = "x-simulconf-content-encoding";

/** Restores a handler's Content-Encoding (ENCODING_HEADER) on `response` as its headers are written. */
export function restoreContentEncoding(response: ServerResponse) {
  onHeaders(response, function (this: ServerResponse) {
    const encoding = this.getHeader(ENCODING_HEADER);
    if (encoding === undefined) return;
    this.removeHeader(ENCODING_HEADER);
    this.setHeader("content-encoding", encoding);
  });
}

/** Next's own limit for server-action bodies (serverActions.bodySizeLimit, default 1 MB). */
export const ACTION_BODY_BYTES = 1024 * 1024;

/** What a page answers: reads, and POST for server actions. (API routes answer 405 themselves.) */
const PAGE_METHODS = ["GET", "HEAD", "POST", "OPTIONS"];
/** Methods no route answers; Next itself fails on them with a 500 before any app code runs. */
const NEVER_ALLOWED = new Set(["TRACE", "TRACK", "CONNECT"]);
const FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

export type Trust = (address: string, hop: number) => boolean;

/** TRUSTED_PROXIES, parsed; a wrong entry is an error at start, with the entry named. */
export function parseTrustedProxies(value: string | undefined): Trust {
  const entries = (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  try {
    return proxyAddr.compile(entries);
  } catch (error) {
    throw new Error(`TRUSTED_PROXIES: ${(error as Error).message} (expected addresses, CIDR ranges or loopback/linklocal/uniquelocal, comma-separated).`);
  }
}

export type EdgeRefusal = { status: number; body: string; headers: Record<string, string> };

/**
 * Rewrites the request's headers as the app must see them and returns the refusal to send
 * instead, if any. Refusals are answered before the body is read.
 */
export function prepareRequest(request: IncomingMessage, trust: Trust): EdgeRefusal | null {
  const peer = request.socket.remoteAddress ?? "";
  // A trusted proxy may pass on anything a client wrote ("unknown", "1.2.3.4:5555"): only an
  // address counts; otherwise the proxy itself is the client.
  const forwarded = peer ? proxyAddr(request, trust) : "";
  const client = isIP(forwarded) ? forwarded : peer || "unknown";
  if (!peer || !trust(peer, 0)) for (const name of FORWARDED_HEADERS) delete request.headers[name];
  request.headers[CLIENT_ADDRESS_HEADER] = client;

  const method = request.method ?? "GET";
  const api = isApiPath(request.url);
  if (NEVER_ALLOWED.has(method) || (!api && !PAGE_METHODS.includes(method))) {
    return refusal(new ApiError("method_not_allowed", `${method} is not allowed here.`), { allow: PAGE_METHODS.join(", ") });
  }
  if (method === "POST" && !api) {
    // A page takes POSTs only for server actions. Next reads their whole body and answers a 500
    // past its 1 MB limit; here a body declared over the limit is a 413 and one without a length
    // (a browser always sends it for a form or a fetch) a 411. The API reads its own bodies up
    // to each route's limit (lib/api/body.ts).
    const length = request.headers["content-length"];
    if (length === undefined) return refusal(new ApiError("validation_error", "Send the body with a Content-Length."), {}, 411);
    if (Number(length) > ACTION_BODY_BYTES) return refusal(tooLarge(ACTION_BODY_BYTES));
  }
  return null;
}

function refusal(error: ApiError, headers: Record<string, string> = {}, status = error.status): EdgeRefusal {
  return {
    status,
    body: JSON.stringify(error.toBody()),
    headers: { ...headers, "content-type": "application/json", "content-security-policy": ERROR_CSP, "x-content-type-options": "nosniff" },
  };
}

let warned = false;

/**
 * The client's address as the edge decided it. Without the edge (`next dev`, or `next start`
 * run by hand) the header could come from anyone, so it is not read: every client is
 * "unknown", and the app says so once.
 */
export function clientAddress(headers: Headers): string {
  if (process.env[EDGE_ENV] === "1") return headers.get(CLIENT_ADDRESS_HEADER) || "unknown";
  if (!warned) {
    warned = true;
    console.warn("[edge] Not started through server.ts (npm start): client addresses are unknown, so sign-in and sign-up throttling cannot count per address.");
  }
  return "unknown";
}

/**
 * Whether Next can decode a page POST's body (a server action): React's decoder and Next's form
 * parser throw on a broken body, and Next answers that with a 500 before any app code runs.
 * Returns what is wrong, or null. The body is at most ACTION_BODY_BYTES (checked before).
 *
 * Beyond well-formed JSON and form data, the arguments may use only the parts of React's reply
 * format that this site's forms send (plain values, dates, undefined, escaped "$" text, form
 * data): a reference to a part that is not there (a promise, map, set, stream, typed array,
 * server or temporary reference) makes React's decoder fail, and no form here sends one.
 */
export async function undecodableAction(body: Buffer, contentType: string | undefined, actionHeader: boolean): Promise<string | null> {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "multipart/form-data") {
    let form: FormData;
    try {
      form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType! } }).formData();
    } catch {
      return "The form data could not be read.";
    }
    for (const [name, value] of form) {
      // A JavaScript call's arguments ("0"), or a form's bound arguments without JavaScript
      // ("$ACTION_1:0", which names the bound values by reference to its sibling part: "$@1"
      // is "$ACTION_1:1", and must be there).
      const part = /^\$ACTION_(\d+):\d+$/.exec(name);
      const siblings = part ? (id: string) => form.has(`$ACTION_${part[1]}:${Number.parseInt(id, 16)}`) : () => false;
      if ((name === "0" || part) && typeof value === "string" && !isReply(value, siblings)) return "The action's arguments could not be read.";
    }
    return null;
  }
  if (type === "application/x-www-form-urlencoded" || !actionHeader) return null;
  // A JavaScript call without files: its arguments as JSON text.
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return "The body is not UTF-8 text.";
  }
  return isReply(text) ? null : "The action's arguments could not be read.";
}

/** "$$…" escaped text, $undefined, dates, numbers React spells out, and form data ($K). */
const SELF_CONTAINED = /^\$(?:\$|undefined$|u$|D|I$|-0$|-Infinity$|N$|n\d{1,300}$|K[0-9a-f]*$)/;
/** A reference to a value elsewhere in the root ("$0:0:fieldErrors"): React writes it for shared objects. */
const ROOT_PATH = /^\$0((?::[^:]*)*)$/;

/** A reference to another part of the same reply ("$@1"): allowed only where `hasPart` finds it. */
const PART_REF = /^\$@([0-9a-f]+)$/;

function isReply(text: string, hasPart: (id: string) => boolean = () => false): boolean {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return false;
  }
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === "string") {
      if (!item.startsWith("$") || SELF_CONTAINED.test(item)) continue;
      const reference = PART_REF.exec(item);
      if (reference && hasPart(reference[1]!)) continue;
      const path = ROOT_PATH.exec(item);
      if (!path || !resolves(root, path[1]!.split(":").slice(1))) return false;
    } else if (item && typeof item === "object") {
      // One by one: spreading a 100 000-element array into push() overflows the stack.
      for (const value of Object.values(item)) stack.push(value);
    }
  }
  return true;
}

function resolves(root: unknown, keys: string[]): boolean {
  let value = root;
  for (const key of keys) {
    if (!value || typeof value !== "object" || !Object.hasOwn(value, key)) return false;
    value = (value as Record<string, unknown>)[key];
  }
  return true;
}

/** A refusal for a body Next could not decode. */
export const undecodable = (message: string): EdgeRefusal => refusal(new ApiError("validation_error", message));

/** Whether this request is a page POST, whose body (a server action) the edge checks before Next. */
export function isPagePost(request: IncomingMessage): boolean {
  return request.method === "POST" && !isApiPath(request.url);
}

/**
 * Whether the path is under /api/, as Next's router will see it: dot segments resolved
 * ("/api/%2e%2e/sign-in" is the sign-in page), so no page escapes the page rules.
 */
function isApiPath(url: string | undefined): boolean {
  let path: string;
  try {
    path = new URL(url ?? "/", "http://edge.invalid").pathname;
  } catch {
    return false;
  }
  return path.startsWith("/api/");
}

/**
 * An address as the network a throttle counts: IPv4 as is (also when written IPv4-in-IPv6),
 * IPv6 by its /64, since one host commonly holds a whole /64 and can change address at will.
 */
export function networkOf(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === "ipv4") return parsed.toString();
  return `${(parsed as ipaddr.IPv6).parts
    .slice(0, 4)
    .map((part) => part.toString(16))
    .join(":")}::/64`;
}
