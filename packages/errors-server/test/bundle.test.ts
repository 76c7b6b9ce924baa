import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const packageDir = new URL('..', import.meta.url).pathname;

/** Bundles a snippet that imports this package, as an app's bundler would. */
async function bundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: packageDir, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe('what an app bundles', () => {
  it('keeps the one class it answers with and drops the other codes', async () => {
    const code = await bundle(
      `import { NoSuchKeyError } from '@jss/errors'; import { toErrorResponse } from '@jss/errors-server';
       console.log(toErrorResponse(new NoSuchKeyError()));`,
    );
    expect(code).toContain('The specified key does not exist.');
    expect(code).not.toContain('Please reduce your request rate.');
    expect(code).not.toContain('SlowDownError');
    expect(code).not.toContain('upload success but callback failed.');
  });

  it.each(['node', 'fetch', 'express', 'fastify', 'koa', 'hono'])(
    '/%s pulls in no framework and no Node built-in',
    async (adapter) => {
      // platform "neutral" fails the build on any `node:` or framework import that is not external.
      const code = await bundle(`export * from '@jss/errors-server/${adapter}';`);
      expect(code).not.toMatch(/from ["'](node:|express|fastify|koa|hono)/);
    },
  );
});
