/**
 * axe-core in the page under test. The script is handed to the page through the DevTools protocol
 * (`page.evaluate`), not as a `<script>` tag, so the app's CSP stays as strict as in production.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue, Result } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.1 A and AA, the level the municipality must meet. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const blocking: ImpactValue[] = ['serious', 'critical'];

let axeSource: Promise<string> | null = null;

function loadAxeSource(): Promise<string> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

export async function runAxe(page: Page): Promise<AxeResults> {
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.evaluate(await loadAxeSource());
  return page.evaluate(
    (tags) =>
      (
        window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }
      ).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    wcagTags,
  );
}

export function describeViolation(violation: Result): string {
  const nodes = violation.nodes
    .slice(0, 5)
    .map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? node.html}`)
    .join('\n');
  return `  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} (${violation.nodes.length}×)\n${nodes}`;
}

/**
 * Runs axe on what the page shows now. Serious and critical violations are returned for the test to
 * assert on; minor and moderate ones are printed, so they are seen without failing the build.
 */
export async function seriousViolations(page: Page, label: string): Promise<string[]> {
  const results = await runAxe(page);
  const minor = results.violations.filter((violation) => !blocking.includes(violation.impact ?? null));
  if (minor.length > 0) {
    console.info(
      `axe, ${label}: ${minor.length} minor or moderate finding(s)\n${minor.map(describeViolation).join('\n')}`,
    );
  }
  return results.violations
    .filter((violation) => blocking.includes(violation.impact ?? null))
    .map((violation) => `${label}:\n${describeViolation(violation)}`);
}
