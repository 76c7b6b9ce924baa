import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMockCommand } from '@jss/errors-testing/cli';
import { afterAll, afterEach, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/jss-errors-mock.mjs', import.meta.url));
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});
const folders: string[] = [];
afterAll(() => Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))));

/** A folder for one test's rules file, removed when the file's tests end. */
async function tempFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'jss-mock-'));
  folders.push(dir);
  return dir;
}

/** Spawns the bin; resolves with the URL it prints. */
async function start(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  child.stdout!.setEncoding('utf8');
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: string) => {
      out += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
  });
  return { child, url };
}

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c) => (stdout += c));
  child.stderr!.on('data', (c) => (stderr += c));
  const [code] = await once(child, 'exit');
  return { code: code as number, stdout, stderr };
}

describe('jss-errors-mock', () => {
  it('serves with --rules and --bucket, prints its URL, exits 0 on SIGTERM', async () => {
    const dir = await tempFolder();
    const rules = join(dir, 'rules.json');
    await writeFile(
      rules,
      JSON.stringify([{ operation: 'PutObject', call: { nth: 2 }, answer: { code: 'SlowDown', retryAfter: 3 } }]),
    );
    const { child, url } = await start(['--port', '0', '--rules', rules, '--bucket', 'photos']);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const put = () => fetch(`${url}/photos/k`, { method: 'PUT', body: 'v' });
    expect((await put()).status).toBe(200);
    const throttled = await put();
    expect(throttled.status).toBe(400);
    expect(throttled.headers.get('retry-after')).toBe('3');
    expect(await throttled.text()).toContain('<Code>SlowDown</Code>');
    expect(await (await fetch(`${url}/photos/k`)).text()).toBe('v');
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });

  it('--help prints usage and exits 0', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--rules <file>');
  });

  it('a code the catalog does not know is refused with exit 2, naming the rule', async () => {
    const dir = await tempFolder();
    const rules = join(dir, 'rules.json');
    await writeFile(rules, JSON.stringify([{ answer: { code: 'NoSuchKye' } }]));
    const { code, stderr } = await run(['--rules', rules]);
    expect(code).toBe(2);
    expect(stderr).toContain('rules[0].answer.code: "NoSuchKye" is not a JSS error code');
  });

  it('an unknown option or a bad port: exit 2', async () => {
    expect((await run(['--nope'])).code).toBe(2);
    expect((await run(['--port', 'http'])).code).toBe(2);
  });
});

describe('hostile arguments and files', () => {
  /** Runs the command in-process; resolves to its exit code and what it wrote to stderr. */
  const runHere = async (args: string[]) => {
    let stderr = '';
    const code = await runMockCommand(args, {
      stdout: { write: () => true },
      stderr: { write: (t: string) => (stderr += t) },
      stopped: Promise.resolve(),
    });
    return { code, stderr };
  };
  const ESC = '\u001b';

  it('terminal escapes in an option name or a rules field are shown escaped, never sent raw', async () => {
    const option = await runHere([`--${ESC}]0;PWNED\u0007`]);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('\\u{1b}]0;PWNED\\u{7}');
    expect(option.stderr).not.toContain(ESC);
    const dir = await tempFolder();
    const rules = join(dir, 'rules.json');
    await writeFile(rules, JSON.stringify([{ [`${ESC}[2J`]: 1, answer: {} }]));
    const field = await runHere(['--rules', rules]);
    expect(field.code).toBe(2);
    expect(field.stderr).toContain('rules[0].\\u{1b}[2J: unknown field');
    expect(field.stderr).not.toContain(ESC);
  });

  it('a host it cannot listen on is a usage error (exit 2), not a crash', async () => {
    const { code, stderr } = await runHere(['--host', 'no-such-host.invalid']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^cannot listen: /);
  });
});

describe('runMockCommand (what `jss-errors mock` calls)', () => {
  it('runs until its stop signal, then resolves 0', async () => {
    let out = '';
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const done = runMockCommand(['--host', '127.0.0.1'], {
      stdout: { write: (t: string) => (out += t) },
      stderr: { write: () => true },
      stopped,
    });
    await expect.poll(() => out).toMatch(/listening on http/);
    const url = /(http:\/\/\S+)/.exec(out)![1]!;
    expect((await fetch(`${url}/`)).status).toBe(200);
    stop();
    expect(await done).toBe(0);
    await expect(fetch(`${url}/`)).rejects.toThrow();
  });
});
