import type { IncomingMessage } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddress, EDGE_ENV, parseTrustedProxies, prepareRequest } from "./edge";

function request(peer: string, headers: Record<string, string> = {}, method = "GET", url = "/") {
  return { socket: { remoteAddress: peer }, headers: { ...headers }, method, url } as unknown as IncomingMessage;
}

describe("the client's address", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says, and forged forwarding headers are dropped", () => {
    const req = request("203.0.113.9", { "x-forwarded-for": "198.51.100.1", "x-forwarded-host": "evil.example", "x-real-ip": "1.1.1.1", [CLIENT_ADDRESS_HEADER]: "10.0.0.1" });
    expect(prepareRequest(req, parseTrustedProxies(undefined))).toBeNull();
    expect(req.headers[CLIENT_ADDRESS_HEADER]).toBe("203.0.113.9");
    expect(req.headers["x-forwarded-for"]).toBeUndefined();
    expect(req.headers["x-forwarded-host"]).toBeUndefined();
    expect(req.headers["x-real-ip"]).toBeUndefined();
  });

  it("is the right-most hop that is not a trusted proxy, never the first value", () => {
    const trust = parseTrustedProxies("loopback, 10.0.0.0/8");
    const req = request("127.0.0.1", { "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.1.2.3", "x-forwarded-host": "conf.example" });
    prepareRequest(req, trust);
    expect(req.headers[CLIENT_ADDRESS_HEADER]).toBe("198.51.100.7");
    // A trusted proxy's forwarding headers stay for the app.
    expect(req.headers["x-forwarded-host"]).toBe("conf.example");
  });

  it("is the trusted proxy itself when it forwards nothing", () => {
    const req = request("::1");
    prepareRequest(req, parseTrustedProxies("loopback"));
    expect(req.headers[CLIENT_ADDRESS_HEADER]).toBe("::1");
  });

  it("TRUSTED_PROXIES with a wrong entry fails at start, naming the variable", () => {
    expect(() => parseTrustedProxies("loopback, not-an-address")).toThrow(/TRUSTED_PROXIES/);
  });
});

describe("refusals before the body", () => {
  const trust = parseTrustedProxies("");

  it("TRACE, TRACK and CONNECT anywhere, and methods a page never answers, are a 405 with Allow", () => {
    for (const [method, url] of [["TRACE", "/"], ["TRACK", "/api/v1/events"], ["CONNECT", "/events/x"], ["PUT", "/dashboard"], ["DELETE", "/"]] as const) {
      const refusal = prepareRequest(request("203.0.113.9", {}, method, url), trust);
      expect(refusal?.status, `${method} ${url}`).toBe(405);
      expect(refusal?.headers.allow).toBe("GET, HEAD, POST, OPTIONS");
      expect(JSON.parse(refusal!.body).error.code).toBe("method_not_allowed");
    }
    // The API's routes answer their own methods.
    expect(prepareRequest(request("203.0.113.9", {}, "DELETE", "/api/v1/events/x"), trust)).toBeNull();
  });

  it("a page POST needs a Content-Length (411) of at most 1 MB (413); the API reads its own bodies", () => {
    expect(prepareRequest(request("203.0.113.9", {}, "POST", "/sign-in?x=1"), trust)?.status).toBe(411);
    expect(prepareRequest(request("203.0.113.9", { "content-length": String(1024 * 1024 + 1) }, "POST", "/sign-in"), trust)?.status).toBe(413);
    expect(prepareRequest(request("203.0.113.9", { "content-length": "300" }, "POST", "/sign-in"), trust)).toBeNull();
    expect(prepareRequest(request("203.0.113.9", {}, "POST", "/api/v1/events"), trust)).toBeNull();
  });
});

describe("clientAddress in the app", () => {
  afterEach(() => {
    delete process.env[EDGE_ENV];
  });

  it("reads the edge's header only when the app runs behind the edge", () => {
    const headers = new Headers({ [CLIENT_ADDRESS_HEADER]: "198.51.100.7" });
    expect(clientAddress(headers)).toBe("unknown");
    process.env[EDGE_ENV] = "1";
    expect(clientAddress(headers)).toBe("198.51.100.7");
  });
});
