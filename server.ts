/**
 * The production server (npm start, the demo, the tests): Next's request handler behind a thin
 * layer that decides what only the socket knows (lib/http/edge.ts): the client's address from
 * the configured trusted proxies, refusals that must come before the body is read, and the
 * Content-Encoding of answers the app compressed itself (Next would drop it). Public answers are
 * replayed from the response cache (lib/http/response-cache.ts) without entering Next; every
 * write empties it, here and on the other instances (lib/cache-bus.ts).
 *
 *   PORT (3000), TRUSTED_PROXIES (none), NEXT_DIST_DIR (.next), RESPONSE_CACHE_MB (64, 0 = off)
 */
import http from "node:http";
import next from "next";
import { listenForInvalidations } from "@/lib/cache-bus";
import { onForget } from "@/lib/cache-local";
import { ResponseCache } from "@/lib/http/response-cache";
import { EDGE_ENV, isPagePost, parseTrustedProxies, prepareRequest, restoreContentEncoding, undecodable, undecodableAction } from "@/lib/http/edge";

const port = Number.parseInt(process.env.PORT ?? "3000", 10);

async function main() {
  const trust = parseTrustedProxies(process.env.TRUSTED_PROXIES);
  process.env[EDGE_ENV] = "1";
  const app = next({ dev: false, dir: __dirname, hostname: "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const cache = responseCache();
  const bus = process.env.DATABASE_URL ? listenForInvalidations(process.env.DATABASE_URL, (line) => console.error(line)) : null;
  // Listening before serving, so that no write is missed; a database that does not answer within
  // 5 s does not keep the server from starting (the channel keeps trying, and forgets all when in).
  if (bus) await Promise.race([bus.ready, new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);

  const onRequest = (request: http.IncomingMessage, response: http.ServerResponse, expectsContinue = false) => {
    closeIfBodyUnread(request, response);
    restoreContentEncoding(response);
    const refusal = prepareRequest(request, trust);
    if (refusal) {
      response.writeHead(refusal.status, refusal.headers).end(refusal.body);
      return;
    }
    // "Expect: 100-continue": the client waits for this before sending the body, so a refusal
    // above costs it no upload at all.
    if (expectsContinue) response.writeContinue();
    if (cache) {
      const kept = cache.lookup(request);
      if (kept) return cache.replay(kept, response, request);
      cache.capture(request, response);
    }
    (isPagePost(request) ? checkedAction(request) : Promise.resolve(request))
      .then((checked) => {
        if (checked === null) return; // the client went away while sending
        if ("status" in checked) {
          response.writeHead(checked.status, checked.headers).end(checked.body);
          return;
        }
        return handle(checked, response);
      })
      .catch((error: unknown) => {
        console.error(`[server] ${request.method} ${request.url}: ${(error as Error).message}`);
        if (!response.headersSent) response.writeHead(500, { "content-type": "application/json" });
        response.end(JSON.stringify({ error: { code: "internal_error", message: "Something went wrong on our side." } }));
      });
  };
  const server = http.createServer((request, response) => onRequest(request, response));
  server.on("checkContinue", (request, response) => onRequest(request, response, true));
  // Slow clients do not hold connections open forever (Node's defaults, said out loud).
  server.headersTimeout = 66_000;
  server.requestTimeout = 300_000;
  // Longer than a proxy keeps its idle connections to us (nginx: 60 s), so the proxy, not this
  // server, closes them: otherwise it may send a request on a connection being closed here.
  server.keepAliveTimeout = 65_000;
  server.listen(port, () => console.log(`[server] listening on port ${port}`));

  // A rolling deploy: stop accepting, finish what was asked, then go (at most 5 s).
  const stop = () => {
    void bus?.stop();
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

/** The response cache, unless RESPONSE_CACHE_MB is 0 (then every request reaches Next). */
function responseCache(): ResponseCache | null {
  const megabytes = Number(process.env.RESPONSE_CACHE_MB ?? "64");
  if (!Number.isFinite(megabytes) || megabytes < 0)
    throw new Error(`RESPONSE_CACHE_MB must be a number of megabytes, 0 to turn the cache off (got "${process.env.RESPONSE_CACHE_MB}").`);
  if (megabytes === 0) return null;
  const cache = new ResponseCache({ maxBytes: megabytes * 1024 * 1024, maxEntries: 5_000, maxSeconds: 300 });
  onForget(() => cache.clear());
  return cache;
}

/**
 * A page POST (a server action) is read here, at most 1 MB (its length was checked), and
 * refused with a 400 when Next could not decode it (Next would answer a 500); otherwise Next
 * gets the same request with the bytes already read.
 */
async function checkedAction(request: http.IncomingMessage) {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of request) chunks.push(chunk as Buffer);
  } catch {
    return null; // aborted by the client: nothing to answer
  }
  const body = Buffer.concat(chunks);
  const problem = await undecodableAction(body, request.headers["content-type"], request.headers["next-action"] !== undefined).catch(
    () => "The action's arguments could not be read.",
  );
  if (problem) return undecodable(problem);
  const replay = new http.IncomingMessage(request.socket);
  Object.assign(replay, {
    method: request.method,
    url: request.url,
    headers: request.headers,
    rawHeaders: request.rawHeaders,
    httpVersion: request.httpVersion,
    httpVersionMajor: request.httpVersionMajor,
    httpVersionMinor: request.httpVersionMinor,
    complete: true,
  });
  replay.push(body);
  replay.push(null);
  return replay;
}

/**
 * An answer sent before the request's body was read to its end (a 413, a 411, a refusal) ends
 * the connection: Node would otherwise read and discard the rest of the body, however large, to
 * reuse the connection. The server stops reading, says it is done (FIN) and lets go of the
 * socket once the client closes, or after LINGER_MS at most: closing at once, with the client's bytes still
 * arriving, resets the connection, and the client may lose the answer (nginx's lingering_close).
 */
const LINGER_MS = 1_000;

function closeIfBodyUnread(request: http.IncomingMessage, response: http.ServerResponse) {
  const socket = request.socket;
  response.once("finish", () => {
    if (request.complete || socket.destroyed) return;
    socket.end();
    // After Node's own finish handling, which resumes the request to discard what is left.
    setImmediate(() => socket.pause());
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    timer.unref();
    socket.once("close", () => clearTimeout(timer));
  });
}

main().catch((error: unknown) => {
  console.error(`[server] ${(error as Error).message}`);
  process.exit(1);
});
