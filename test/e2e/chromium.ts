// Debian's chromium for the browser suites, launched the same way by each; WIREWATCH_CHROMIUM
// points elsewhere (used to check the missing-browser failure).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.WIREWATCH_CHROMIUM || '/usr/bin/chromium';

/** Fails the suite at once, saying how to install the browser, when it is missing. */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (.ci/run does this). The browser tests cannot run without it.`);
  }
}

/** Headless, no sandbox, nothing fetched from the internet in the background. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
