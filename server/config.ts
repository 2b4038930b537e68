import path from 'node:path';
import { z } from 'zod';
import { parseIngestConfig, type IngestConfig } from '../ingest/config.ts';

const list = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean),
);

const milliseconds = z.coerce.number().int().positive();

/** One OpenAI-compatible chat endpoint: vLLM, Ollama, an on-premise GPT-NL, Mistral's API. */
export const chatModelConfigSchema = z.object({
  name: z.string().min(1),
  baseUrl: z.url(),
  model: z.string().min(1),
  apiKey: z.string().default('not-needed'),
  /** No first token within this time: give up and fall back to the sources. */
  firstTokenTimeoutMs: milliseconds.default(20_000),
  /** No new token for this long mid-answer: the stream has stalled. */
  stallTimeoutMs: milliseconds.default(15_000),
  totalTimeoutMs: milliseconds.default(120_000),
  maxTokens: z.coerce.number().int().positive().default(800),
  temperature: z.coerce.number().min(0).max(2).default(0.1),
});

export type ChatModelConfig = z.infer<typeof chatModelConfigSchema>;

const serverEnvironmentSchema = z.object({
  VRAAGBAAK_HOST: z.string().default('127.0.0.1'),
  VRAAGBAAK_PORT: z.coerce.number().int().min(1).max(65_535).default(8787),
  /** JSON list of chat models; see README. Empty: extractive answers only. */
  VRAAGBAAK_CHAT_MODELS: z.string().optional(),
  /** The short form for one model. */
  VRAAGBAAK_CHAT_BASE_URL: z.string().optional(),
  VRAAGBAAK_CHAT_MODEL: z.string().optional(),
  VRAAGBAAK_CHAT_API_KEY: z.string().optional(),
  VRAAGBAAK_CHAT_DEFAULT: z.string().optional(),
  /** Until sign-in lands, every request acts as this configured user; the access checks are real. */
  VRAAGBAAK_DEV_USER: z.string().min(1).default('ontwikkelaar'),
  VRAAGBAAK_DEV_GROUPS: list.default(['medewerkers']),
  VRAAGBAAK_DEV_ROLES: list.default(['medewerker', 'expert', 'beheerder']),
  /** Key for pseudonymous user ids in answer records; generated into data/ when not set. */
  VRAAGBAAK_PSEUDONYM_KEY: z.string().min(16).optional(),
  VRAAGBAAK_TOP_K: z.coerce.number().int().min(1).max(50).default(8),
  VRAAGBAAK_SERVE_WEB: z.enum(['true', 'false']).default('true'),
  VRAAGBAAK_INGEST_SAMPLE: z.enum(['true', 'false']).default('true'),
  /** SQLite file of the knowledge notes, their revisions, reviews and knowledge gaps; default `<data>/notes.sqlite`. */
  VRAAGBAAK_NOTES_DB: z.string().min(1).optional(),
  /** Answer records and feedback (SQLite); default <data>/answers.sqlite. */
  VRAAGBAAK_ANSWERS_DB: z.string().min(1).optional(),
  /** `false` turns off every source's sync schedule (jobs can still be started by hand). */
  VRAAGBAAK_SCHEDULES: z.enum(['true', 'false']).default('true'),
  /** Time zone the schedules' cron expressions are read in. */
  VRAAGBAAK_SCHEDULE_TIMEZONE: z
    .string()
    .refine(isTimeZone, 'geen bekende tijdzone (bijvoorbeeld Europe/Amsterdam)')
    .default('Europe/Amsterdam'),
});

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('nl-NL', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export interface ServerConfig {
  ingest: IngestConfig;
  host: string;
  port: number;
  chatModels: ChatModelConfig[];
  defaultChatModel: string | null;
  devUser: { id: string; groups: string[]; roles: string[] };
  pseudonymKey: string | undefined;
  topK: number;
  serveWeb: boolean;
  ingestSampleOnStart: boolean;
  notesDatabase: string;
  answersDatabase: string;
  schedules: { enabled: boolean; timezone: string };
}

export type ServerConfigResult = { ok: true; config: ServerConfig } | { ok: false; problems: string[] };

/** Parses every setting once; a bad value stops start-up with a list of all problems, not just the first. */
export function parseServerConfig(
  environment: Record<string, string | undefined>,
  cwd: string,
): ServerConfigResult {
  const problems: string[] = [];
  const ingest = parseIngestConfig(environment, cwd);
  if (!ingest.ok) problems.push(...ingest.problems);
  const parsed = serverEnvironmentSchema.safeParse(environment);
  if (!parsed.success)
    problems.push(...parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  const chatModels = parsed.success ? parseChatModels(parsed.data, problems) : [];
  if (!ingest.ok || !parsed.success || problems.length > 0) return { ok: false, problems };
  const env = parsed.data;
  const defaultChatModel = env.VRAAGBAAK_CHAT_DEFAULT ?? chatModels[0]?.name ?? null;
  if (defaultChatModel !== null && !chatModels.some((model) => model.name === defaultChatModel)) {
    return { ok: false, problems: [`VRAAGBAAK_CHAT_DEFAULT: geen model met de naam ${defaultChatModel}`] };
  }
  return {
    ok: true,
    config: {
      ingest: ingest.config,
      host: env.VRAAGBAAK_HOST,
      port: env.VRAAGBAAK_PORT,
      chatModels,
      defaultChatModel,
      devUser: {
        id: env.VRAAGBAAK_DEV_USER,
        groups: env.VRAAGBAAK_DEV_GROUPS,
        roles: env.VRAAGBAAK_DEV_ROLES,
      },
      pseudonymKey: env.VRAAGBAAK_PSEUDONYM_KEY,
      topK: env.VRAAGBAAK_TOP_K,
      serveWeb: env.VRAAGBAAK_SERVE_WEB === 'true',
      ingestSampleOnStart: env.VRAAGBAAK_INGEST_SAMPLE === 'true',
      notesDatabase: path.resolve(
        cwd,
        env.VRAAGBAAK_NOTES_DB ?? path.join(ingest.config.dataDir, 'notes.sqlite'),
      ),
      answersDatabase: path.resolve(
        cwd,
        env.VRAAGBAAK_ANSWERS_DB ?? path.join(ingest.config.dataDir, 'answers.sqlite'),
      ),
      schedules: {
        enabled: env.VRAAGBAAK_SCHEDULES === 'true',
        timezone: env.VRAAGBAAK_SCHEDULE_TIMEZONE,
      },
    },
  };
}

function parseChatModels(
  env: z.infer<typeof serverEnvironmentSchema>,
  problems: string[],
): ChatModelConfig[] {
  const models: ChatModelConfig[] = [];
  if (env.VRAAGBAAK_CHAT_MODELS) {
    let json: unknown;
    try {
      json = JSON.parse(env.VRAAGBAAK_CHAT_MODELS);
    } catch {
      problems.push('VRAAGBAAK_CHAT_MODELS: geen geldige JSON');
    }
    const parsed = z.array(chatModelConfigSchema).safeParse(json);
    if (json !== undefined && !parsed.success) {
      problems.push(
        ...parsed.error.issues.map(
          (issue) => `VRAAGBAAK_CHAT_MODELS.${issue.path.join('.')}: ${issue.message}`,
        ),
      );
    }
    if (parsed.success) models.push(...parsed.data);
  }
  if (env.VRAAGBAAK_CHAT_BASE_URL || env.VRAAGBAAK_CHAT_MODEL) {
    const parsed = chatModelConfigSchema.safeParse({
      name: env.VRAAGBAAK_CHAT_MODEL ?? 'standaard',
      baseUrl: env.VRAAGBAAK_CHAT_BASE_URL,
      model: env.VRAAGBAAK_CHAT_MODEL,
      apiKey: env.VRAAGBAAK_CHAT_API_KEY,
    });
    if (parsed.success) models.push(parsed.data);
    else
      problems.push(
        ...parsed.error.issues.map(
          (issue) => `VRAAGBAAK_CHAT_${issue.path.join('.').toUpperCase()}: ${issue.message}`,
        ),
      );
  }
  const names = new Set<string>();
  for (const model of models) {
    if (names.has(model.name)) problems.push(`chatmodel ${model.name} staat er twee keer in`);
    names.add(model.name);
  }
  return models;
}
