import { fail, ok, type Result } from '../../ingest/result.ts';
import { loadSources, saveSources, validateSource } from '../../ingest/sources/index.ts';
import { describeSourceProblem, describeSourcesFileFailure } from './source-messages.ts';
import type { SearchableStore, Store } from '../../ingest/store/index.ts';
import type { SourceConfig } from '../../ingest/types.ts';
import type { JobRunner, RunnerFailure } from './job-runner.ts';

export interface SourceRegistryOptions {
  /** `data/sources.json`, shared with the CLI. */
  sourcesFile: string;
  /** Sources that are not in the file and cannot be changed here (the example corpus). */
  builtIn: SourceConfig[];
  /** Source names other parts of the server write under (the knowledge notes); never a folder source. */
  reservedNames?: string[];
  store: SearchableStore;
  runner: Pick<JobRunner, 'activeJobFor' | 'exclusively'>;
  /** After a change, so schedules follow. */
  onChange?: () => Promise<void>;
}

export interface RegistryFailure {
  code: RunnerFailure['code'] | 'unavailable';
  message: string;
}

export interface RemovalPreview {
  documents: number;
  chunks: number;
}

/**
 * Adds, changes and removes sources in `sources.json` (written atomically) and keeps the index in step:
 * new access groups apply to what is already indexed, and a removed source's documents leave the index.
 */
