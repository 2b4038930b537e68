// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MarkdownView } from './markdown-view.tsx';

afterEach(cleanup);

const hostile = [
  '## Kop',
  '',
  '<script>window.__pwned = 1</script>',
  '',
  '<img src=x onerror="window.__pwned = 2"> en <a href="https://evil.example/">klik</a>',
  '',
  '![x](https://evil.example/x.png) [site](https://evil.example/) [document](/document/aaaaaaaaaaaaaaaaaaaaaaaa)',
].join('\n');

describe('MarkdownView', () => {
  it('renders Markdown as elements and everything that could run or load as inert text', () => {
    const { container } = render(<MarkdownView markdown={hostile} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Kop' })).toBeDefined();
    expect(container.querySelectorAll('script, img, iframe, [onerror], [onclick]')).toHaveLength(0);
    expect(container.textContent).toContain('<script>window.__pwned = 1</script>');
    expect(container.textContent).toContain('<img src=x onerror="window.__pwned = 2">');
    const links = [...container.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(links).toEqual(['/document/aaaaaaaaaaaaaaaaaaaaaaaa']);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
