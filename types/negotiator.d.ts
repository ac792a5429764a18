// negotiator 1.x (DefinitelyTyped describes 0.6, which lacks the `preferred` option used here).
declare module "negotiator" {
  class Negotiator {
    constructor(request: { headers: Record<string, string | string[] | undefined> });
    /** The available encodings the client accepts, best first; `preferred` orders equal weights. */
    encodings(available?: readonly string[], options?: { preferred?: readonly string[] }): string[];
  }
  export = Negotiator;
}
