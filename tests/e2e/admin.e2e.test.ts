/**
 * The admin console in real headless Chromium against the real server (`server/main.ts`, the built app,
 * lexical only): an admin adds a source (a temporary folder with the sample documents and one broken PDF),
 * starts a job, watches its progress reach the end, and finds the broken file with its reason; a second run
 * reports every file unchanged. Each screen passes axe-core (WCAG 2.1 AA, no serious or critical findings).
 */
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleDir } from '../support/paths.ts';
import { focused, hasChromium, useE2e, warnIfNoChromium } from './harness.ts';

warnIfNoChromium('end-to-end admin console tests');

const sourceName = 'proefmap';
const jobPath = /\/beheer\/taken\/\d{14}-[0-9a-f]{8}$/;

/** Starts a job for the source from the sources page and waits for its page; returns the job id. */
async function startJob(page: Page): Promise<string> {
  await page.goto('/beheer/bronnen');
  await page.getByRole('button', { name: `Bijwerken bron ${sourceName}` }).click();
  await page.waitForURL(jobPath);
  return page.url().split('/').at(-1) ?? '';
}

/** Waits until the job page says the job is done, and gives the numbers per status from its table. */
async function finishedCounts(page: Page, timeoutMs = 90_000): Promise<Record<string, number>> {
  await page.locator('.vraagbaak-job-status[data-status="completed"]').waitFor({ timeout: timeoutMs });
  const table = page.getByRole('table', { name: 'Bestanden per status' });
  await table.waitFor();
  const counts: Record<string, number> = {};
  for (const row of await table.locator('tbody tr').all()) {
    counts[(await row.getAttribute('data-status')) ?? '?'] = Number(await row.locator('td').innerText());
  }
  return counts;
}

/**
 * The text of every cell in the files table, per row. The table loads after the job's status shows, and
 * `all()` does not wait, so wait for the table first.
 */
async function fileRows(table: Locator): Promise<string[][]> {
  await table.waitFor();
  const rows: string[][] = [];
  for (const row of await table.locator('tbody tr').all()) {
    rows.push((await row.locator('th, td').allInnerTexts()).map((text) => text.trim()));
  }
  return rows;
}

