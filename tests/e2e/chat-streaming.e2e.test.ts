/**
 * The chat with a language model, in real headless Chromium: the server talks to a scripted
 * OpenAI-compatible server on loopback (the one test double at the edge), the browser only to our server.
 * The answer streams in, the reader can stop it, and a model that fails leaves the cited passages.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../server/contract/index.ts';
import { startFakeOpenAiServer, tokensOf, type FakeOpenAiServer } from '../support/fake-openai-server.ts';
import { ask, finished, hasChromium, openChat, useE2e, warnIfNoChromium } from './harness.ts';

warnIfNoChromium('end-to-end streaming tests');

const costQuestion = 'Wat kost een bewonersvergunning?';

describe.skipIf(!hasChromium)(
  'chat in the browser, with a language model that streams',
  { timeout: 120_000 },
  () => {
    let model: FakeOpenAiServer;
    beforeAll(async () => {
      model = await startFakeOpenAiServer();
    });
    afterAll(async () => {
      await model?.close();
    });
    const e2e = useE2e({
      server: () => ({
        environment: { VRAAGBAAK_CHAT_BASE_URL: model.baseUrl, VRAAGBAAK_CHAT_MODEL: 'fake-model' },
      }),
    });

    /** The number the server will give the passage that holds the tariff: the same retrieval as /api/chat. */
    async function tariffPassageNumber(): Promise<number> {
      const response = await e2e.fetch(`/api/search?q=${encodeURIComponent(costQuestion)}&limit=8`);
      const body = (await response.json()) as SearchResponse;
      const index = body.results.findIndex((passage) => passage.text.includes('€ 98,40'));
      expect(index).toBeGreaterThanOrEqual(0);
      return index + 1;
    }

    it('streams the answer with a stop button, then shows it checked and cited', async () => {
      const number = await tariffPassageNumber();
      const answer = `Een bewonersvergunning kost € 98,40 per jaar [${number}].`;
      model.script({ tokens: tokensOf(answer), firstTokenDelayMs: 300, tokenDelayMs: 300 });
      const { page } = e2e;
      await openChat(page);
      const turn = await ask(page, costQuestion);

      // Mid-stream, read in one go so the stream cannot finish between the checks: part of the text is
      // there, marked as not yet checked, and the answer can be stopped.
      const midStream = await page.waitForFunction(
        () => {
          const answerPart = document.querySelector('.vraagbaak-turn__answer[aria-busy="true"]');
          const text = answerPart?.querySelector('.vraagbaak-answer__text')?.textContent ?? '';
          if (!text.includes('bewonersvergunning') || text.includes('jaar')) return false;
          return {
            text,
            preview: answerPart?.querySelector('.vraagbaak-progress')?.textContent ?? '',
            stopButton: [...document.querySelectorAll('button')].some(
              (button) => button.textContent === 'Stop antwoord',
            ),
          };
        },
        undefined,
        { timeout: 20_000 },
      );
      expect(await midStream.jsonValue()).toEqual({
        text: expect.stringMatching(/^Een bewonersvergunning/),
        preview: 'Voorlopige tekst: de bronnen worden nog gecontroleerd.',
        stopButton: true,
      });
      await e2e.screenshot('antwoord-tijdens-streamen');

      await finished(turn);
      expect(await page.getByRole('button', { name: 'Stop antwoord' }).count()).toBe(0);
      expect(await turn.locator('.vraagbaak-answer__text').innerText()).toBe(answer);
      await turn.getByRole('button', { name: new RegExp(`^Bron ${number}: `) }).click();
      await page
        .getByRole('complementary', { name: `Bron ${number}` })
        .locator('mark')
        .waitFor();
      await turn.getByRole('button', { name: 'Hoe kwam dit antwoord tot stand?' }).click();
      const details = turn.locator('.vraagbaak-disclosure__panel');
      expect(await details.innerText()).toContain('gemaakt door een taalmodel');
      expect(await details.innerText()).toContain('fake-model (fake-model)');
      expect(await details.innerText()).toMatch(/eerste woord na \d+ ms/);
    });

    it('stops a streaming answer when the reader asks, and the model request is cancelled', async () => {
      // Three words, then silence with the connection open: only the stop button ends this answer.
      model.script({ tokens: tokensOf('Een bewonersvergunning kost'), stallAfterTokens: 3 });
      const { page } = e2e;
      await openChat(page);
      const requestsBefore = model.requests.length;
      const turn = await ask(page, costQuestion);
      await turn.locator('.vraagbaak-answer__text', { hasText: 'Een bewonersvergunning kost' }).waitFor();
      const stop = page.getByRole('button', { name: 'Stop antwoord' });
      await stop.click();

      await finished(turn);
      await turn.getByRole('heading', { name: 'U heeft het antwoord gestopt' }).waitFor();
      expect(await stop.count()).toBe(0);
      expect(await turn.locator('.vraagbaak-answer__text').innerText()).toBe('Een bewonersvergunning kost');
      const upstream = model.requests
        .slice(requestsBefore)
        .find((request) => request.path === '/v1/chat/completions');
      expect(upstream).toBeDefined();
      const cancelled = await Promise.race([
        upstream?.closed.then(() => true),
        sleep(10_000, false, { ref: false }),
      ]);
      expect(cancelled).toBe(true);
      expect(upstream?.completed).toBe(false);
      await e2e.screenshot('antwoord-gestopt');
    });

    it('falls back to the cited passages when the model answers 500, and says so', async () => {
      model.script({ status: 500 });
      const { page } = e2e;
      await openChat(page);
      const turn = await finished(await ask(page, costQuestion));
      await turn.getByRole('heading', { name: 'Het taalmodel is nu niet beschikbaar' }).waitFor();
      expect(await turn.locator('.vraagbaak-answer__text').innerText()).toContain('€ 98,40');
      expect(await turn.locator('.vraagbaak-marker').count()).toBeGreaterThan(0);
      await turn.getByRole('button', { name: 'Hoe kwam dit antwoord tot stand?' }).click();
      expect(await turn.locator('.vraagbaak-disclosure__panel').innerText()).toContain(
        'letterlijke passages (het taalmodel viel uit)',
      );
      await e2e.screenshot('taalmodel-valt-uit');
      expect(await e2e.accessibilityProblems('fallback notice')).toEqual([]);
    });
  },
);
