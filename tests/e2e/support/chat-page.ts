/** Steps on the chat page that several end-to-end tests take, through the UI a reader uses. */
import type { Locator, Page } from 'playwright-core';

export const turnSelector = 'article.vraagbaak-turn';

/** The question box, in either interface language. */
export function questionBox(page: Page): Locator {
  return page.getByRole('textbox', { name: /^(Uw vraag|Your question)$/ });
}

/** Opens the chat and waits until the app has rendered (the question box is there). */
export async function openChat(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await questionBox(page).waitFor();
}

/**
 * Types a question and sends it with Enter, as a reader would; returns its turn in the conversation.
 * The turn is found by position, so earlier questions on the page do not get in the way.
 */
export async function ask(page: Page, question: string): Promise<Locator> {
  const turns = page.locator(turnSelector);
  const before = await turns.count();
  const box = questionBox(page);
  await box.click();
  await page.keyboard.type(question);
  await page.keyboard.press('Enter');
  const turn = turns.nth(before);
  await turn.waitFor();
  return turn;
}

/** Waits until the answer of a turn is no longer coming in (done, stopped or failed). */
export async function finished(turn: Locator, timeoutMs = 30_000): Promise<Locator> {
  await turn.locator('.vraagbaak-turn__answer[aria-busy="false"]').waitFor({ timeout: timeoutMs });
  return turn;
}

export async function askAndWait(page: Page, question: string): Promise<Locator> {
  return finished(await ask(page, question));
}

export interface FocusedElement {
  tag: string;
  id: string;
  text: string;
  label: string;
}

/** What has keyboard focus: enough to tell the skip link, the question box and a button apart. */
export function focused(page: Page): Promise<FocusedElement> {
  return page.evaluate(() => {
    const element = document.activeElement;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      id: element?.id ?? '',
      text: (element?.textContent ?? '').trim(),
      label: element?.getAttribute('aria-label') ?? '',
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches, at most `limit` times; returns it then. */
export async function tabUntil(
  page: Page,
  matches: (element: FocusedElement) => boolean,
  { limit, backwards = false }: { limit: number; backwards?: boolean },
): Promise<FocusedElement> {
  let current = await focused(page);
  for (let presses = 0; presses < limit && !matches(current); presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    current = await focused(page);
  }
  return current;
}

/** The source panel once a source is selected in it (its heading then reads "Bron n"). */
export async function sourcePanel(page: Page): Promise<Locator> {
  const panel = page.getByRole('complementary', { name: /^Bron \d+$/ });
  await panel.waitFor();
  return panel;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The value of one row of a data list (`dt` label, `dd` value), found by its label. */
export async function dataListField(scope: Locator, label: string): Promise<string> {
  const row = scope.locator('.utrecht-data-list__item').filter({
    has: scope.page().locator('dt', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }),
  });
  return (await row.locator('dd').innerText()).trim();
}
