import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { STATIC_CSP, STATIC_CSP_SOURCE } from "./lib/csp";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/**
 * Security headers on every response. The Content-Security-Policy is set here for the
 * cached public pages, the API and files (one static policy, so they stay cacheable) and by
 * proxy.ts, with a per-request nonce, on the signed-in pages (lib/csp.ts says why).
 */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  ...(process.env.PUBLIC_BASE_URL?.startsWith("https://") ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
];

const nextConfig: NextConfig = {
  // Read when a server starts, not at build time: several instances share Next's cache in Redis
  // (lib/cache-handler.mjs); one instance without REDIS_URL keeps Next's own cache.
  ...(process.env.REDIS_URL ? { cacheHandler: path.resolve(process.cwd(), "lib/cache-handler.mjs"), cacheMaxMemorySize: 0 } : {}),
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: STATIC_CSP_SOURCE, headers: [{ key: "Content-Security-Policy", value: STATIC_CSP }] },
      // The door's check-in page reads QR codes with the camera: allowed there, and only there.
      {
        source: "/dashboard/events/:slug/cities/:citySlug/door",
        headers: [{ key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=(), payment=()" }],
      },
    ];
  },
  // Tests build into their own folder so they never serve the demo's cached pages.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Decided when the app is built, not when it runs: only the tests' build (scripts/test-server.ts)
  // has the test hooks (app/api/test/); any other build answers them 404, whatever its environment.
  env: { SIMULCONF_TEST_HOOKS: process.env.SIMULCONF_TEST_HOOKS === "1" ? "1" : "" },
  poweredByHeader: false,
  // Next hashes every response body in JavaScript to make an ETag: on a cached 200 KB page
  // under a crowd that hash was most of the server's work (see docs/benchmarks.md). Public
  // pages carry s-maxage for shared caches instead; a CDN in front makes its own ETags.
  generateEtags: false,
  reactStrictMode: true,
  typedRoutes: false,
  experimental: {
    // forbidden() / unauthorized() render app/[locale]/forbidden.tsx for pages.
    authInterrupts: true,
  },
  serverExternalPackages: ["@node-rs/argon2", "pg"],
};

export default withNextIntl(nextConfig);
