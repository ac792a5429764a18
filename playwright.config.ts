import { defineConfig, devices } from "@playwright/test";

const port = Number.parseInt(process.env.TEST_PORT ?? "3100", 10);
const baseURL = process.env.TEST_BASE_URL ?? `http://localhost:${port}`;

export default defineConfig({
  testDir: "e2e",
  // One production server on two cores: run the specs one after another.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    video: "off", // needs Playwright's ffmpeg download
    locale: "en-GB",
    timezoneId: "Europe/Paris",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      // Resolve only localhost: the machine has no network, and the pages need none.
      args: ["--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined }, grep: /@phone/ },
  ],
  webServer: {
    command: "npx tsx scripts/test-server.ts",
    url: `${baseURL}/api/v1/events`,
    reuseExistingServer: true,
    timeout: 600_000,
    stdout: "pipe",
  },
});
