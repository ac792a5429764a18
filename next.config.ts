import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // Tests build into their own folder so they never serve the demo's cached pages.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  experimental: {
    // forbidden() / unauthorized() render app/[locale]/forbidden.tsx for pages.
    authInterrupts: true,
  },
  serverExternalPackages: ["@node-rs/argon2", "pg"],
};

export default withNextIntl(nextConfig);
