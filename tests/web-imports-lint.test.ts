/** The layering rule is enforced by ESLint, not by a comment: web code may import from the server only the contract. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/paths.ts';

const eslint = new ESLint({ cwd: repoRoot });

async function restrictedImports(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('web code imports from the server only the contract', () => {
  it('refuses a server module, even for types only', async () => {
    const web = 'web/src/chat/probe.ts';
    expect(
      await restrictedImports(
        "import { loadRuntime } from '../../../server/runtime.ts';\nvoid loadRuntime;\n",
        web,
      ),
    ).toEqual([expect.stringContaining('server/contract/index.ts')]);
    expect(
      await restrictedImports(
        "import type { SourcesEvent } from '../../../server/contract/chat.ts';\nexport type X = SourcesEvent;\n",
        web,
      ),
    ).toHaveLength(1);
  });

  it("allows the contract's public entry, and server code importing its own modules", async () => {
    expect(
      await restrictedImports(
        "import type { SourcesEvent } from '../../../server/contract/index.ts';\nexport type X = SourcesEvent;\n",
        'web/src/chat/probe.ts',
      ),
    ).toEqual([]);
    expect(
      await restrictedImports(
        "import { loadRuntime } from '../server/runtime.ts';\nvoid loadRuntime;\n",
        'server/probe.ts',
      ),
    ).toEqual([]);
  });
});
