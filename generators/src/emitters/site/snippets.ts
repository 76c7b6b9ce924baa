import type { ErrorModel } from '../../model/types.js';

/**
 * How to catch the code with @jss/errors, as TypeScript text (the template escapes it). Codes and
 * class names are checked identifiers in the model; field names are its placeholders.
 */
export function catchSnippet(error: ErrorModel): string {
  const fields = error.fieldParams.map((p) => `  e.${p.name}; // ${p.tsType}`);
  return [
    `import { isJssError, ${error.className} } from '@jss/errors';`,
    '',
    'try {',
    '  await send(); // any client with its adapter: @jss/errors/aws-sdk, /minio, /fetch',
    '} catch (e) {',
    `  if (e instanceof ${error.className}) {`,
    `    e.code; // '${error.code}'`,
    ...fields.map((f) => `  ${f}`),
    '  }',
    `  if (isJssError(e, '${error.code}')) e.retryable; // ${String(error.retryable)}`,
    '}',
  ].join('\n');
}
