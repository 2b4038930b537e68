/**
 * Knowledge notes in real headless Chromium against the real server (`server/main.ts`, the built app, the
 * sample corpus, lexical only). The server acts as one configured user, so it is started again on the same
 * data folder for each person: a staff member asks a question nobody documented ("Ik weet het niet"); an
 * expert finds it in the knowledge gaps, answers it with a note, and writes a second note (autosaved) that no
 * document holds; she may not approve her own notes; a second expert approves both, and the gap leaves the
 * open list; the staff member's next question is answered citing the note as "Ervaringskennis — …", and the
 * citation opens the published note. The editor, the review view, the gaps list and the answer pass axe-core.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  askAndWait,
  hasChromium,
  launchChromium,
  openChat,
  openSession,
  seriousViolations,
  startServer,
  warnIfNoChromium,
  type BrowserSession,
} from './harness.ts';

warnIfNoChromium('end-to-end knowledge-notes tests');

const person = (id: string, roles: string) => ({
  VRAAGBAAK_DEV_USER: id,
  VRAAGBAAK_DEV_ROLES: roles,
  VRAAGBAAK_DEV_GROUPS: 'medewerkers',
});
const staff = person('medewerker-cor', 'medewerker');
const anna = person('expert-anna', 'medewerker,expert');
const bram = person('expert-bram', 'medewerker,expert');

/** A question none of the sample documents answers (checked: the server says "Ik weet het niet"). */
const gapQuestion = 'Waar vraag ik een standplaatsvergunning voor een oliebollenkraam aan?';
const gapNoteTitle = 'Standplaatsvergunning voor een oliebollenkraam';
const noteTitle = 'Ontheffing venstertijden bij verhuizingen';
const phone = '050 367 41 29';
const noteBody = `## Wie regelt het?

Een ontheffing van de venstertijden voor een verhuizing regelt het **Meldpunt Verhuizingen** van Stadsbeheer.
Bel voor een ontheffing venstertijden bij een verhuizing het telefoonnummer ${phone} (werkdagen 9–12 uur).

- Vraag de ontheffing minstens vijf werkdagen voor de verhuisdag aan.
- Noem het kenteken van de verhuiswagen.`;
const noteQuestion =
  'Welk telefoonnummer bel ik voor een ontheffing van de venstertijden bij een verhuizing?';
const author = 'Anna de Vries';

/** A review date a year ahead: a date in the past is refused on submit. */
function nextYear(): string {
  const date = new Date();
  date.setFullYear(date.getFullYear() + 1);
  return date.toISOString().slice(0, 10);
}