export class SourceRegistry {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: SourceRegistryOptions) {}

  isBuiltIn(name: string): boolean {
    return this.options.builtIn.some((source) => source.name === name);
  }

  /** Built-in sources first, then the file's. */
  async list(): Promise<Result<SourceConfig[], RegistryFailure>> {
    const loaded = await loadSources(this.options.sourcesFile);
    if (!loaded.ok) return fail({ code: 'unavailable', message: describeSourcesFileFailure(loaded.reason) });
    const names = new Set(this.options.builtIn.map((source) => source.name));
    return ok([...this.options.builtIn, ...loaded.value.filter((source) => !names.has(source.name))]);
  }

  /** For the runner and the scheduler: a broken file means no sources rather than a crash. */
  async listOrEmpty(): Promise<SourceConfig[]> {
    const listed = await this.list();
    return listed.ok ? listed.value : [...this.options.builtIn];
  }

  add(input: unknown): Promise<Result<SourceConfig, RegistryFailure>> {
    return this.serially(async () => {
      const file = await loadSources(this.options.sourcesFile);
      if (!file.ok) return fail({ code: 'unavailable', message: describeSourcesFileFailure(file.reason) });
      const validated = await validateSource(input, [...this.options.builtIn, ...file.value]);
      if (!validated.ok) return fail(invalid(validated.reason.map(describeSourceProblem)));
      if (this.isReserved(validated.value.name)) {
        return fail(
          invalid([`name: ${validated.value.name} is gereserveerd voor een ander deel van Vraagbaak`]),
        );
      }
      await saveSources(this.options.sourcesFile, [...file.value, validated.value]);
      await this.options.onChange?.();
      return ok(validated.value);
    });
  }

  update(name: string, input: Record<string, unknown>): Promise<Result<SourceConfig, RegistryFailure>> {
    return this.serially(async () => {
      const file = await loadSources(this.options.sourcesFile);
      if (!file.ok) return fail({ code: 'unavailable', message: describeSourcesFileFailure(file.reason) });
      const found = this.changeable(name, file.value, { requireIdle: false });
      if (!found.ok) return found;
      const others = [...this.options.builtIn, ...file.value.filter((source) => source.name !== name)];
      const validated = await validateSource({ ...input, name }, others);
      if (!validated.ok) return fail(invalid(validated.reason.map(describeSourceProblem)));
      const source = validated.value;
      // A new schedule may be set while a job runs; what the job reads may not change under it.
      if (!sameContent(found.value, source)) {
        const idle = this.changeable(name, file.value, { requireIdle: true });
        if (!idle.ok) return idle;
      }
      if (!sameList(found.value.accessGroups, source.accessGroups)) {
        // What is already indexed gets the new groups now; narrowing access must not wait for a re-read.
        const applied = await this.options.runner.exclusively(
          `toegang van bron ${name} wordt bijgewerkt`,
          () => this.inEveryGeneration((store) => store.setSourceAccess(name, source.accessGroups)),
        );
        if (!applied.ok) return applied;
      }
      await saveSources(
        this.options.sourcesFile,
        file.value.map((existing) => (existing.name === name ? source : existing)),
      );
      await this.options.onChange?.();
      return ok(source);
    });
  }

  /** What removing a source would delete from the index. */
  async preview(name: string): Promise<RemovalPreview> {
    const documents = await this.options.store.listDocuments(name);
    return {
      documents: documents.length,
      chunks: documents.reduce((sum, document) => sum + document.chunkCount, 0),
    };
  }

  /**
   * Deletes the source's documents and chunks, then the source. Only with `confirm` equal to the name.
   * Documents left by a source that is no longer configured (the example corpus after switching it off) can
   * be removed the same way.
   */
  remove(name: string, confirm: string | undefined): Promise<Result<RemovalPreview, RegistryFailure>> {
    return this.serially(async () => {
      const file = await loadSources(this.options.sourcesFile);
      if (!file.ok) return fail({ code: 'unavailable', message: describeSourcesFileFailure(file.reason) });
      const preview = await this.preview(name);
      const leftOver =
        !this.isBuiltIn(name) && !this.isReserved(name) && !file.value.some((source) => source.name === name);
      if (!leftOver || preview.documents === 0) {
        const checked = this.changeable(name, file.value, { requireIdle: true });
        if (!checked.ok) return checked;
      }
      if (confirm !== name) {
        return fail({
          code: 'conflict',
          message: `Bron ${name} verwijderen haalt ${preview.documents} documenten en ${preview.chunks} tekststukken uit de kennisbank (de bestanden zelf blijven staan). Bevestig met confirm=${name}.`,
        });
      }
      const removed = await this.options.runner.exclusively(`bron ${name} wordt verwijderd`, async () => {
        // Documents first: a crash before the file is saved leaves the source, and its next sync restores them.
        await this.inEveryGeneration(async (store) => {
          const ids = (await store.listDocuments(name)).map((document) => document.id);
          if (ids.length > 0) await store.removeDocuments(ids);
        });
        await saveSources(
          this.options.sourcesFile,
          file.value.filter((source) => source.name !== name),
        );
      });
      if (!removed.ok) return removed;
      await this.options.onChange?.();
      return ok(preview);
    });
  }

  private isReserved(name: string): boolean {
    return this.options.reservedNames?.includes(name) ?? false;
  }

  private changeable(
    name: string,
    file: SourceConfig[],
    options: { requireIdle: boolean },
  ): Result<SourceConfig, RegistryFailure> {
    if (this.isReserved(name)) {
      return fail({
        code: 'conflict',
        message: `Bron ${name} wordt door een ander deel van Vraagbaak bijgehouden en kan hier niet worden gewijzigd of verwijderd.`,
      });
    }
    if (this.isBuiltIn(name)) {
      return fail({
        code: 'conflict',
        message: `Bron ${name} is ingebouwd (het voorbeeldcorpus) en kan hier niet worden gewijzigd of verwijderd.`,
      });
    }
    const source = file.find((candidate) => candidate.name === name);
    if (!source) return fail({ code: 'not_found', message: `Onbekende bron: ${name}.` });
    const busy = options.requireIdle ? this.options.runner.activeJobFor(name) : null;
    if (busy) {
      return fail({
        code: 'conflict',
        message: `Voor bron ${name} ${busy.status === 'running' ? 'loopt' : 'wacht'} een taak (${busy.id}); wijzig de bron als die klaar is.`,
      });
    }
    return ok(source);
  }

  /** The active tables and, when a rebuild is pending, its tables too, so the switch does not undo a change. */
  private async inEveryGeneration(change: (store: Store) => Promise<void>): Promise<void> {
    await change(this.options.store);
    if (await this.options.store.pendingRebuild())
      await change((await this.options.store.beginRebuild()).store);
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

const invalid = (problems: string[]): RegistryFailure => ({
  code: 'bad_request',
  message: `Ongeldige bron: ${problems.join('; ')}`,
});

const sameList = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().every((item, index) => item === [...b].sort()[index]);

/** Same folder, patterns and groups: only the schedule may differ. */
const sameContent = (a: SourceConfig, b: SourceConfig) =>
  a.root === b.root &&
  sameList(a.include, b.include) &&
  sameList(a.exclude, b.exclude) &&
  sameList(a.accessGroups, b.accessGroups);
