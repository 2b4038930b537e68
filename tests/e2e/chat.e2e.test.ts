/**
 * The chat in real headless Chromium against the real server (`server/main.ts`, the built app, the sample
 * corpus ingested lexically, no language model): ask, read the cited answer, open the source at the right
 * page, check how the answer came about, give feedback, and meet WCAG 2.1 AA by axe-core.
 */
import { describe, expect, it } from 'vitest';
import { openPdfDocument } from '../../ingest/parse/pdf-document.ts';
import {
  askAndWait,
  dataListField,
  focused,
  hasChromium,
  openChat,
  questionBox,
  sourcePanel,
  tabUntil,
  useE2e,
  warnIfNoChromium,
} from './harness.ts';

warnIfNoChromium('end-to-end chat tests');

const costQuestion = 'Wat kost een bewonersvergunning?';
const parkingTitle = 'Beleidsregels parkeervergunningen Groningen 2025';
const unanswerable = 'Hoe hoog is de Eiffeltoren in Parijs?';

/** A marker button for the parking policy PDF at page 3, as a screen reader names it. */
const parkingMarker = new RegExp(`^Bron \\d+: ${parkingTitle}, pagina 3$`);

async function pageText(pdf: Uint8Array, page: number): Promise<string> {
  const document = await openPdfDocument(pdf);
  try {
    return (await document.readLines(page)).map((line) => line.text).join('\n');
  } finally {
    await document.close();
  }
}

