import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

interface SeedRow {
  readonly row: number;
  readonly code: string;
  readonly message: string;
  readonly status: number;
  readonly remark: string | null;
}

interface CatalogRow {
  readonly code: string;
  readonly variant?: string;
  readonly message: string;
  readonly statuses: readonly number[];
  readonly seed?: { row: number; remark: string | null };
}

type Sources = { seed?: { row: number; remark: string | null } };

const catalog = parse(readFileSync(join(repoRoot, 'catalog/errors.yaml'), 'utf8')) as {
  errors: {
    code: string;
    httpStatus: number;
    statuses?: number[];
    message: string;
    aliases?: string[];
    sources: Sources;
    variants?: { id: string; message: string; sources: Sources }[];
  }[];
};
const statusesOf = (e: (typeof catalog.errors)[number]) => [e.httpStatus, ...(e.statuses ?? [])];
const catalogRows: CatalogRow[] = catalog.errors.flatMap((e) => [
  { code: e.code, message: e.message, statuses: statusesOf(e), seed: e.sources.seed },
  ...(e.variants ?? []).map((v) => ({
    code: e.code,
    variant: v.id,
    message: v.message,
    statuses: statusesOf(e),
    seed: v.sources.seed,
  })),
]);
const seeded = catalogRows.filter((r) => r.seed !== undefined);
const codes = catalog.errors.map((e) => e.code);

/**
 * Reads the table extracted from the PDF: paragraphs of code (glued to the previous row's
 * remark), message (one or more paragraphs), status. Codes are recognised as the longest
 * catalog code that ends a paragraph; a row whose code is missing from the catalog leaves
 * text unaccounted for and fails below.
 */
function parseSeed(text: string): SeedRow[] {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const start = paragraphs.findIndex((p) => p.startsWith('备注'));
  const rows: SeedRow[] = [];
  let head: string | undefined = paragraphs[start]!.slice('备注'.length);
  let i = start + 1;
  while (head !== undefined) {
    const current: string = head;
    const code = codes.filter((c) => current.endsWith(c)).sort((a, b) => b.length - a.length)[0];
    if (!code) throw new Error(`seed paragraph ${JSON.stringify(current)} ends with no catalog code`);
    if (rows.length > 0)
      rows[rows.length - 1] = { ...rows.at(-1)!, remark: current.slice(0, -code.length).trim() || null };
    const message: string[] = [];
    while (!/^\d{3}/.test(paragraphs[i]!)) message.push(paragraphs[i++]!);
    // The status is its own paragraph, or glued to the next row's code ("400MissingContentLength").
    const statusCell = paragraphs[i++]!;
    rows.push({
      row: rows.length + 1,
      code,
      message: message.join(' '),
      status: Number(statusCell.slice(0, 3)),
      remark: null,
    });
    head = statusCell.length > 3 ? statusCell.slice(3) : paragraphs[i++];
  }
  return rows;
}

const squash = (s: string) => s.replace(/\s+/g, '');
const seedRows = parseSeed(readFileSync(join(repoRoot, 'catalog/seed/jss-error-responses.txt'), 'utf8'));

describe('the catalog holds every row of the seed table', () => {
  it('each seed row is recorded by exactly one catalog entry or variant', () => {
    expect(seeded.map((r) => r.seed!.row).sort((a, b) => a - b)).toEqual(seedRows.map((r) => r.row));
  });

  it.each(seedRows)('row $row: $code', (seed) => {
    const row = seeded.find((r) => r.seed!.row === seed.row);
    expect(row, `no catalog entry records seed row ${seed.row}`).toBeDefined();
    expect(row!.code).toBe(seed.code);
    expect(row!.statuses).toContain(seed.status);
    // Only whitespace lost at PDF line wraps may differ; every other character is the vendor's.
    expect(squash(row!.message)).toBe(squash(seed.message));
    expect(row!.seed!.remark).toBe(seed.remark);
  });

  it('restores the spaces lost at line wraps', () => {
    const messages = catalogRows.map((r) => r.message).join('\n');
    for (const damaged of ['JSSaccount', 'preventsthe', 'notavailable', 'andtryagain', 'theContent-Length']) {
      expect(messages).not.toContain(damaged);
    }
  });

  it('keeps the vendor wording as it is on the wire', () => {
    const messages = catalogRows.map((r) => r.message);
    expect(messages).toContain("The bucket you tried to delete has some muti uploads didn't delete.");
    expect(messages).toContain('Part number must less than 10000.');
    expect(messages).toContain('InvalidArgument');
    expect(messages.some((m) => m.includes('order.Parts'))).toBe(true);
    expect(messages.some((m) => m.includes("doesn't exist,please"))).toBe(true);
  });
});

/** The second source: JD Cloud's S3-compatible error page, one table row per line. */
const pageRows = readFileSync(join(repoRoot, 'catalog/seed/jss-s3-compatible-errors.md'), 'utf8')
  .split('\n')
  .filter((line) => /^\| [A-Za-z]+ \| \d{3} \|/.test(line))
  .map((line, i) => {
    const [code, status] = line
      .split('|')
      .slice(1, 3)
      .map((cell) => cell.trim());
    return { row: i + 1, code: code!, status: Number(status) };
  });

describe('the catalog knows every row of the S3-compatible error page', () => {
  const byName = new Map<string, (typeof catalog.errors)[number]>();
  for (const e of catalog.errors) for (const name of [e.code, ...(e.aliases ?? [])]) byName.set(name.toLowerCase(), e);

  it('the page was read (its table is not empty)', () => {
    expect(pageRows.length).toBeGreaterThan(0);
  });

  it.each(pageRows)('row $row: $code $status', ({ code, status }) => {
    // Codes are matched as the parser matches them: case-insensitively and through aliases.
    const entry = byName.get(code.toLowerCase());
    expect(entry, `${code} is neither a catalog code nor an alias`).toBeDefined();
    expect(statusesOf(entry!)).toContain(status);
  });
});
