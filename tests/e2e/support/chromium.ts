/**
 * Debian's `chromium` package, driven by playwright-core (which downloads no browser of its own).
 * `.ci/run` installs the package where it is missing; without it the browser tests say so and skip.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);

/** Says out loud why the browser tests are skipped. */
export function warnIfNoChromium(what: string): void {
  if (!hasChromium) {
    console.warn(
      `[skipped] ${what}: ${chromiumPath} is missing. Install Debian's chromium package ` +
        '(apt-get install chromium; .ci/run does this) to run the end-to-end tests.',
    );
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    timeout: 60_000,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      // Nothing the browser does on its own may leave the machine: no updates, sync or field trials.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}
