import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/**
 * Security headers on every response. The Content-Security-Policy is one static source
 * list (no nonces), so public pages stay cacheable: scripts, styles, fonts and requests
 * only from this site; no plugins, no framing, no foreign form targets. Next.js inlines
 * its RSC payload in <script> tags, hence 'unsafe-inline' for scripts (see README).
 */
const csp = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' https: data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: csp },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  ...(process.env.PUBLIC_BASE_URL?.startsWith("https://") ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
];

const nextConfig: NextConfig = {
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
  // Tests build into their own folder so they never serve the demo's cached pages.
  distDir: process.env.NEXT_DIST_DIR || ".next",
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
