/** Dutch-like passages of a given token length for the embedding benchmark: real words, seeded, reproducible. */
import { dutchWords } from '../scripts/onnx/dutch-words.ts';
import { createRandom } from '../scripts/onnx/random-weights.ts';

export interface PassageOptions {
  count: number;
  /** Inclusive range of model tokens per passage (the count includes special tokens and prefix). */
  minTokens: number;
  maxTokens: number;
  countTokens: (text: string) => number;
  seed?: number;
}

function sentence(random: () => number): string {
  const pick = () => dutchWords[Math.floor(random() * dutchWords.length)] as string;
  const length = 6 + Math.floor(random() * 14);
  const words = Array.from({ length }, (_, index) => {
    const word = pick();
    if (random() < 0.04) return String(Math.floor(random() * 2030));
    return index > 0 && index < length - 1 && random() < 0.08 ? `${word},` : word;
  });
  const first = words[0] as string;
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${words.join(' ')}.`;
}

export function dutchPassages(options: PassageOptions): string[] {
  const random = createRandom(options.seed ?? 2024);
  return Array.from({ length: options.count }, () => {
    const target = options.minTokens + Math.floor(random() * (options.maxTokens - options.minTokens + 1));
    let text = '';
    // Whole sentences until the target is reached, then trimmed word by word back into the range.
    while (options.countTokens(text) < target) text = `${text} ${sentence(random)}`.trim();
    while (options.countTokens(text) > options.maxTokens) text = text.slice(0, text.lastIndexOf(' '));
    return text;
  });
}
