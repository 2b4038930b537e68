/**
 * A fresh browser context on the server under test, with the guards every end-to-end test shares:
 * a request to any other host is blocked and fails the test (nothing may leave the intranet), and so does
 * an error in the console, an uncaught exception, or a Content-Security-Policy violation.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { repoRoot } from '../../support/paths.ts';

export const artifactsDir = path.join(repoRoot, 'tests', 'artifacts', 'e2e');

export interface BrowserSession {
  context: BrowserContext;
  /** The first tab; `waitForNewTab` catches the ones the app opens. */
  page: Page;
  /** Requests to other hosts, blocked; each one fails the test. */
  offsiteRequests: string[];
  /** What went wrong in the pages: console errors, uncaught exceptions, CSP violations. */
  problems(): string[];
  /** Takes back a console error the test provoked on purpose (matched by pattern); returns how many. */
  allowProblems(pattern: RegExp): number;
  /** Full-page screenshot to tests/artifacts/e2e/<name>.png; returns the path. */
  screenshot(name: string, page?: Page): Promise<string>;
  close(): Promise<void>;
}

export interface SessionOptions {
  locale?: string;
  viewport?: { width: number; height: number };
}

interface CspViolation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
}

/** The name under which pages report CSP violations to the test; injected, so not bound by the CSP. */
const cspBinding = '__vraagbaakE2eCspViolation';

export async function openSession(
  browser: Browser,
  baseUrl: string,
  options: SessionOptions = {},
): Promise<BrowserSession> {
  const origin = new URL(baseUrl).origin;
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: options.locale ?? 'nl-NL',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    serviceWorkers: 'block',
  });
  // Generous, because the machine may be busy with other tests; every wait is for a real condition.
  context.setDefaultTimeout(30_000);
  context.setDefaultNavigationTimeout(60_000);
  const offsiteRequests: string[] = [];
  let problems: string[] = [];

  await context.route(
    (url) => url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin,
    async (route) => {
      offsiteRequests.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  await context.exposeBinding(cspBinding, (source, violation: CspViolation) => {
    problems.push(
      `CSP violation on ${source.page?.url() ?? '?'}: ${violation.directive} blocked ${violation.blockedURI || 'inline'} (${violation.sourceFile})`,
    );
  });
  await context.addInitScript((binding: string) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, (violation: CspViolation) => void>)[binding];
      report?.({
        directive: event.violatedDirective,
        blockedURI: event.blockedURI,
        sourceFile: event.sourceFile,
      });
    });
  }, cspBinding);

  const watched = new WeakSet<Page>();
  const watch = (page: Page) => {
    if (watched.has(page)) return;
    watched.add(page);
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error on ${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught exception on ${page.url()}: ${error.message}`));
  };
  context.on('page', watch);
  const page = await context.newPage();
  watch(page);

  return {
    context,
    page,
    offsiteRequests,
    problems: () => [
      ...offsiteRequests.map((url) => `request to another host (blocked): ${url}`),
      ...problems,
    ],
    allowProblems(pattern) {
      const before = problems.length;
      problems = problems.filter((problem) => !pattern.test(problem));
      return before - problems.length;
    },
    async screenshot(name, target = page) {
      await mkdir(artifactsDir, { recursive: true });
      const file = path.join(artifactsDir, `${name}.png`);
      await target.screenshot({ path: file, fullPage: true });
      return file;
    },
    close: () => context.close(),
  };
}