describe.skipIf(!hasChromium)('admin console in the browser', () => {
  const e2e = useE2e();
  let share: string;
  let fileCount: number;

  beforeAll(async () => {
    share = await mkdtemp(path.join(os.tmpdir(), 'vraagbaak-e2e-share-'));
    await cp(sampleDir, share, { recursive: true });
    // Looks like a PDF by its first bytes, and is nothing but noise after that.
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 256));
    await writeFile(path.join(share, 'kapot.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n'), noise]));
    fileCount = (await readdir(share)).length;
  });

  afterAll(async () => {
    if (share) await rm(share, { recursive: true, force: true });
  });

  it('adds a source, runs a job with live progress, shows the broken file; a second run finds nothing changed', async () => {
    const { page } = e2e;

    // Overview, reached from the main menu, which offers "Beheer" to an admin.
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overzicht van de kennisbank' }).waitFor();
    await page.getByRole('heading', { name: 'Zoeken werkt nu alleen op woorden' }).waitFor();
    expect(
      await page.getByRole('table', { name: /^Doorzoekbare documenten per bron/ }).innerText(),
    ).toContain('voorbeeld');
    await e2e.screenshot('beheer-overzicht');
    expect(await e2e.accessibilityProblems('admin overview')).toEqual([]);

    // A folder that does not exist: the server's reason shows at the field, and focus goes to the summary.
    await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Bronnen' }).click();
    await page.getByRole('link', { name: 'Bron toevoegen' }).click();
    await page.getByRole('textbox', { name: 'Naam (verplicht)' }).fill(sourceName);
    const root = page.getByRole('textbox', { name: 'Map (verplicht)' });
    await root.fill(path.join(share, 'bestaat-niet'));
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { name: 'Controleer de invoer' }).waitFor();
    expect(await root.getAttribute('aria-invalid')).toBe('true');
    const described = await root.evaluate((input) =>
      (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(described).toContain(`${path.join(share, 'bestaat-niet')} bestaat niet`);
    expect(await e2e.session.allowProblems(/status of 400/)).toBeGreaterThan(0);
    await e2e.screenshot('beheer-bron-validatiefout');
    expect(await e2e.accessibilityProblems('source form with a validation error')).toEqual([]);

    // Keyboard only from here: the summary has focus; its link leads to the field.
    expect((await focused(page)).tag).toBe('div');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toMatch(/^Map: .*bestaat niet$/);
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('bron-map');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(share);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/beheer\/bronnen\?opgeslagen=proefmap$/);
    await page.getByRole('heading', { name: new RegExp(`^Bron ${sourceName} is opgeslagen`) }).waitFor();
    await page.getByRole('article', { name: sourceName }).waitFor();
    await e2e.screenshot('beheer-bronnen');
    expect(await e2e.accessibilityProblems('sources list')).toEqual([]);

    // First run: live progress over SSE, to the end.
    const firstJob = await startJob(page);
    const bar = page.getByRole('progressbar', { name: 'Voortgang van de taak' });
    const done = page.locator('.vraagbaak-job-status[data-status="completed"]');
    await Promise.race([bar.waitFor(), done.waitFor({ timeout: 60_000 })]);
    const seen: { value: number; text: string }[] = [];
    // A screenshot at the first sight of the bar, replaced by one halfway when the job runs long enough.
    let screenshotTaken = false;
    let halfway = false;
    while (!(await done.isVisible())) {
      const sample = await page
        .evaluate(() => {
          const progress = document.querySelector('progress');
          if (!progress || !progress.hasAttribute('value')) return null;
          const text = document.getElementById(progress.getAttribute('aria-describedby') ?? '')?.textContent;
          return { value: progress.value, text: text ?? '' };
        })
        .catch(() => null);
      if (sample) {
        seen.push(sample);
        if (!screenshotTaken && sample.value < 100) {
          screenshotTaken = true;
          await e2e.screenshot('beheer-taak-voortgang');
          expect(await e2e.accessibilityProblems('job with live progress')).toEqual([]);
        } else if (!halfway && sample.value > 0 && sample.value < 100) {
          halfway = true;
          await e2e.screenshot('beheer-taak-voortgang');
        }
      }
      await page.waitForTimeout(100);
    }
    expect(screenshotTaken, 'the progress bar was seen before the job ended').toBe(true);
    expect(seen.some((sample) => /^\d+ van \d+ bestanden klaar/.test(sample.text))).toBe(true);
    const values = seen.map((sample) => sample.value);
    expect(values).toEqual([...values].sort((a, b) => a - b));

    const first = await finishedCounts(page);
    expect(first).toMatchObject({ failed: 1, indexed: fileCount - 1, unchanged: 0 });
    // The live region said so once the job ended.
    await expect
      .poll(() => page.locator('[aria-live="polite"][aria-atomic="true"]').last().innerText())
      .toMatch(/^De taak is klaar/);

    // The broken file and its reason, first in the list of what went wrong.
    const files = page.getByRole('table', { name: /^Bestanden van deze taak/ });
    const rows = await fileRows(files);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.[0]).toBe(`${sourceName}: kapot.pdf`);
    expect(rows[0]?.[1]).toBe('Mislukt');
    expect(rows[0]?.[2]).toMatch(/PDF/);
    await e2e.screenshot('beheer-taak-kapot-bestand');
    expect(await e2e.accessibilityProblems('finished job with the broken file')).toEqual([]);
    const csvHref = await page
      .getByRole('link', { name: 'Download deze lijst als CSV' })
      .getAttribute('href');
    const csv = await (await e2e.fetch(csvHref ?? '')).text();
    expect(csv.split('\n')[0]).toMatch(/^\uFEFF?bron,pad,status,reden,duur_ms/);
    expect(csv).toContain('kapot.pdf,failed,');

    // Second run: every file unchanged, the broken one included.
    const secondJob = await startJob(page);
    expect(secondJob).not.toBe(firstJob);
    const second = await finishedCounts(page);
    expect(second).toEqual({
      failed: 0,
      'needs-ocr': 0,
      skipped: 0,
      removed: 0,
      indexed: 0,
      unchanged: fileCount,
    });
    for (const status of ['Mislukt', 'OCR nodig', 'Overgeslagen']) {
      await page.getByRole('checkbox', { name: new RegExp(`^${status} \\(0\\)$`) }).uncheck();
    }
    await page.getByRole('checkbox', { name: `Ongewijzigd (${fileCount})` }).check();
    await page
      .getByRole('table', { name: `Bestanden van deze taak: ${fileCount} van ${fileCount}` })
      .waitFor();
    const unchanged = await fileRows(page.getByRole('table', { name: /^Bestanden van deze taak/ }));
    expect(unchanged).toHaveLength(fileCount);
    expect(unchanged.every((row) => row[1] === 'Ongewijzigd')).toBe(true);

    // The history lists both runs, newest first.
    await page.getByRole('link', { name: 'Naar alle taken' }).click();
    const history = page.getByRole('table', { name: 'Taken, lopende eerst, daarna de nieuwste' });
    await history.waitFor();
    const links = await history
      .locator('tbody th a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links.slice(0, 2)).toEqual([`/beheer/taken/${secondJob}`, `/beheer/taken/${firstJob}`]);
    await e2e.screenshot('beheer-taken');
    expect(await e2e.accessibilityProblems('job history')).toEqual([]);

    // Removing asks first and says what goes; Escape keeps everything, "yes" removes the documents.
    await page.goto('/beheer/bronnen');
    const remove = page.getByRole('button', { name: `Verwijderen bron ${sourceName}` });
    await remove.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Bron ${sourceName} verwijderen?` });
    const listed = (await (await e2e.fetch(`/api/admin/sources/${sourceName}`)).json()) as {
      documents: number;
      chunks: number;
    };
    expect(listed.documents).toBe(fileCount);
    expect(listed.chunks).toBeGreaterThan(fileCount);
    expect(await dialog.innerText()).toContain(`${fileCount} documenten en ${listed.chunks} tekststukken`);
    expect((await focused(page)).text).toBe('Nee, niet verwijderen');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect((await focused(page)).text).toBe(`Verwijderen bron ${sourceName}`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Ja, verwijder de bron');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: new RegExp(`^Bron ${sourceName} is verwijderd`) }).waitFor();
    // The card and its button are gone; focus is on the notice that says so.
    await expect.poll(async () => (await focused(page)).text).toMatch(/^Bron proefmap is verwijderd/);
    const sources = (await (await e2e.fetch('/api/admin/sources')).json()) as { sources: { name: string }[] };
    expect(sources.sources.map((source) => source.name)).toEqual(['voorbeeld']);
  }, 150_000);
});
