/**
 * Request bodies are read up to a limit and no further: a client that sends more (with or
 * without Content-Length, chunked or not) is answered 413 as soon as the limit is passed, and
 * the rest is never read. Text must be valid UTF-8 (a 400 otherwise), so a lone surrogate or a
 * broken byte sequence never reaches a parser or the database.
 */
import { ApiError } from "@/lib/api/errors";

export const tooLarge = (limit: number) => new ApiError("payload_too_large", `The body is larger than ${Math.floor(limit / 1024)} KiB.`);

/** The body's bytes, at most `limit` of them; more is a 413 and the stream is cancelled. */
export async function readLimited(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw tooLarge(limit);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** The body as UTF-8 text, within `limit`; bytes that are not UTF-8 are a 400. */
export async function readText(request: Request, limit: number): Promise<string> {
  const bytes = await readLimited(request, limit);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError("validation_error", "The body is not valid UTF-8 text.", [{ path: "(body)", message: "Invalid UTF-8." }]);
  }
}
