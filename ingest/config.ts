import path from 'node:path';
import { z } from 'zod';

/** Reads "true"/"false"/"1"/"0"/"yes"/"no" the way an admin writes them in an .env file. */
const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'ja', 'nee'])
  .transform((value) => ['true', '1', 'yes', 'ja'].includes(value));

const positiveInteger = z.coerce.number().int().positive();

/** Ingest settings from the environment; parsed once at the entry point and passed down. */
export const ingestEnvironmentSchema = z.object({
  VRAAGBAAK_DATA_DIR: z.string().default('data'),
  /** The bundled example corpus; `npm start` keeps it ingested as source `voorbeeld`. */
  VRAAGBAAK_SAMPLE_DIR: z.string().default('data/sample'),
  /** LanceDB location: a folder (default data/index) or an object-store URI. */
  VRAAGBAAK_DB_URI: z.string().optional(),
  /** Hugging Face model id, or `none` for lexical search only. */
  VRAAGBAAK_EMBEDDING_MODEL: z.string().default('Xenova/multilingual-e5-small'),
  VRAAGBAAK_EMBEDDING_DTYPE: z.enum(['fp32', 'q8']).default('q8'),
  VRAAGBAAK_MODELS_DIR: z.string().optional(),
  /** Off by default: an air-gapped server must never reach out. Set to true to fetch the model once. */
  VRAAGBAAK_ALLOW_MODEL_DOWNLOAD: booleanFlag.default(false),
  /** Unset: 1 when an embedding model is loaded (embedding is then the bottleneck), else 2. */
  VRAAGBAAK_PARSE_WORKERS: positiveInteger.optional(),
  VRAAGBAAK_PARSE_TIMEOUT_MS: positiveInteger.default(60_000),
  VRAAGBAAK_PARSE_MEMORY_MB: positiveInteger.default(512),
  VRAAGBAAK_MAX_FILE_MB: positiveInteger.default(200),
  VRAAGBAAK_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface IngestConfig {
  dataDir: string;
  dbUri: string;
  sourcesFile: string;
  logFile: string;
  sampleDir: string;
  embedding: {
    /** null: lexical only, by choice. */
    model: string | null;
    dtype: 'fp32' | 'q8';
    modelsDir: string;
    allowDownload: boolean;
  };
  /** `workers: null` chooses by whether an embedding model is loaded (see `parseWorkers`). */
  parse: { workers: number | null; timeoutMs: number; maxMemoryMb: number; maxFileBytes: number };
  logLevel: z.infer<typeof ingestEnvironmentSchema>['VRAAGBAAK_LOG_LEVEL'];
}

export type ConfigResult = { ok: true; config: IngestConfig } | { ok: false; problems: string[] };

export function parseIngestConfig(
  environment: Record<string, string | undefined>,
  cwd: string,
): ConfigResult {
  const parsed = ingestEnvironmentSchema.safeParse(environment);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    };
  }
  const env = parsed.data;
  const dataDir = path.resolve(cwd, env.VRAAGBAAK_DATA_DIR);
  const model = env.VRAAGBAAK_EMBEDDING_MODEL.trim();
  return {
    ok: true,
    config: {
      dataDir,
      dbUri: env.VRAAGBAAK_DB_URI ?? path.join(dataDir, 'index'),
      sourcesFile: path.join(dataDir, 'sources.json'),
      logFile: path.join(dataDir, 'logs', 'ingest.log'),
      sampleDir: path.resolve(cwd, env.VRAAGBAAK_SAMPLE_DIR),
      embedding: {
        model: model === '' || model.toLowerCase() === 'none' ? null : model,
        dtype: env.VRAAGBAAK_EMBEDDING_DTYPE,
        modelsDir: path.resolve(cwd, env.VRAAGBAAK_MODELS_DIR ?? path.join(dataDir, 'models')),
        allowDownload: env.VRAAGBAAK_ALLOW_MODEL_DOWNLOAD,
      },
      parse: {
        workers: env.VRAAGBAAK_PARSE_WORKERS ?? null,
        timeoutMs: env.VRAAGBAAK_PARSE_TIMEOUT_MS,
        maxMemoryMb: env.VRAAGBAAK_PARSE_MEMORY_MB,
        maxFileBytes: env.VRAAGBAAK_MAX_FILE_MB * 1024 * 1024,
      },
      logLevel: env.VRAAGBAAK_LOG_LEVEL,
    },
  };
}
