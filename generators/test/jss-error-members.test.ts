import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jssErrorMembers, jssErrorSource } from '../src/model/jss-error-members.js';
import { tempRoot } from './helpers.js';

/** A copy of packages/errors/src whose JssError gains `extra` in its class body. */
function classWith(extra: string): string {
  const dir = tempRoot();
  cpSync(dirname(jssErrorSource), dir, { recursive: true });
  const file = join(dir, 'jss-error.ts');
  const text = readFileSync(file, 'utf8');
  const body = 'extends Error {\n';
  expect(text).toContain(body);
  writeFileSync(file, text.replace(body, `${body}${extra}\n`));
  return file;
}

describe("the names a placeholder may not take are JssError's members", () => {
  it('a getter added to the class is reserved, though no list names it', () => {
    expect(jssErrorMembers().reserved.has('region')).toBe(false);
    const members = jssErrorMembers(classWith('get region(): string { return "x"; }'));
    expect(members.reserved.has('region')).toBe(true);
  });

  it('a field the constructor assigns is reserved too', () => {
    const file = classWith('declare readonly zone: string;');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('this.name = spec.name;', 'this.name = spec.name;\n    this.zone = "z";'),
    );
    expect(jssErrorMembers(file).reserved.has('zone')).toBe(true);
  });

  it('the base fields a placeholder may name are those the class declares', () => {
    const file = classWith('');
    writeFileSync(file, readFileSync(file, 'utf8').replace('requestId: true })', 'requestId: true, hostId: true })'));
    const members = jssErrorMembers(file);
    expect([...members.baseFields].sort()).toEqual(['hostId', 'requestId', 'resource']);
    expect(members.reserved.has('hostId')).toBe(false);
  });
});
