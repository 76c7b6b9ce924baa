import { negotiateErrorFormat } from '@jss/errors-server';
import { describe, expect, it } from 'vitest';

describe('negotiateErrorFormat', () => {
  it.each([
    [undefined, 'xml'],
    [null, 'xml'],
    ['', 'xml'],
    ['*/*', 'xml'],
    ['application/*', 'xml'],
    ['text/html', 'xml'], // nothing acceptable: still XML, never 406
    ['garbage;;;,', 'xml'],
    ['application/xml', 'xml'],
    ['text/xml', 'xml'],
    ['application/json', 'json'],
    ['APPLICATION/JSON', 'json'],
    ['application/problem+json', 'problem'],
    ['application/json, text/plain, */*', 'json'], // axios
    ['application/json, application/problem+json', 'problem'],
    ['application/xml, application/json', 'xml'],
    ['application/xml;q=0.5, application/json', 'json'],
    ['application/json;q=0.9, application/xml;q=0.8', 'json'],
    ['application/json; q=0.2, */*; q=0.1', 'json'],
    ['application/xml;q=0, */*', 'problem'], // XML refused; problem+json wins the tie
    ['application/xml;q=0, application/json', 'json'],
    ['application/json;q=0', 'xml'],
    ['application/json;q=2', 'xml'], // an invalid q drops the range
    ['application/json;Q=0.5, application/xml;q=0.4', 'json'],
    ['application/json;charset=utf-8', 'json'],
    [['application/json', 'application/problem+json'], 'problem'],
  ] as const)('%j → %s', (accept, format) => {
    expect(negotiateErrorFormat(accept)).toBe(format);
  });

  it('finds the one matching range in a long header', () => {
    const header = Array.from({ length: 1500 }, (_, i) => `type${i}/sub;q=0.${i % 10}`).join(', ');
    expect(negotiateErrorFormat(`${header}, application/json`)).toBe('json');
  });
});
