// Publishes every @jss package to a local registry through the project's release flow (changesets
// version + publish, on a staged copy of the built packages), then, in fresh projects, installs
// realistic subsets with plain npm and runs each one's first example. Needs the packages built.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { runServer } from 'verdaccio';

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'node_modules/.bin');
const scratch = mkdtempSync(join(tmpdir(), 'jss-registry-'));
/** Third-party packages the subsets install next to ours, pinned as the workspace pins them. */
const EXPRESS = '5.3.0';

let server;
let registry;
let published;

async function sh(command, args, cwd, env = {}) {
  const started = Date.now();
  try {
    return await run(command, args, {
      cwd,
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, npm_config_registry: registry, ...env },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 5 * 60_000,
    }).finally(() => process.stdout.write(`# ${command} ${args.join(' ')}: ${Date.now() - started} ms\n`));
  } catch (error) {
    error.message += ` (after ${Date.now() - started} ms)\n--- stdout\n${error.stdout}\n--- stderr\n${error.stderr}`;
    throw error;
  }
}

/** A fresh npm project that reads only the local registry (which proxies the public one). */
function project(name) {
  const dir = join(scratch, 'projects', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
  writeFileSync(join(dir, '.npmrc'), `registry=${registry}\n`);
  return dir;
}

before(async () => {
  const storage = join(scratch, 'storage');
  mkdirSync(storage);
  const app = await runServer({
    storage,
    self_path: storage,
    uplinks: { npmjs: { url: 'https://registry.npmjs.org/', timeout: '60s' } },
    packages: {
      '@jss/*': { access: '$all', publish: '$authenticated' },
      '**': { access: '$all', proxy: 'npmjs' },
    },
    auth: { htpasswd: { file: join(storage, 'htpasswd'), max_users: 10 } },
    log: { type: 'stdout', format: 'pretty', level: 'error' },
  });
  server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  registry = `http://127.0.0.1:${server.address().port}/`;
  const user = await fetch(`${registry}-/user/org.couchdb.user:ci`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'ci', password: 'ci-password-1' }),
  });
  assert.equal(user.status, 201, await user.clone().text());
  const { token } = await user.json();

  // The release flow runs on a staged copy: `changeset version` rewrites versions and changelogs.
  const stage = join(scratch, 'stage');
  for (const file of ['package.json', 'pnpm-workspace.yaml', 'pnpm-lock.yaml', '.changeset']) {
    cpSync(join(root, file), join(stage, file), { recursive: true });
  }
  // The private workspace members take part in the flow only through their package.json (a folder
  // of tests/ without one, like s3-conformance, is not a member).
  const members = ['generators', ...readdirSync(join(root, 'tests')).map((name) => `tests/${name}`)];
  for (const member of members.filter((folder) => existsSync(join(root, folder, 'package.json')))) {
    mkdirSync(join(stage, member), { recursive: true });
    cpSync(join(root, member, 'package.json'), join(stage, member, 'package.json'));
  }
  for (const name of readdirSync(join(root, 'packages'))) {
    cpSync(join(root, 'packages', name), join(stage, 'packages', name), {
      recursive: true,
      filter: (source) => !/[\\/](node_modules|\.turbo)$/.test(source),
    });
  }
  const host = registry.replace(/^http:/, '');
  writeFileSync(join(stage, '.npmrc'), `registry=${registry}\n${host}:_authToken=${token}\n`);
  const git = {
    GIT_AUTHOR_NAME: 'ci',
    GIT_AUTHOR_EMAIL: 'ci@localhost',
    GIT_COMMITTER_NAME: 'ci',
    GIT_COMMITTER_EMAIL: 'ci@localhost',
  };
  await sh('git', ['init', '-q', '-b', 'main'], stage);
  await sh('git', ['add', '-A'], stage);
  await sh('git', ['commit', '-qm', 'stage'], stage, git);
  // pnpm publish turns `workspace:*` into versions from the installed workspace: link it, offline.
  await sh('pnpm', ['install', '--frozen-lockfile', '--offline', '--ignore-scripts'], stage);
  await sh('changeset', ['version'], stage);
  await sh('git', ['commit', '-qam', 'version'], stage, git);
  const { stdout, stderr } = await sh('changeset', ['publish'], stage);
  process.stdout.write(`${stdout}${stderr}`.replace(/^/gm, '  publish | '));
  published = Object.fromEntries(
    readdirSync(join(stage, 'packages')).map((name) => {
      const pkg = JSON.parse(readFileSync(join(stage, 'packages', name, 'package.json'), 'utf8'));
      return [pkg.name, pkg.version];
    }),
  );
});

