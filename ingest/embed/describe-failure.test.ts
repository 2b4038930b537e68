import { describe, expect, it } from 'vitest';
import {
  describeEmbedderLoadFailure,
  describeEmbedFailure,
  describeLoadFailure,
} from './describe-failure.ts';

describe('describeLoadFailure', () => {
  it('says files are missing when transformers may not download', () => {
    const error = new Error(
      '`local_files_only=true` or `env.allowRemoteModels=false` and file was not found locally at "x".',
    );
    expect(describeLoadFailure(error)).toMatch(/^modelbestanden ontbreken .*downloaden staat uit/);
  });

  it('says the download failed on network errors', () => {
    expect(describeLoadFailure(new TypeError('fetch failed'))).toMatch(
      /^het model kon niet worden gedownload/,
    );
  });

  it('says the ONNX file is damaged, with only the first line of the native message', () => {
    const error = new Error(
      'Load model from /m/onnx/model.onnx failed:Protobuf parsing failed.\n  at native frame 1',
    );
    const reason = describeLoadFailure(error);
    expect(reason).toMatch(/^het ONNX-bestand is beschadigd/);
    expect(reason).not.toContain('native frame');
  });

  it('falls back to a general sentence that keeps the message', () => {
    expect(describeLoadFailure('something odd')).toBe('het model kon niet worden geladen (something odd)');
  });
});

describe('describeEmbedFailure', () => {
  it('keeps the cause', () => {
    expect(describeEmbedFailure(new Error('out of memory'))).toBe('embedden mislukt (out of memory)');
  });
});

describe('describeEmbedderLoadFailure', () => {
  it('words each code as admins read it', () => {
    expect(describeEmbedderLoadFailure({ code: 'cancelled' })).toBe('het laden van het model is geannuleerd');
    expect(describeEmbedderLoadFailure({ code: 'worker-exited', exitCode: 1 })).toBe(
      'de embedding-worker stopte tijdens het laden (exitcode 1)',
    );
    expect(describeEmbedderLoadFailure({ code: 'load-timeout', seconds: 60 })).toBe(
      'het laden van het model duurde langer dan 60 s en is afgebroken',
    );
    expect(describeEmbedderLoadFailure({ code: 'tokenizer-failed', cause: new Error('kapot') })).toBe(
      'de tokenizer van het model kon niet worden geladen (kapot)',
    );
    expect(
      describeEmbedderLoadFailure({ code: 'load-failed', kind: 'download', message: 'fetch failed' }),
    ).toBe('het model kon niet worden gedownload (fetch failed)');
  });
});
