import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transformSync } from 'esbuild';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateInto, readFixture, tempDir } from './helpers.js';

/**
 * Catalog text is untrusted: markup, entities, CDATA ends, YAML indicators, comment ends, control
 * characters and line separators must come out as the same text in every document, never as syntax.
 */
const HOSTILE =
  `It's a "test" \\ with */ and \${x} and </Message><Code>Evil</Code> & &amp; ]]> <![CDATA[ x ]]> ` +
  `# not: a comment --- - [a, b] {c: d} *alias &anchor !tag |\r\nCR LF \u0001 ctl \u2028 sep \`tick\` 中文`;
/** XML 1.0 cannot carry U+0001 at all, so the XML example carries U+FFFD in its place. */
const HOSTILE_IN_XML = HOSTILE.replace('\u0001', '\uFFFD');

const small = readFixture('small-catalog.yaml');
const yaml = small.replace('message: Please reduce your request rate.', `message: ${JSON.stringify(HOSTILE)}`);

describe('hostile catalog text', () => {
  const { root, result } = generateInto(yaml);
  const dir = join(root, 'packages/errors-openapi');
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');

  it('generates', () => {
    expect(yaml).not.toBe(small);
    expect(result.status).toBe(0);
  });

  for (const [yamlFile, jsonFile, module, name] of [
    ['openapi/openapi.yaml', 'openapi/openapi.json', 'src/generated/openapi-3.1.ts', 'openapi31'],
    ['openapi/openapi-3.0.yaml', 'openapi/openapi-3.0.json', 'src/generated/openapi-3.0.ts', 'openapi30'],
  ] as const) {
    it(`${yamlFile}, ${jsonFile} and ${module} keep the text exactly`, async () => {
      const fromJson = JSON.parse(read(jsonFile)) as {
        components: {
          responses: Record<string, Record<string, unknown>>;
          examples: Record<string, { value: unknown }>;
        };
      };
      expect(fromJson.components.responses.SlowDown!['x-jss-message']).toBe(HOSTILE);
      expect(fromJson.components.examples['SlowDown.json']!.value).toMatchObject({ Message: HOSTILE });
      expect(parse(read(yamlFile))).toEqual(fromJson);

      // The TypeScript modules evaluate to the same data: no string or comment ended early.
      const jsDir = tempDir('jss-openapi-js-');
      writeFileSync(join(jsDir, 'package.json'), '{"type":"module"}');
      for (const file of [module, 'src/generated/components.ts']) {
        writeFileSync(
          join(jsDir, basename(file).replace(/\.ts$/, '.js')),
          transformSync(read(file), { loader: 'ts', format: 'esm' }).code,
        );
      }
      const evaluated = (await import(
        pathToFileURL(join(jsDir, basename(module).replace(/\.ts$/, '.js'))).href
      )) as Record<string, unknown>;
      expect(evaluated[name]).toEqual(fromJson);
    });
  }

  it('the XML example is well-formed and says the text, not markup', () => {
    const example = (
      JSON.parse(read('openapi/openapi.json')) as { components: { examples: Record<string, { value: string }> } }
    ).components.examples['SlowDown.xml']!.value;
    expect(XMLValidator.validate(example)).toBe(true);
    const parsed = new XMLParser({ parseTagValue: false, trimValues: false, htmlEntities: true }).parse(example) as {
      Error: Record<string, string>;
    };
    expect(parsed.Error.Message).toBe(HOSTILE_IN_XML);
    expect(parsed.Error.Code).toBe('SlowDown');
  });
});
