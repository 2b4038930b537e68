// @vitest-environment jsdom
/**
 * Document and answer text are untrusted. A document that contains a script, an image with an onerror
 * handler and a Markdown image from another host must show as literal text and load or run nothing.
 */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { scriptedTransport, fakeApi } from '../test-support/fakes.ts';
import { answerEnd, documentResponse, passage, sourcesEvent } from '../test-support/fixtures.ts';
import { renderWithServices } from '../test-support/render-app.tsx';
import { ok } from '../result.ts';
import { ChatPage } from './chat-page.tsx';
import { DocumentText } from './document-page.tsx';

const script = '<script>window.hacked = true</script>';
const image = '<img src="x" onerror="window.hacked = true">';
const markdownImage = '![logo](https://evil.example/track.png)';
const markdownLink = '[klik hier](https://evil.example/phish)';
const hostile = `Tarieven 2025. ${script} ${image} ${markdownImage} ${markdownLink} Einde.`;

function expectInert(container: HTMLElement) {
  expect(container.querySelectorAll('script, img, iframe, object, embed')).toHaveLength(0);
  expect(container.querySelectorAll('a[href^="https://evil.example"]')).toHaveLength(0);
  expect(container.querySelectorAll('[onerror]')).toHaveLength(0);
  expect((window as unknown as { hacked?: boolean }).hacked).toBeUndefined();
}

afterEach(cleanup);

describe('untrusted text renders as inert text', () => {
  it('in the document view, with the passage highlighted', () => {
    const text = `Inleiding. ${hostile} Slot.`;
    const start = text.indexOf(script);
    const { container } = renderWithServices(
      <DocumentText
        document={documentResponse({ text })}
        highlight={{ start, end: start + script.length + image.length + 1 }}
      />,
    );
    expectInert(container);
    expect(container.textContent).toContain(script);
    expect(container.textContent).toContain(image);
    expect(container.textContent).toContain(markdownImage);
    expect(container.querySelector('mark')?.textContent).toContain(script);
  });

  it('in an answer from a model and in the passage shown in the source panel', async () => {
    const hostilePassage = passage({ text: hostile, start: 0, end: hostile.length });
    const { transport } = scriptedTransport(() => ({
      events: [
        { event: 'sources', data: sourcesEvent({ passages: [hostilePassage] }) },
        { event: 'text-delta', data: { type: 'text-delta', text: hostile } },
        {
          event: 'answer-end',
          data: answerEnd({ status: 'answered', text: `${hostile} [1]`, quotes: [] }),
        },
      ],
    }));
    const { api } = fakeApi({ document: (id) => ok(documentResponse({ id, text: hostile })) });
    const { container, services } = renderWithServices(<ChatPage />, { transport, api });
    await act(() => services.chat.ask('Wat kost het?', 'nl'));

    const answer = container.querySelector('.vraagbaak-answer__text');
    expect(answer?.textContent).toContain(`${script} ${image} ${markdownImage} ${markdownLink}`);
    fireEvent.click(screen.getByRole('button', { name: /^Bron 1/ }));
    const panel = screen.getByRole('complementary', { name: 'Bron 1' });
    await screen.findByText(/Ingelezen/);
    expect(within(panel).getByText((_, element) => element?.tagName === 'MARK').textContent).toContain(
      script,
    );
    expectInert(container);
  });
});
