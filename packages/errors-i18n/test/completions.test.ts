import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jssErrorCodes } from '@jss/error-codes';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const probe = join(root, 'test/completion-probe.ts');
const calls = ["formatJssError('", "createJssError('", "isJssError(error, '"];
const source = `import { formatJssError } from '@jss/errors-i18n';
import { createJssError, isJssError } from '@jss/errors';
declare const error: unknown;
${calls.map((call) => `${call}');`).join('\n')}
`;

/** The TypeScript language service, as an editor runs it, on a file that is not on disk. */
function languageService(): ts.LanguageService {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  )!;
  const read = (file: string) => (file === probe ? source : ts.sys.readFile(file));
  return ts.createLanguageService({
    getScriptFileNames: () => [probe],
    getScriptVersion: () => '1',
    getScriptSnapshot: (file) => {
      const text = read(file);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => root,
    getCompilationSettings: () => config.options,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: (file) => file === probe || ts.sys.fileExists(file),
    readFile: read,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  });
}

describe('editors complete the codes', () => {
  // One service for all calls: the first completion loads the program, later ones reuse it.
  const service = languageService();
  it.each(calls)('%s offers every catalog code', (call) => {
    const completions = service.getCompletionsAtPosition(probe, source.indexOf(call) + call.length, {});
    const names = new Set(completions?.entries.map((entry) => entry.name));
    expect([...jssErrorCodes].filter((code) => !names.has(code))).toEqual([]);
  });
});
