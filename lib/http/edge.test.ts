import type { IncomingMessage } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddress, EDGE_ENV, networkOf, parseTrustedProxies, prepareRequest, undecodableAction } from "./edge";

function request(peer: string, headers: Record<string, string> = {}, method = "GET", url = "/") {
  return { socket: { remoteAddress: peer }, headers: { ...headers }, method, url } as unknown as IncomingMessage;
}

describe("the client's address", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says, and forged forwarding headers are dropped", () => {
    const req = request("203.0.113.9", {
      "x-forwarded-for": "198.51.100.1",
      "x-forwarded-host": "evil.example",
      "x-real-ip": "1.1.1.1",
      [CLIENT_ADDRESS_HEADER]: "10.0.0.1",
    });
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

  it("is never text a client wrote: a forwarded value that is not an address leaves the proxy as the client", () => {
    for (const forwarded of ["unknown", "1.2.3.4:5555", "<script>"]) {
      const req = request("127.0.0.1", { "x-forwarded-for": forwarded });
      prepareRequest(req, parseTrustedProxies("loopback"));
      expect(req.headers[CLIENT_ADDRESS_HEADER], forwarded).toBe("127.0.0.1");
    }
  });

  it("is counted by network: IPv6 by its /64, IPv4 written in IPv6 as IPv4", () => {
    expect(networkOf("2001:db8:1:2:aaaa::1")).toBe(networkOf("2001:db8:1:2:ffff:ffff:ffff:fffe"));
    expect(networkOf("2001:db8:1:2::1")).not.toBe(networkOf("2001:db8:1:3::1"));
    expect(networkOf("::ffff:198.51.100.7")).toBe("198.51.100.7");
    expect(networkOf("198.51.100.7")).toBe("198.51.100.7");
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
    for (const [method, url] of [
      ["TRACE", "/"],
      ["TRACK", "/api/v1/events"],
      ["CONNECT", "/events/x"],
      ["PUT", "/dashboard"],
      ["DELETE", "/"],
    ] as const) {
      const refusal = prepareRequest(request("203.0.113.9", {}, method, url), trust);
      expect(refusal?.status, `${method} ${url}`).toBe(405);
      expect(refusal?.headers.allow).toBe("GET, HEAD, POST, OPTIONS");
      expect(JSON.parse(refusal!.body).error.code).toBe("method_not_allowed");
    }
    // The API's routes answer their own methods.
    expect(prepareRequest(request("203.0.113.9", {}, "DELETE", "/api/v1/events/x"), trust)).toBeNull();
    // A page reached through dot segments is still a page, as Next's router resolves it.
    expect(prepareRequest(request("203.0.113.9", {}, "PUT", "/api/%2e%2e/sign-in"), trust)?.status).toBe(405);
    expect(prepareRequest(request("203.0.113.9", {}, "POST", "/api/../sign-in"), trust)?.status).toBe(411);
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

describe("server-action bodies Next could not decode", () => {
  const text = "text/plain;charset=UTF-8";
  const check = (body: string, type = text, header = true) => undecodableAction(Buffer.from(body), type, header);

  it("refuse broken JSON, text that is not UTF-8, and references to parts that are not there", async () => {
    expect(await check("garbage{")).toMatch(/could not be read/);
    expect(await undecodableAction(Buffer.from([0x5b, 0xff, 0x5d]), text, true)).toMatch(/UTF-8/);
    for (const reference of ['["$Q1"]', '["$@1"]', '["$h2"]', '["$T"]', '["$0:9"]', '["$1:0"]']) expect(await check(reference), reference).not.toBeNull();
  });

  it("accept what React sends: escaped text, undefined, dates, form data and paths into the root", async () => {
    expect(await check('["$undefined", {"note": "$$5"}, "$D2026-01-01T00:00:00.000Z", "$K1"]')).toBeNull();
    expect(await check('[{"fieldErrors": {"password": ["x"]}}, "$0:0:fieldErrors:password"]')).toBeNull();
  });

  it("answer a huge array without overflowing the stack", async () => {
    expect(await check(`[${new Array(300_000).fill(0).join(",")}]`)).toBeNull();
    expect(await check(`[${new Array(300_000).fill('"$Q1"').join(",")}]`)).not.toBeNull();
  });

  it("check a form's bound arguments and a JavaScript call's arguments sent as form data", async () => {
    const multipart = "multipart/form-data; boundary=xyz";
    const part = (name: string, value: string) => `--xyz\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    expect(await check(`${part("$ACTION_1:0", "{broken")}--xyz--\r\n`, multipart, false)).not.toBeNull();
    expect(await check(`${part("0", '["$Q1"]')}--xyz--\r\n`, multipart)).not.toBeNull();
    expect(await check(`${part("email", "no end")}`, multipart, false)).toMatch(/form data/);
    expect(await check(`${part("0", '["$K1"]')}${part("1_email", "a@b.c")}--xyz--\r\n`, multipart)).toBeNull();
  });

  it("accept a form's bound arguments without JavaScript, which name their sibling part ($@1), and only when it is there", async () => {
    const multipart = "multipart/form-data; boundary=xyz";
    const part = (name: string, value: string) => `--xyz\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    const bound = part("$ACTION_2:0", '{"id":"788a92f0cc","bound":"$@1"}');
    expect(await check(`${part("$ACTION_REF_2", "")}${bound}${part("$ACTION_2:1", '["token","id","confirmed"]')}--xyz--\r\n`, multipart, false)).toBeNull();
    // The sibling missing, or another form's: refused before Next would fail on it.
    expect(await check(`${bound}--xyz--\r\n`, multipart, false)).not.toBeNull();
    expect(await check(`${bound}${part("$ACTION_3:1", "[]")}--xyz--\r\n`, multipart, false)).not.toBeNull();
  });
});
