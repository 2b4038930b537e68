/** Counts tokens on the main thread with the model's own tokenizer, so chunks are sized for the model. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AutoTokenizer } from '@huggingface/transformers';
import { fail, ok, type Failure, type Result } from '../result.ts';

export interface TokenCounter {
  /** Tokens the model sees for `text`, special tokens included. */
  count(text: string): number;
  /** Longest input the model accepts, in tokens. */
  maxTokens: number;
}

/** Tokenizers without a limit report a huge sentinel; the position table is then the real limit. */
const unlimited = 1_000_000;

async function positionLimit(folder: string): Promise<number | undefined> {
  try {
    const config = JSON.parse(await readFile(path.join(folder, 'config.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    const positions = config['max_position_embeddings'];
    if (typeof positions !== 'number') return undefined;
    // RoBERTa-family models (XLM-R, so multilingual-e5) reserve two positions for the padding offset.
    const offset = /roberta/.test(String(config['model_type'])) ? 2 : 0;
    return positions - offset;
  } catch {
    return undefined;
  }
}

export async function loadTokenCounter(
  folder: string,
): Promise<Result<TokenCounter, Failure<'tokenizer-failed'>>> {
  try {
    // A folder path (not a hub id) so this never looks anywhere else, whatever the global transformers settings.
    const tokenizer = await AutoTokenizer.from_pretrained(folder, { local_files_only: true });
    const fromTokenizer = tokenizer.model_max_length;
    const fromConfig = await positionLimit(folder);
    const limits = [fromTokenizer, fromConfig].filter(
      (limit): limit is number => typeof limit === 'number' && limit > 0 && limit < unlimited,
    );
    const maxTokens = limits.length > 0 ? Math.min(...limits) : 512;
    return ok({ count: (text) => tokenizer.encode(text).length, maxTokens });
  } catch (error) {
    return fail({ code: 'tokenizer-failed', cause: error });
  }
}
