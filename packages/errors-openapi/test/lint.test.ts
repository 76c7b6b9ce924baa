import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bin, documentPath, ONE_PER_VERSION, packageDir, run } from './helpers.js';

interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { pointer: string }[];
}

/**
 * @redocly/cli with its recommended rules (redocly.yaml turns off two rules that cannot apply to a
 * components library; see README). What remains is Redocly's known false positive on XML string
 * examples (Redocly/redocly-cli#1276): exactly every XML example, and nothing else.
 */
describe('redocly lint, recommended rules', () => {
  for (const name of ONE_PER_VERSION) {
    it(name, () => {
      const file = documentPath(name);
      const out = run(
        bin('redocly'),
        [
          'lint',
          file,
          '--config',
          'redocly.yaml',
          '--format',
          'json',
          '--max-problems',
          '10000',
          '--lint-config',
          'off',
        ],
        packageDir,
      );
      const { problems } = JSON.parse(out.stdout) as { problems: LintProblem[] };
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      const others = problems.filter(
        (p) =>
          !(
            p.ruleId === 'no-invalid-media-type-examples' &&
            /^#\/components\/examples\/[^/]+\.xml\/value$/.test(p.location[0]!.pointer)
          ),
      );
      expect(others).toEqual([]);
      const flagged = new Set(problems.map((p) => p.location[0]!.pointer));
      const text = readFileSync(file, 'utf8');
      const doc = (name.endsWith('.json') ? JSON.parse(text) : parse(text)) as { components: { examples: object } };
      const xmlExamples = Object.keys(doc.components.examples).filter((k) => k.endsWith('.xml'));
      expect([...flagged].sort()).toEqual(xmlExamples.map((k) => `#/components/examples/${k}/value`).sort());
    });
  }
});
