/**
 * What every end-to-end test uses: the real server in its own process (built app, sample corpus,
 * temporary data folder), one headless Chromium per test file, and a fresh browser context per test with
 * guards that fail the test on a request to another host, a console error or a CSP violation.
 *
 *   describe.skipIf(!hasChromium)('notes in the browser', () => {
 *     const e2e = useE2e({ server: { environment: { VRAAGBAAK_DEV_ROLES: 'medewerker' } } });
 *     it('…', async () => {
 *       await e2e.page.goto('/');
 *       expect(await e2e.accessibilityProblems('empty chat')).toEqual([]);
 *     });
 *   });
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import {
  artifactsDir,
  openSession,
  type BrowserSession,
  type SessionOptions,
} from './support/browser-session.ts';
import { launchChromium } from './support/chromium.ts';
import { startServer, type ServerOptions, type ServerProcess } from './support/server-process.ts';

export { describeViolation, runAxe, seriousViolations, wcagTags } from './support/axe.ts';
export {
  artifactsDir,
  openSession,
  type BrowserSession,
  type SessionOptions,
} from './support/browser-session.ts';
export {
  ask,
  askAndWait,
  dataListField,
  finished,
  focused,
  openChat,
  questionBox,
  sourcePanel,
  tabUntil,
  turnSelector,
  type FocusedElement,
} from './support/chat-page.ts';
export { chromiumPath, hasChromium, launchChromium, warnIfNoChromium } from './support/chromium.ts';
export { startServer, type ServerOptions, type ServerProcess } from './support/server-process.ts';
export { ensureWebBuild, snapshotWebBuild } from './support/web-build.ts';

export interface E2eOptions {
  /** A function when the settings are only known once an earlier beforeAll ran (a fake model's port). */
  server?: ServerOptions | (() => ServerOptions);
  session?: SessionOptions;
}

export interface E2e {
  server: ServerProcess;
  baseUrl: string;
  browser: Browser;
  /** This test's context and first tab; new for every test, so no state (language, answers) carries over. */
  session: BrowserSession;
  context: BrowserContext;
  page: Page;
  screenshot(name: string, page?: Page): Promise<string>;
  /** Clicks a link that opens a new tab and returns the tab once its page has loaded. */
  openInNewTab(link: Locator): Promise<Page>;
  /** A request straight to the server, outside the browser (for checks the UI does not show). */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** axe-core findings of impact serious or critical on what the page shows now; minor ones are printed. */
  accessibilityProblems(label: string, page?: Page): Promise<string[]>;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

/** `mislukt-<test file>-<test>`, so a test that passes again can remove its old failure screenshots. */
function failureName(file: string, test: string): string {
  return `mislukt-${slug(path.basename(file).replace(/\.e2e\.test\.ts$/, ''))}-${slug(test)}`;
}

async function removeFailureShots(base: string): Promise<void> {
  const names = await readdir(artifactsDir).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => name === `${base}.png` || (name.startsWith(`${base}-`) && /-\d+\.png$/.test(name)))
      .map((name) => rm(path.join(artifactsDir, name), { force: true })),
  );
}

/** Registers the hooks for one `describe`: server and browser for all its tests, a context per test. */
export function useE2e(options: E2eOptions = {}): E2e {
  let server: ServerProcess | null = null;
  let browser: Browser | null = null;
  let session: BrowserSession | null = null;
  const need = <T>(value: T | null, what: string): T => {
    if (value === null)
      throw new Error(`${what} is not ready: use it inside a test of the describe that called useE2e`);
    return value;
  };

  beforeAll(async () => {
    // Assigned as each one is ready, so afterAll stops whichever started when the other failed.
    await Promise.all([
      startServer(typeof options.server === 'function' ? options.server() : options.server).then(
        (started) => (server = started),
      ),
      launchChromium().then((launched) => (browser = launched)),
    ]);
    const home = await fetch(`${need(server, 'the server').baseUrl}/`);
    if (!(home.headers.get('content-type') ?? '').includes('text/html')) {
      throw new Error(`the server does not serve the web app at /:\n${need(server, 'the server').output()}`);
    }
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 60_000);

  beforeEach(async () => {
    session = await openSession(
      need(browser, 'the browser'),
      need(server, 'the server').baseUrl,
      options.session,
    );
  });

  afterEach(async (context) => {
    const current = session;
    session = null;
    if (!current) return;
    const problems = current.problems();
    const failed = context.task.result?.state === 'fail';
    const name = failureName(context.task.file.name, context.task.name);
    await removeFailureShots(name);
    if (failed) {
      for (const [index, page] of current.context.pages().entries()) {
        await current.screenshot(index === 0 ? name : `${name}-${index + 1}`, page).catch(() => undefined);
      }
      console.warn(
        [
          `[e2e] "${context.task.name}" failed; screenshots: tests/artifacts/e2e/${name}*.png`,
          ...(problems.length > 0 ? ['browser problems:', ...problems.map((problem) => `  ${problem}`)] : []),
          'server output (last lines):',
          ...(server?.output().trimEnd().split('\n').slice(-25) ?? []),
        ].join('\n'),
      );
    }
    await current.close();
    if (problems.length > 0 && !failed) {
      throw new Error(`the browser reported problems during this test:\n  ${problems.join('\n  ')}`);
    }
  }, 60_000);

  const e2e: E2e = {
    get server() {
      return need(server, 'the server');
    },
    get baseUrl() {
      return need(server, 'the server').baseUrl;
    },
    get browser() {
      return need(browser, 'the browser');
    },
    get session() {
      return need(session, 'the browser session');
    },
    get context() {
      return need(session, 'the browser session').context;
    },
    get page() {
      return need(session, 'the browser session').page;
    },
    screenshot(name, page) {
      return need(session, 'the browser session').screenshot(name, page);
    },
    async openInNewTab(link) {
      const [tab] = await Promise.all([e2e.context.waitForEvent('page'), link.click()]);
      await tab.waitForLoadState('load');
      return tab;
    },
    fetch(path, init) {
      return fetch(new URL(path, need(server, 'the server').baseUrl), init);
    },
    accessibilityProblems(label, page) {
      return seriousViolations(page ?? e2e.page, label);
    },
  };
  return e2e;
}