after(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve());
  rmSync(scratch, { recursive: true, force: true });
});

test('every package is on the registry at the version changesets gave it', async () => {
  for (const [name, version] of Object.entries(published)) {
    const info = await (await fetch(`${registry}${name.replace('/', '%2f')}`)).json();
    assert.ok(info.versions?.[version], `${name}@${version} published`);
  }
});

test('@jss/errors with @jss/errors-i18n installs alone and explains an error', async () => {
  const dir = project('app');
  await sh('npm', ['install', '--no-audit', '--no-fund', '@jss/errors', '@jss/errors-i18n'], dir);
  const installed = readdirSync(join(dir, 'node_modules/@jss')).sort();
  assert.deepEqual(installed, ['error-codes', 'errors', 'errors-i18n'], 'no test kit, CLI or server comes along');
  writeFileSync(
    join(dir, 'index.js'),
    `import { NoSuchBucketError, isJssError, parseJssErrorResponse } from '@jss/errors';
import { formatJssError, registerJssMessages } from '@jss/errors-i18n';
import { jssMessageBundles } from '@jss/errors-i18n/all';
registerJssMessages(...jssMessageBundles);
const thrown = new NoSuchBucketError({ bucket: 'photos', resource: '/photos', requestId: 'R1' });
const parsed = parseJssErrorResponse({
  status: 404,
  headers: { 'x-amz-request-id': 'R2' },
  body: '<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>',
});
console.log(JSON.stringify({
  thrown: [thrown.code, thrown.httpStatus, formatJssError(thrown, { locale: 'zh-CN' })],
  parsed: [isJssError(parsed, 'NoSuchKey'), parsed.requestId],
}));
`,
  );
  const out = JSON.parse((await sh('node', ['index.js'], dir)).stdout);
  assert.deepEqual(out.thrown.slice(0, 2), ['NoSuchBucket', 404]);
  assert.match(out.thrown[2], /photos/);
  assert.deepEqual(out.parsed, [true, 'R2']);
});

test('@jss/errors-server alone with Express answers as JSS does', async () => {
  const dir = project('server');
  await sh('npm', ['install', '--no-audit', '--no-fund', '@jss/errors-server', `express@${EXPRESS}`], dir);
  writeFileSync(
    join(dir, 'index.js'),
    `import express from 'express';
import { jssErrorHandler, jssNotFoundHandler } from '@jss/errors-server/express';
const app = express();
app.use(jssNotFoundHandler());
app.use(jssErrorHandler());
const server = app.listen(0, '127.0.0.1', async () => {
  const res = await fetch(\`http://127.0.0.1:\${server.address().port}/photos/cat.jpg\`);
  console.log(JSON.stringify({ status: res.status, body: await res.text() }));
  server.close();
});
`,
  );
  const out = JSON.parse((await sh('node', ['index.js'], dir)).stdout);
  assert.ok(out.status >= 400, `an error status, got ${out.status}`);
  assert.match(out.body, /<Error>.*<Code>\w+<\/Code>/s);
  assert.ok(!readdirSync(join(dir, 'node_modules/@jss')).includes('errors-testing'));
});

test('@jss/errors-testing as a dev dependency answers a missing key', async () => {
  const dir = project('tests');
  await sh('npm', ['install', '--no-audit', '--no-fund', '--save-dev', '@jss/errors-testing'], dir);
  writeFileSync(
    join(dir, 'index.js'),
    `import { startJssMock } from '@jss/errors-testing';
const mock = await startJssMock({ buckets: ['photos'] });
const res = await fetch(\`\${mock.url}/photos/missing.jpg\`);
console.log(JSON.stringify({ status: res.status, body: await res.text() }));
await mock.close();
`,
  );
  const out = JSON.parse((await sh('node', ['index.js'], dir)).stdout);
  assert.equal(out.status, 404);
  assert.match(out.body, /<Code>NoSuchKey<\/Code>/);
});

test('the CLI runs through npx', async () => {
  const dir = project('npx');
  // npx reuses a package it installed before under the same name and version, even from another
  // registry: a cache of this run's own, as a user's first `npx` has, so an earlier run's is not run.
  const env = { npm_config_cache: join(scratch, 'npx-cache') };
  const { stdout } = await sh(
    'npx',
    ['--yes', '-p', '@jss/errors-cli', 'jss-errors', 'explain', 'NoSuchBucket'],
    dir,
    env,
  );
  assert.match(stdout, /^NoSuchBucket\n/);
  assert.match(stdout, /404/);
  // The fields the code carries come from this run's @jss/error-codes (a stale one has none).
  assert.match(stdout, /BucketName/);
});
