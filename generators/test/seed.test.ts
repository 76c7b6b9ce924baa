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
  readonly status: number;
  readonly seed: { row: number; remark: string | null };
}

const catalog = parse(readFileSync(join(repoRoot, 'catalog/errors.yaml'), 'utf8')) as {
  errors: {
    code: string;
    httpStatus: number;
    message: string;
    seed: CatalogRow['seed'];
    variants?: { id: string; message: string; seed: CatalogRow['seed'] }[];
  }[];
};
const catalogRows: CatalogRow[] = catalog.errors.flatMap((e) => [
  { code: e.code, message: e.message, status: e.httpStatus, seed: e.seed },
  ...(e.variants ?? []).map((v) => ({
    code: e.code,
    variant: v.id,
    message: v.message,
    status: e.httpStatus,
    seed: v.seed,
  })),
]);
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
  it('57 rows, 55 codes, on both sides', () => {
    expect(seedRows).toHaveLength(57);
    expect(new Set(seedRows.map((r) => r.code)).size).toBe(55);
    expect(catalogRows).toHaveLength(57);
    expect(catalog.errors).toHaveLength(55);
    expect(catalogRows.map((r) => r.seed.row).sort((a, b) => a - b)).toEqual(seedRows.map((r) => r.row));
  });

  it.each(seedRows)('row $row: $code', (seed) => {
    const row = catalogRows.find((r) => r.seed.row === seed.row);
    expect(row, `no catalog entry records seed row ${seed.row}`).toBeDefined();
    expect(row!.code).toBe(seed.code);
    expect(row!.status).toBe(seed.status);
    // Only whitespace lost at PDF line wraps may differ; every other character is the vendor's.
    expect(squash(row!.message)).toBe(squash(seed.message));
    expect(row!.seed.remark).toBe(seed.remark);
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
