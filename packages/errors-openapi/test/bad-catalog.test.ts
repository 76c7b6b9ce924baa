import { describe, expect, it } from 'vitest';
import { generateInto, listFiles, positionOf, readFixture } from './helpers.js';

const small = readFixture('small-catalog.yaml');

/** Replaces exactly one occurrence, so a fixture edit that stops matching fails loudly. */
function edit(from: string, to: string): string {
  const count = small.split(from).length - 1;
  if (count !== 1) throw new Error(`expected one ${JSON.stringify(from)} in the fixture, found ${count}`);
  return small.replace(from, to);
}

const cases = [
  {
    name: 'a code named like the response of its status',
    yaml: edit('  - code: NoSuchBucket', '  - code: Status404'),
    at: 'Status404',
    message:
      'code "Status404" derives the OpenAPI response name "Status404", already derived by HTTP status 404 at line 25',
  },
  {
    name: 'a code named like the bodiless response of another status',
    yaml: edit('  - code: NoSuchBucket', '  - code: Status409NoBody'),
    at: 'Status409NoBody',
    message:
      'code "Status409NoBody" derives the OpenAPI response name "Status409NoBody", already derived by HTTP status 409 at line 69',
  },
  {
    name: 'a variant id with a character OpenAPI does not allow in a name',
    yaml: edit('      - id: acl', '      - id: acl list'),
    at: 'acl list',
    message:
      'variant "acl list" of BucketNotEmpty derives the OpenAPI component name "BucketNotEmpty_acl list", but names may use only A-Z a-z 0-9 . - _',
  },
];

describe('a catalog that would produce a bad OpenAPI component name', () => {
  it.each(cases)('$name: refused at its location, nothing written', ({ yaml, at, message }) => {
    const { root, result } = generateInto(yaml);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')).toContain(`catalog/errors.yaml:${positionOf(yaml, at)}: ${message}`);
    expect(result.stderr).toContain('Nothing was written.');
    expect(listFiles(root)).toEqual([]);
  });

  it('the unedited fixture generates, so each refusal is the edit', () => {
    const { root, result } = generateInto(small);
    expect(result.status).toBe(0);
    expect(listFiles(root)).toContain('packages/errors-openapi/openapi/openapi.yaml');
  });
});
