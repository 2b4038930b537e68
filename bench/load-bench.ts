/**
 * `npm run bench:load`: starts the real server (`server/main.ts`) on the sample corpus in a temporary data
 * folder, on loopback, without an embedding or chat model (lexical search, extractive answers), and drives it
 * with autocannon: `/api/search` and `/api/chat` at 10 and 50 concurrent clients, each for a bounded time.
 * The whole sequence runs twice, so memory can be compared across repeated runs. Prints requests/s, p50/p95/p99
 * latency, errors (connection errors, timeouts and non-2xx answers) and the server's resident memory before
 * and after each run, then checks the targets: no errors, no memory growth from the first sequence to the
 * last (the lowest RSS after a run, per sequence: RSS swings within a sequence, a leak raises its floor), chat
 * p95 under 300 ms at 10 clients.
 *
 * Options: --duration 10 (seconds per run)  --connections 10,50  --rounds 2  --endpoints search,chat
 *          --keep (keep the data folder)
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { freePort, startServer, type ServerProcess } from './support/server-process.ts';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10,50' },
    rounds: { type: 'string', default: '2' },
    endpoints: { type: 'string', default: 'search,chat' },
    keep: { type: 'boolean', default: false },
  },
});
const duration = Number(values.duration);
const connectionCounts = values.connections.split(',').map(Number);
const rounds = Number(values.rounds);
const targets = { chatP95Ms: 300, chatAtConnections: 10, growthMb: 32, growthShare: 0.1 };

const questions = [
  'Wat kost een bewonersvergunning?',
  'Hoe lang mag ik parkeren met een bezoekerspas?',
  'Waar kan ik een laadpaal aanvragen?',
  'Wanneer mag ik in de binnenstad laden en lossen?',
  'Hoe maak ik bezwaar tegen een verkeersbesluit?',
  'Mag ik mijn fiets bij het station parkeren?',
];

const endpoints = {
  search: questions.map((question) => ({
    method: 'GET' as const,
    path: `/api/search?q=${encodeURIComponent(question)}`,
  })),
  chat: questions.map((question) => ({
    method: 'POST' as const,
    path: '/api/chat',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ question }),
  })),
};
type Endpoint = keyof typeof endpoints;
const chosenEndpoints = values.endpoints
  .split(',')
  .filter((name): name is Endpoint => name === 'search' || name === 'chat');

interface Row {
  round: number;
  endpoint: Endpoint;
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  rssBefore: number;
  rssAfter: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;

/** One bounded autocannon run; latencies are taken per response, because autocannon reports no p95. */
async function load(server: ServerProcess, endpoint: Endpoint, connections: number) {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: server.url, connections, duration, timeout: 30, requests: endpoints[endpoint] },
      (error, finished) => (error ? reject(error as Error) : resolve(finished)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

function table(rows: Row[]): string {
  const header = [
    'ronde',
    'route',
    'clients',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'fouten',
    'RSS voor',
    'RSS na',
  ];
  const cells = rows.map((row) => [
    String(row.round),
    `/api/${row.endpoint}`,
    String(row.connections),
    row.requestsPerSecond.toFixed(0),
    row.p50.toFixed(0),
    row.p95.toFixed(0),
    row.p99.toFixed(0),
    String(row.errors),
    `${row.rssBefore.toFixed(0)} MB`,
    `${row.rssAfter.toFixed(0)} MB`,
  ]);
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...cells.map((row) => row[column]!.length)),
  );
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n');
}

async function main(): Promise<number> {
  const work = await mkdtemp(path.join(tmpdir(), 'vraagbaak-load-'));
  const dataDir = path.join(work, 'data');
  await cp(path.join('data', 'sample'), path.join(dataDir, 'sample'), { recursive: true });
  const environment: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('VRAAGBAAK_')),
  );
  const port = await freePort();
  console.log(`Server starten op 127.0.0.1:${port} (voorbeeldcorpus, geen embedding- of taalmodel) …`);
  const server = await startServer({
    port,
    env: {
      ...environment,
      VRAAGBAAK_DATA_DIR: dataDir,
      VRAAGBAAK_EMBEDDING_MODEL: 'none',
      VRAAGBAAK_SERVE_WEB: 'false',
      VRAAGBAAK_SCHEDULES: 'false',
      VRAAGBAAK_LOG_LEVEL: 'warn',
    },
  });
  const rows: Row[] = [];
  try {
    const startRss = await server.rssMb();
    console.log(
      `Server klaar (pid ${server.pid}, ${startRss.toFixed(0)} MB). ${rounds} rondes van ${duration} s per meting.\n`,
    );
    for (let round = 1; round <= rounds; round++) {
      for (const endpoint of chosenEndpoints) {
        for (const connections of connectionCounts) {
          const rssBefore = await server.rssMb();
          const measured = await load(server, endpoint, connections);
          const row = {
            round,
            endpoint,
            connections,
            ...measured,
            rssBefore,
            rssAfter: await server.rssMb(),
          };
          rows.push(row);
          console.log(
            `  ronde ${round} /api/${endpoint} × ${connections}: ${row.requestsPerSecond.toFixed(0)} req/s, ` +
              `p95 ${row.p95.toFixed(0)} ms, ${row.errors} fouten`,
          );
        }
      }
    }
  } finally {
    await server.stop();
    if (values.keep) console.log(`Gegevensmap bewaard: ${work}`);
    else await rm(work, { recursive: true, force: true });
  }

  console.log(`\n${table(rows)}\n`);
  const errors = rows.reduce((sum, row) => sum + row.errors, 0);
  const chatRows = rows.filter(
    (row) => row.endpoint === 'chat' && row.connections === targets.chatAtConnections,
  );
  const worstChatP95 = Math.max(...chatRows.map((row) => row.p95));
  // RSS swings by ~100 MB within a round as the allocator takes and returns memory; a leak raises the floor.
  const floor = (round: number) =>
    Math.min(...rows.filter((row) => row.round === round).map((row) => row.rssAfter));
  const first = floor(1);
  const last = floor(rounds);
  const growth = last - first;
  const allowedGrowth = Math.max(targets.growthMb, first * targets.growthShare);
  const checks = [
    { name: 'geen fouten', ok: errors === 0, detail: `${errors} fouten` },
    ...(chatRows.length === 0
      ? []
      : [
          {
            name: `chat p95 < ${targets.chatP95Ms} ms bij ${targets.chatAtConnections} clients`,
            ok: worstChatP95 < targets.chatP95Ms,
            detail: `hoogste p95 ${worstChatP95.toFixed(0)} ms`,
          },
        ]),
    {
      name: 'geen geheugengroei tussen rondes',
      ok: rounds < 2 || growth <= allowedGrowth,
      detail: `laagste RSS in ronde 1 ${first.toFixed(0)} MB, in ronde ${rounds} ${last.toFixed(0)} MB (${growth >= 0 ? '+' : ''}${growth.toFixed(0)} MB, toegestaan ${allowedGrowth.toFixed(0)} MB)`,
    },
  ];
  for (const check of checks) console.log(`${check.ok ? 'OK  ' : 'NIET'} ${check.name}: ${check.detail}`);
  return checks.every((check) => check.ok) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('Belastingtest mislukt:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
