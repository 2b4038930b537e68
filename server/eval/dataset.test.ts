import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { goldAnswerOf, loadDataset, parseQrels } from './dataset.ts';
import { describeDatasetFailure } from './failure-text.ts';

describe('parseQrels', () => {
  it('skips the header and keeps grades per query', () => {
    const parsed = parseQrels('query-id\tcorpus-id\tscore\nq1\td1\t1\nq1\td2\t2\nq2\td3\t0\n');
    expect(parsed.ok && [...parsed.value.get('q1')!]).toEqual([
      ['d1', 1],
      ['d2', 2],
    ]);
    expect(parsed.ok && parsed.value.get('q2')?.get('d3')).toBe(0);
  });

  it('says which line is wrong', () => {
    expect(parseQrels('h\nq1 d1 1\n')).toEqual({
      ok: false,
      reason: { code: 'invalid_qrels_row', file: 'qrels.tsv', line: 2 },
    });
  });
});

describe('goldAnswerOf', () => {
  it('prefers spans, falls back to one long answer, and ignores empty ones', () => {
    expect(goldAnswerOf({ answers: [' 5 jaar ', ''] })).toEqual({ kind: 'spans', spans: ['5 jaar'] });
    expect(goldAnswerOf({ answers: [], answer: 'Een lang antwoord.' })).toEqual({
      kind: 'long',
      text: 'Een lang antwoord.',
    });
    expect(goldAnswerOf({ answer: ' ' })).toBeNull();
  });
});

describe('loadDataset', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('reads a BEIR folder and keeps only judged queries', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'vraagbaak-dataset-'));
    dirs.push(dir);
    await writeFile(
      path.join(dir, 'corpus.jsonl'),
      '{"_id":"d1","title":"Een","text":"tekst een"}\n{"_id":2,"text":"tekst twee"}\n',
    );
    await writeFile(
      path.join(dir, 'queries.jsonl'),
      '{"_id":"q1","text":"vraag"}\n{"_id":"q2","text":"los"}\n',
    );
    await writeFile(path.join(dir, 'qrels.tsv'), 'query-id\tcorpus-id\tscore\nq1\td1\t1\nq2\t2\t0\n');
    const loaded = await loadDataset(dir);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.corpus).toEqual([
      { id: 'd1', title: 'Een', text: 'tekst een' },
      { id: '2', title: '', text: 'tekst twee' },
    ]);
    expect(loaded.value.queries.map((query) => query.id)).toEqual(['q1']);
    expect(loaded.value.answers).toBeNull();
  });

  it('returns a reason for a missing file or a bad line', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'vraagbaak-dataset-'));
    dirs.push(dir);
    expect(await loadDataset(dir)).toMatchObject({
      ok: false,
      reason: { code: 'unreadable', file: 'corpus.jsonl', detail: 'ENOENT' },
    });
    await writeFile(path.join(dir, 'corpus.jsonl'), '{"_id":"d1"}\n');
    await writeFile(path.join(dir, 'queries.jsonl'), '');
    await writeFile(path.join(dir, 'qrels.tsv'), 'h\n');
    expect(await loadDataset(dir)).toMatchObject({
      ok: false,
      reason: { code: 'invalid_row', file: 'corpus.jsonl', line: 1 },
    });
  });
});

describe('describeDatasetFailure', () => {
  it('names the file and the line that is wrong', () => {
    const qrels = parseQrels('h\nq1 d1 1\n');
    expect(qrels.ok ? '' : describeDatasetFailure(qrels.reason)).toBe(
      'qrels.tsv, regel 2: verwacht query-id, corpus-id en score, gescheiden door tabs',
    );
    expect(describeDatasetFailure({ code: 'unreadable', file: 'corpus.jsonl', detail: 'ENOENT' })).toBe(
      'corpus.jsonl niet leesbaar: ENOENT',
    );
    expect(describeDatasetFailure({ code: 'invalid_json', file: 'queries.jsonl', line: 3 })).toBe(
      'queries.jsonl, regel 3: geen geldige JSON',
    );
    expect(describeDatasetFailure({ code: 'invalid_row', file: 'corpus.jsonl', line: 1, issue: null })).toBe(
      'corpus.jsonl, regel 1: onverwachte vorm',
    );
  });
});
