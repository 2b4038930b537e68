/**
 * A stand-in for the Hugging Face Hub on localhost: serves one model folder at `/<org>/<name>/resolve/<rev>/<file>`
 * and records every request, so tests can prove a download happened, or that none did.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface ModelServer {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

export async function startModelServer(modelDir: string): Promise<ModelServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    const match = /^\/[^/]+\/[^/]+\/resolve\/[^/]+\/(.+)$/.exec(request.url ?? '');
    const file = match ? path.join(modelDir, decodeURIComponent(match[1] as string)) : undefined;
    if (!file || !file.startsWith(modelDir + path.sep)) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (data) => response.writeHead(200, { 'content-length': data.length }).end(data),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
