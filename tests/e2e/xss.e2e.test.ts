/**
 * Document text is untrusted, end to end: a document that tries to run script, attach event handlers and
 * load an image from another host is ingested by the real server, asked about, and opened in the source
 * panel and the text view of real headless Chromium. Its markup must show as text and do nothing.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { askAndWait, hasChromium, openChat, sourcePanel, useE2e, warnIfNoChromium } from './harness.ts';

warnIfNoChromium('end-to-end XSS test');

/**
 * A document that tries to run script and load from another host. Raw HTML is filtered out at ingest;
 * the same markup in code spans is kept as text, so it reaches the browser and must stay text there.
 */
const hostileName = 'proefdocument-opmaak.md';
const hostileTitle = 'Proefdocument opmaakcontrole';
const hostileStrings = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2">',
  '![x](https://evil.example/x.png)',
];
const hostileDocument = `# ${hostileTitle}

Dit proefdocument over de opmaakcontrole bevat gevaarlijke opmaak die als gewone tekst moet verschijnen.

<script>window.__pwned=1</script>

<img src=x onerror="window.__pwned=2">

![x](https://evil.example/x.png)

Letterlijk in het proefdocument over de opmaakcontrole: ${hostileStrings.map((text) => `\`${text}\``).join(', ')}.
`;

/** What would show that document text became markup in this page. */
function injectedMarkup(page: Page) {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned,
    images: document.images.length,
    inlineScripts: [...document.scripts].filter((script) => !script.src).length,
    foreignScripts: [...document.scripts].filter(
      (script) => script.src && !script.src.startsWith(location.origin),
    ).length,
    handlers: document.querySelectorAll('[onerror], [onload]').length,
  }));
}

const noMarkup = { pwned: undefined, images: 0, inlineScripts: 0, foreignScripts: 0, handlers: 0 };

describe.skipIf(!hasChromium)('hostile document text in the browser', { timeout: 120_000 }, () => {
  // The sample corpus plus the hostile document, as the server's example corpus.
  const e2e = useE2e({ server: { extraSampleFiles: { [hostileName]: hostileDocument } } });

  it('shows a document with script, event handlers and a remote image as inert text', async () => {
    const { page } = e2e;
    await openChat(page);
    const turn = await askAndWait(
      page,
      'Wat staat er letterlijk in het proefdocument over de opmaakcontrole?',
    );
    const answerText = await turn.locator('.vraagbaak-answer__text').innerText();
    for (const hostile of hostileStrings) expect(answerText).toContain(hostile);
    const marker = turn.getByRole('button', { name: new RegExp(`^Bron \\d+: ${hostileTitle}`) }).first();
    await marker.click();
    const panel = await sourcePanel(page);
    expect(await panel.locator('.vraagbaak-source-panel__title').innerText()).toBe(hostileTitle);
    const documentTab = await e2e.openInNewTab(
      panel.getByRole('link', { name: /^Open document \(tekst met gemarkeerde passage\)/ }),
    );
    const text = documentTab.locator('.vraagbaak-document-text');
    await text.waitFor();
    const shown = await text.innerText();
    for (const hostile of hostileStrings) expect(shown).toContain(hostile);
    await e2e.screenshot('xss-document', documentTab);

    expect(await injectedMarkup(page)).toEqual(noMarkup);
    expect(await injectedMarkup(documentTab)).toEqual(noMarkup);
    expect(e2e.session.offsiteRequests).toEqual([]);

    // The original is served as inert text in a sandbox, never as a page of this site.
    const originalLink = panel.getByRole('link', { name: /^Open origineel bestand/ });
    const original = await e2e.fetch((await originalLink.getAttribute('href')) ?? '');
    expect(original.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(original.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(await original.text()).toContain(hostileStrings[0]);
  });
});
