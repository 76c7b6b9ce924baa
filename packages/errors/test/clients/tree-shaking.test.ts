import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';

const here = fileURLToPath(new URL('.', import.meta.url));

async function bundle(source: string): Promise<string> {
  const result = await esbuild.build({
    stdin: { contents: source, resolveDir: here, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Strings only the adapters contain. */
const ADAPTER_MARKERS = ['jssErrorsMiddleware', 'Retryable HTTP status', 'x-amz-retry-after', 'ERROR_IN_200'];

describe('subpath adapters stay out of the root entry', () => {
  it('import * from @jss/errors bundles no adapter code', async () => {
    const root = await bundle("import * as errors from '@jss/errors'; console.log(errors);");
    expect(root).toContain('NoSuchBucket');
    for (const marker of ADAPTER_MARKERS) expect(root).not.toContain(marker);
  });

  it('each adapter bundles without any client package installed in the bundle', async () => {
    for (const entry of ['aws-sdk', 'minio', 'fetch']) {
      const code = await bundle(`import * as adapter from '@jss/errors/${entry}'; console.log(adapter);`);
      expect(code, entry).not.toMatch(/from\s*["'](@aws-sdk|@smithy|minio)/);
      expect(code, entry).not.toMatch(/node_modules\/(@aws-sdk|@smithy|minio)\//);
    }
  });
});
