import type { Emitter } from '../output/generated-file.js';
import { catalogSchemaEmitter } from './catalog-schema.js';
import { cliEmitter } from './cli.js';
import { docsEmitter } from './docs.js';
import { errorCodesEmitter } from './error-codes.js';
import { errorsEmitter } from './errors.js';
import { i18nEmitter } from './i18n.js';
import { openApiEmitter } from './openapi.js';
import { siteEmitter } from './site/index.js';

/** Every target, in the order their files are listed. One emitter per package (plus docs). */
export const emitters: readonly Emitter[] = [
  siteEmitter,
  errorCodesEmitter,
  errorsEmitter,
  docsEmitter,
  openApiEmitter,
  i18nEmitter,
  catalogSchemaEmitter,
  cliEmitter,
];
