// `generate` compares probe reports (jss-errors probe --out) with the catalog, with the CLI's own
// comparison, and checks what `sources.observed` cites: the file, the case, its code and message.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogError, formatDiagnostic } from '../src/catalog/diagnostic.js';
import { generate } from '../src/generate.js';
import { generatorDir, listFiles, positionOf, readTiny, rootWithCatalog } from './helpers.js';

const observedFixture = join(generatorDir, 'test', 'fixtures', 'observed');
const report = readFileSync(join(observedFixture, 'tiny.json'), 'utf8');

/** Tiny with ServiceUnavailable's message cited from `case` of `file`, and the fixture's reports beside it. */
function citing(file = 'tiny.json', id = 'service-busy', reportText = report) {
  const yaml = readTiny()
    .replace(
      '    message: Service is busy.\n    messageSource: page\n',
      '    message: Service is busy.\n    messageSource: observed\n',
    )
    .replace(
      '    aws: null # none\n    sources: {}\n',
      `    aws: null # none\n    sources:\n      observed: { file: ${file}, case: ${id} }\n`,
    );
  expect(yaml).toContain(`case: ${id} }`);
  const { root, catalog } = rootWithCatalog(yaml);
  cpSync(observedFixture, join(root, 'catalog', 'observations'), { recursive: true });
  writeFileSync(join(root, 'catalog', 'observations', 'tiny.json'), reportText);
  return { root, catalog, yaml };
}

function failure(root: string, catalog: string): string[] {
  const before = listFiles(root);
  try {
    generate({ catalog, out: root });
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogError);
    expect(listFiles(root)).toEqual(before);
    return (error as CatalogError).diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
  }
  throw new Error('generate accepted the catalog');
}

describe('messageSource: observed', () => {
  it('a citation of a case that carried the code and the message is accepted, with no warning', () => {
    const { root, catalog } = citing();
    expect(generate({ catalog, out: root, strict: true }).warnings).toEqual([]);
  });

  it('needs a citation', () => {
    const yaml = readTiny().replace('    messageSource: page\n', '    messageSource: observed\n');
    const { root, catalog } = rootWithCatalog(yaml);
    expect(failure(root, catalog)).toEqual([
      `catalog/errors.yaml:${positionOf(yaml, 'observed\n')}: messageSource of "ServiceUnavailable" is observed, but its sources cite no observation`,
    ]);
  });

  it('refuses a file, a case, a code or a message the reports do not hold', () => {
    const missingFile = citing('gone.json');
    expect(failure(missingFile.root, missingFile.catalog)).toEqual([
      `catalog/errors.yaml:${positionOf(missingFile.yaml, 'gone.json')}: gone.json is not in catalog/observations/`,
    ]);
    const missingCase = citing('tiny.json', 'nope');
    expect(failure(missingCase.root, missingCase.catalog)).toEqual([
      `catalog/errors.yaml:${positionOf(missingCase.yaml, 'nope }')}: tiny.json has no case "nope"`,
    ]);
    const otherMessage = citing('tiny.json', 'service-busy', report.replaceAll('Service is busy.', 'Busy.'));
    expect(failure(otherMessage.root, otherMessage.catalog)).toEqual([
      `catalog/errors.yaml:${positionOf(otherMessage.yaml, 'service-busy }')}: case "service-busy" of tiny.json carried the message "Busy.", not "Service is busy."`,
    ]);
    const otherCode = citing(
      'tiny.json',
      'service-busy',
      report.replace('"code": "ServiceUnavailable"', '"code": "SlowDown"'),
    );
    expect(failure(otherCode.root, otherCode.catalog)).toEqual([
      `catalog/errors.yaml:${positionOf(otherCode.yaml, 'service-busy }')}: case "service-busy" of tiny.json answered SlowDown, not ServiceUnavailable`,
    ]);
  });
});

describe('every report in catalog/observations is compared with the catalog', () => {
  it('each difference is a warning at its case in the report; --strict makes it an error', () => {
    const changed = report.replace('"status": 503', '"status": 500');
    const { root, catalog } = citing('tiny.json', 'service-busy', changed);
    const warnings = generate({ catalog, out: root, check: true }).warnings.map(formatDiagnostic);
    expect(warnings).toEqual([
      `catalog/observations/tiny.json:${positionOf(changed, '"case": "service-busy"')}: warning: service-busy differs from the catalog (status): ServiceUnavailable came with 500; the catalog has 503`,
    ]);
    expect(() => generate({ catalog, out: root, check: true, strict: true })).toThrow(CatalogError);
  });

  it('a file that is not a probe report is an error naming it', () => {
    const { root, catalog } = citing();
    writeFileSync(join(root, 'catalog', 'observations', 'notes.json'), '{"hello": 1}');
    expect(failure(root, catalog)).toEqual(['catalog/observations/notes.json:1:1: not a probe report']);
  });
});