describe.skipIf(!hasChromium)('chat in the browser, without a language model', { timeout: 120_000 }, () => {
  const e2e = useE2e();

  it('is usable by keyboard alone: skip link first, then the question box and the send button', async () => {
    const { page } = e2e;
    await openChat(page);
    await e2e.screenshot('chat-leeg');
    expect(await e2e.accessibilityProblems('empty chat')).toEqual([]);

    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'a', text: 'Ga direct naar de inhoud' });
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('inhoud');

    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('vraag');
    await page.keyboard.type(costQuestion);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Vraag stellen' });
    await page.keyboard.press('Enter');

    await page.getByRole('button', { name: parkingMarker }).first().waitFor();
    // Focus stays in the question box; the citation markers above it are reachable with Shift+Tab, Enter
    // on one opens the source panel with focus in it, and Escape gives focus back to the marker.
    expect((await focused(page)).id).toBe('vraag');
    const reached = await tabUntil(page, (element) => parkingMarker.test(element.label), {
      limit: 20,
      backwards: true,
    });
    expect(reached.label).toMatch(parkingMarker);
    await page.keyboard.press('Enter');
    expect((await focused(page)).text).toMatch(/^Bron \d+$/);
    await page.keyboard.press('Escape');
    expect((await focused(page)).label).toMatch(parkingMarker);
  });

  it('answers with a citation that opens the parking policy PDF at page 3, quote highlighted', async () => {
    const { page } = e2e;
    await openChat(page);
    const turn = await askAndWait(page, costQuestion);
    expect(await turn.locator('.vraagbaak-answer__text').innerText()).toContain('€ 98,40');

    const marker = turn.getByRole('button', { name: parkingMarker }).first();
    await marker.click();
    const panel = await sourcePanel(page);
    expect(await panel.locator('.vraagbaak-source-panel__title').innerText()).toBe(parkingTitle);
    expect(await dataListField(panel, 'Pagina of hoofdstuk')).toBe('pagina 3');
    expect(await dataListField(panel, 'Bestandstype')).toBe('PDF');
    expect(await dataListField(panel, 'Controle')).toBe('De bron ondersteunt de zin.');
    expect(await panel.locator('mark').innerText()).toContain('€ 98,40');
    await e2e.screenshot('antwoord-met-bron');
    expect(await e2e.accessibilityProblems('answer with the source panel open')).toEqual([]);

    // The PDF opens at the cited page: the link says so, and that page of the file holds the quote.
    const pdfLink = panel.getByRole('link', { name: /^Open document \(PDF, pagina 3\)/ });
    const href = (await pdfLink.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/api\/documents\/[a-f0-9]{24}\/file#page=3$/);
    expect(await pdfLink.getAttribute('target')).toBe('_blank');
    const file = await e2e.fetch(href);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(await pageText(bytes, 3)).toContain('98,40');

    const documentTab = await e2e.openInNewTab(
      panel.getByRole('link', { name: /^Open tekst met gemarkeerde passage/ }),
    );
    expect(new URL(documentTab.url()).pathname).toMatch(/^\/document\/[a-f0-9]{24}$/);
    expect(new URL(documentTab.url()).searchParams.get('pagina')).toBe('3');
    const mark = documentTab.locator('.vraagbaak-document-text mark');
    await mark.waitFor();
    expect(await mark.innerText()).toContain('€ 98,40');
    expect(await documentTab.getByRole('heading', { level: 1 }).innerText()).toBe(parkingTitle);
    expect(await documentTab.title()).toBe(`${parkingTitle} – Vraagbaak`);
    // The highlight is brought into view and takes focus, so a screen reader starts there.
    expect(await mark.evaluate((element) => element === document.activeElement)).toBe(true);
    await e2e.screenshot('document-tekst', documentTab);
    expect(await e2e.accessibilityProblems('document text view', documentTab)).toEqual([]);
  });

  it('shows how the answer came about, and links to the stored record', async () => {
    const { page } = e2e;
    await openChat(page);
    const turn = await askAndWait(page, costQuestion);
    const toggle = turn.getByRole('button', { name: 'Hoe kwam dit antwoord tot stand?' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const details = turn.locator('.vraagbaak-disclosure__panel');

    expect(await dataListField(details, 'Soort antwoord')).toBe('letterlijke passages, zonder taalmodel');
    expect(await dataListField(details, 'Taalmodel')).toBe('zonder taalmodel: letterlijke passages');
    expect(await dataListField(details, 'Zoeken')).toBe('alleen op woorden');
    expect(await dataListField(details, 'Tijd')).toMatch(/^zoeken \d+ ms, totaal \d+ ms$/);
    const answerId = await dataListField(details, 'Antwoordnummer');
    expect(answerId).toMatch(/^[0-9a-f-]{36}$/);

    const rows = details.getByRole('table').locator('tbody tr');
    const passages = await rows.evaluateAll((elements) =>
      elements.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')),
    );
    expect(passages.length).toBeGreaterThan(1);
    for (const [, , , score] of passages) expect(score).toMatch(/^\d+,\d{3}$/);
    const cited = passages.filter((cells) => cells[4] === 'ja');
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.some((cells) => cells[1] === parkingTitle && cells[2] === 'pagina 3')).toBe(true);
    expect(passages.some((cells) => cells[4] === 'nee')).toBe(true);
    await e2e.screenshot('herkomst');
    expect(await e2e.accessibilityProblems('provenance panel open')).toEqual([]);

    const recordLink = details.getByRole('link', { name: /^Bekijk het opgeslagen verslag van dit antwoord/ });
    expect(await recordLink.getAttribute('href')).toBe(`/api/answers/${answerId}`);
    const record = await e2e.fetch(`/api/answers/${answerId}`);
    expect(record.status).toBe(200);
    expect(record.headers.get('content-type')).toContain('application/json');
    const body = (await record.json()) as { id: string; question: string; status: string; cited: unknown[] };
    expect(body).toMatchObject({ id: answerId, question: costQuestion, status: 'extractive' });
    expect(body.cited.length).toBe(cited.length);
  });

  it('stores feedback: not helpful, with a reason', async () => {
    const { page } = e2e;
    await openChat(page);
    const turn = await askAndWait(page, costQuestion);
    const no = turn.getByRole('button', { name: 'Nee, niet nuttig' });
    await no.click();
    expect(await no.getAttribute('aria-pressed')).toBe('true');
    const reason = 'Het tarief voor een tweede vergunning ontbreekt.';
    await turn.getByRole('textbox', { name: 'Wat ging er mis? (niet verplicht)' }).fill(reason);
    const [sent] = await Promise.all([
      page.waitForResponse((response) => /\/api\/answers\/[^/]+\/feedback$/.test(response.url())),
      turn.getByRole('button', { name: 'Verstuur feedback' }).click(),
    ]);
    expect(sent.status()).toBe(201);
    await turn.getByRole('status').filter({ hasText: 'Bedankt voor uw feedback.' }).waitFor();

    const answerId = /\/api\/answers\/([^/]+)\/feedback$/.exec(sent.url())?.[1];
    const record = (await (await e2e.fetch(`/api/answers/${answerId}`)).json()) as {
      feedback: { helpful: boolean; reason: string | null }[];
    };
    expect(record.feedback).toEqual([expect.objectContaining({ helpful: false, reason })]);
  });

  it('says "Ik weet het niet" when the documents do not hold the answer', async () => {
    const { page } = e2e;
    await openChat(page);
    const turn = await askAndWait(page, unanswerable);
    const notice = turn.locator('.utrecht-alert', {
      has: page.getByRole('heading', { name: 'Ik weet het niet' }),
    });
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/Waarom niet: .+/);
    expect(await turn.locator('.vraagbaak-marker').count()).toBe(0);
    await e2e.screenshot('weet-het-niet');
    expect(await e2e.accessibilityProblems('"Ik weet het niet"')).toEqual([]);
  });

  it('switches the interface to English, <html lang> included, and keeps the choice', async () => {
    const { page } = e2e;
    await openChat(page);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    const english = page.getByRole('button', { name: 'English' });
    await english.click();
    expect(await english.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('heading', { name: 'Answers come from an AI system' }).waitFor();
    expect(await page.getByRole('button', { name: 'Ask question' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Skip to content' }).count()).toBe(1);

    const turn = await askAndWait(page, costQuestion);
    await turn.getByRole('button', { name: 'How was this answer made?' }).waitFor();
    await e2e.screenshot('engels');
    expect(await e2e.accessibilityProblems('English interface')).toEqual([]);

    await page.reload();
    await questionBox(page).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });

  it('opens the help text with focus on it, and it passes axe', async () => {
    const { page } = e2e;
    await openChat(page);
    const toggle = page.getByRole('button', { name: 'Hulp bij vragen stellen' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect((await focused(page)).text).toBe('Zo stelt u een goede vraag en controleert u het antwoord');
    await e2e.screenshot('hulp');
    expect(await e2e.accessibilityProblems('help panel')).toEqual([]);
  });
});
