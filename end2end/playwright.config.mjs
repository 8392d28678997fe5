// End-to-end tests against the served release build (dist/), in Debian's headless Chromium.
import { defineConfig } from "@playwright/test";

// Ports can be moved (XENT_APP_PORT, XENT_FIXTURE_PORT) so several checkouts test at once.
export const APP_PORT = Number(process.env.XENT_APP_PORT ?? 8090);
export const FIXTURE_PORT = Number(process.env.XENT_FIXTURE_PORT ?? 8091);

export default defineConfig({
  testDir: "./tests",
  outputDir: "./test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}/`,
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
      ],
    },
    viewport: { width: 1280, height: 900 },
  },
  webServer: [
    {
      // The release folder, and the repository root so the app can be opened from a sub-path.
      command: `node end2end/serve-all.mjs ${APP_PORT} ${FIXTURE_PORT}`,
      cwd: "..",
      url: `http://127.0.0.1:${APP_PORT}/index.html`,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