describe.skipIf(!hasChromium)('knowledge notes in the browser, three people', { timeout: 120_000 }, () => {
  let browser: Browser;
  let dataDir: string;
  let started = 0;
  const problems: string[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'vraagbaak-e2e-notes-'));
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  /**
   * Starts the server as this person on the shared data folder (the first start ingests the sample corpus),
   * opens a fresh browser context, runs the steps, and stops both. Browser problems fail the step.
   */
  async function as(
    environment: Record<string, string>,
    name: string,
    steps: (page: Page, session: BrowserSession) => Promise<void>,
  ): Promise<void> {
    const server = await startServer({
      dataDir,
      environment: { ...environment, ...(started++ > 0 ? { VRAAGBAAK_INGEST_SAMPLE: 'false' } : {}) },
    });
    const session = await openSession(browser, server.baseUrl);
    try {
      await steps(session.page, session);
      expect(session.problems()).toEqual([]);
    } catch (error) {
      await session.screenshot(`mislukt-notities-${name}`).catch(() => undefined);
      console.warn(
        `[e2e] ${name} failed; server output:\n${server.output().split('\n').slice(-25).join('\n')}`,
      );
      throw error;
    } finally {
      await session.close();
      await server.stop();
    }
  }

  async function accessible(page: Page, label: string): Promise<void> {
    problems.push(...(await seriousViolations(page, label)));
    expect(problems).toEqual([]);
  }

  it('a staff member asks what no document says: "Ik weet het niet"; notes are there to read, not to write', async () => {
    await as(staff, 'medewerker-vraagt', async (page) => {
      await openChat(page);
      const turn = await askAndWait(page, gapQuestion);
      await turn.getByRole('heading', { name: 'Ik weet het niet' }).waitFor();

      await page
        .getByRole('navigation', { name: 'Menu' })
        .getByRole('link', { name: 'Kennisnotities' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Kennisnotities' }).waitFor();
      await page.getByText('Er zijn nog geen notities.').waitFor();
      expect(await page.getByRole('link', { name: 'Nieuwe notitie' }).count()).toBe(0);
    });
  });

  it('an expert answers the gap with a note and writes another, saved as she types; she cannot approve them', async () => {
    await as(anna, 'expert-schrijft', async (page, session) => {
      // The gap: asked once, by one person, when; who asked is not shown.
      await page.goto('/kennisnotities');
      await page
        .getByRole('navigation', { name: 'Kennisnotities' })
        .getByRole('link', { name: 'Kennislacunes' })
        .click();
      const gap = page.getByRole('article', { name: gapQuestion });
      await gap.waitFor();
      expect(await gap.innerText()).toMatch(
        /1 keer gevraagd, door 1 persoon \(1× ‘Ik weet het niet’\)\. Laatst gevraagd: /,
      );
      await session.screenshot('notities-kennislacunes');
      await accessible(page, 'knowledge gaps');

      await gap.getByRole('link', { name: `Beantwoord met een notitie: ${gapQuestion}` }).click();
      await page.getByRole('heading', { level: 1, name: 'Nieuwe notitie' }).waitFor();
      expect(await page.getByRole('textbox', { name: 'Titel (verplicht)' }).inputValue()).toBe(gapQuestion);
      await writeNote(page, {
        title: gapNoteTitle,
        body: 'Een standplaatsvergunning voor een oliebollenkraam vraagt u aan bij het team Markten van Stadsbeheer, uiterlijk 1 september.',
        topic: 'Markten',
      });
      await submit(page, gapNoteTitle);

      // The second note, typed in the editor: the first save creates it, later changes follow.
      await page
        .getByRole('navigation', { name: 'Kennisnotities' })
        .getByRole('link', { name: 'Nieuwe notitie' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Nieuwe notitie' }).waitFor();
      await writeNote(page, {
        title: noteTitle,
        body: noteBody,
        topic: 'Verhuizingen',
        reviewDate: nextYear(),
      });
      expect(new URL(page.url()).pathname).toMatch(/^\/kennisnotities\/[0-9a-f-]{36}\/bewerken$/);
      // Typed on: the next save follows by itself.
      await page.getByRole('textbox', { name: 'Tekst (verplicht)' }).press('End');
      await page.keyboard.type(' Buiten kantoortijden: de mail van het meldpunt.');
      await saved(page);
      // Linked to a document chosen from the index.
      await page
        .getByRole('searchbox', { name: 'Zoek een document om te koppelen' })
        .fill('parkeervergunningen');
      await page
        .getByRole('button', { name: 'Koppel Beleidsregels parkeervergunningen Groningen 2025' })
        .click();
      await page
        .getByRole('button', { name: 'Ontkoppel Beleidsregels parkeervergunningen Groningen 2025' })
        .waitFor();
      await saved(page);
      await page.getByRole('group', { name: 'Gekoppelde documenten' }).scrollIntoViewIfNeeded();
      await session.screenshot('notities-editor');
      await accessible(page, 'note editor');
      await submit(page, noteTitle);

      // The four-eyes rule: the review form says why she cannot approve, and offers no button for it.
      const review = page.getByRole('region', { name: 'Beoordelen' });
      await review.getByRole('heading', { name: 'U kunt deze notitie niet goedkeuren' }).waitFor();
      expect(await review.innerText()).toMatch(/U heeft aan deze notitie geschreven/);
      expect(await review.getByRole('button', { name: 'Keur goed en publiceer' }).count()).toBe(0);
    });
  });

  it('a second expert approves both notes; the gap leaves the open list', async () => {
    await as(bram, 'expert-keurt', async (page, session) => {
      for (const title of [noteTitle, gapNoteTitle]) {
        await page.goto('/kennisnotities?status=in-review');
        await page.getByRole('link', { name: title }).click();
        const review = page.getByRole('region', { name: 'Beoordelen' });
        await review.waitFor();
        await review.getByRole('textbox', { name: 'Uw naam' }).fill('Bram Bakker');
        if (title === noteTitle) {
          const text = await page.getByRole('region', { name: 'Tekst' }).innerText();
          expect(text).toContain(phone);
          expect(text).toContain('Buiten kantoortijden: de mail van het meldpunt.');
          await session.screenshot('notities-beoordelen');
          await accessible(page, 'review view');
        }
        await review.getByRole('button', { name: 'Keur goed en publiceer' }).click();
        const notice = page.getByRole('status').filter({ hasText: 'Goedgekeurd en gepubliceerd' });
        await notice.waitFor();
        expect(await notice.evaluate((element) => element === document.activeElement)).toBe(true);
        expect(await page.locator('.vraagbaak-notes-status').innerText()).toContain('Gepubliceerd');
        expect(await page.locator('.vraagbaak-data-list').innerText()).toMatch(
          new RegExp(`Ervaringskennis — ${author}, \\d{1,2} \\p{L}+ \\d{4}`, 'u'),
        );
      }

      await page.goto('/kennisnotities/lacunes');
      await page.getByText('Er zijn geen open kennislacunes.').waitFor();
      expect(await page.getByRole('article', { name: gapQuestion }).count()).toBe(0);
      await page.getByRole('link', { name: 'Beantwoorde vragen' }).click();
      const answered = page.getByRole('article', { name: gapQuestion });
      await answered.waitFor();
      expect(await answered.innerText()).toContain('Beantwoord');
    });
  });

  it('the staff member gets an answer that cites the note as Ervaringskennis, and can read the note', async () => {
    await as(staff, 'medewerker-leest', async (page, session) => {
      await openChat(page);
      const turn = await askAndWait(page, noteQuestion);
      const answer = await turn.locator('.vraagbaak-answer__text').innerText();
      expect(answer).toContain(phone);
      expect(answer).toMatch(new RegExp(`Ervaringskennis — ${author}, \\d{1,2} \\p{L}+ \\d{4}`, 'u'));

      await turn
        .getByRole('button', { name: new RegExp(`^Bron \\d+: ${noteTitle}`) })
        .first()
        .click();
      const panel = page.getByRole('complementary', { name: /^Bron \d+$/ });
      await panel.waitFor();
      expect(await panel.innerText()).toMatch(new RegExp(`Ervaringskennis\\s+Ervaringskennis — ${author}`));
      await session.screenshot('notities-antwoord-met-notitie');
      await accessible(page, 'answer citing a note');

      const link = panel.getByRole('link', { name: /^Open notitie/ });
      const [tab] = await Promise.all([session.context.waitForEvent('page'), link.click()]);
      await tab.waitForLoadState('load');
      expect(new URL(tab.url()).pathname).toMatch(/^\/kennisnotities\/[0-9a-f-]{36}$/);
      await tab.getByRole('heading', { level: 1, name: noteTitle }).waitFor();
      expect(await tab.getByRole('region', { name: 'Tekst' }).innerText()).toContain(phone);
      await tab.getByText('U ziet de gepubliceerde versie').waitFor();
      // Staff read; they do not edit or review.
      expect(await tab.getByRole('link', { name: 'Bewerken' }).count()).toBe(0);
      expect(await tab.getByRole('region', { name: 'Beoordelen' }).count()).toBe(0);
      await accessible(tab, 'published note');
    });
  });
});

/** Waits for the editor to say the draft is saved (the polite live region speaks the same words). */
async function saved(page: Page): Promise<void> {
  await page
    .locator('.vraagbaak-notes-save[data-state="saved"] .vraagbaak-notes-save__text')
    .getByText(/^Concept opgeslagen om \d{2}:\d{2}$/)
    .waitFor();
  expect(await page.locator('[role="status"][aria-live="polite"]').last().innerText()).toMatch(
    /^Concept opgeslagen om \d{2}:\d{2}$/,
  );
}

async function writeNote(
  page: Page,
  note: { title: string; body: string; topic: string; reviewDate?: string },
): Promise<void> {
  await page.getByRole('textbox', { name: 'Titel (verplicht)' }).fill(note.title);
  await page.getByRole('textbox', { name: 'Tekst (verplicht)' }).fill(note.body);
  await page.getByRole('combobox', { name: 'Onderwerp' }).fill(note.topic);
  await page.getByRole('textbox', { name: 'Auteur' }).fill(author);
  if (note.reviewDate) await page.getByLabel('Herzien op').fill(note.reviewDate);
  await saved(page);
}

async function submit(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Aanbieden ter beoordeling' }).click();
  await page.waitForURL(/\/kennisnotities\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  expect(await page.locator('.vraagbaak-notes-status').innerText()).toContain('Ter beoordeling');
}
