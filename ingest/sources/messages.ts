/**
 * The Dutch words for the sources file and a source's folder, which both edges (the CLI and the admin console)
 * show the same way. Each edge chooses to use them; nothing below the edges produces sentences.
 */
import type { SourceRootFailure, SourcesFileFailure } from './sources-file.ts';

const messageOf = (cause: unknown) => (cause instanceof Error ? cause.message : String(cause));

export function describeSourcesFileFailure(failure: SourcesFileFailure): string {
  switch (failure.code) {
    case 'unreadable':
      return `kan ${failure.file} niet lezen: ${messageOf(failure.cause)}`;
    case 'invalid-json':
      return `${failure.file} is geen geldige JSON`;
    case 'invalid-sources':
      return `${failure.file}: ${failure.problems}`;
  }
}

export function describeSourceRootFailure(failure: SourceRootFailure): string {
  switch (failure.code) {
    case 'not-found':
      return `${failure.root} bestaat niet`;
    case 'not-a-folder':
      return `${failure.root} is geen map`;
    case 'not-readable':
      return `${failure.root} is niet leesbaar`;
    case 'unusable':
      return `${failure.root}: ${messageOf(failure.cause)}`;
  }
}
