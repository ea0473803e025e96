// The npm package go run ./wasm/build writes (wasm/dist/npm): npm pack
// makes a tarball that installs into a fresh project, and a page served
// from the installed files by a plain static server renders a brief.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { checkDist, distDir, launch, rendered, serve } from './harness.mjs';

let tmp, installed, tarball, server, browser;

before(async () => {
  checkDist();
  tmp = mkdtempSync(join(tmpdir(), 'nb-npm-'));
  const packed = execFileSync('npm', ['pack', '--json', '--pack-destination', tmp, join(distDir, 'npm')], { encoding: 'utf8' });
  const [{ filename, files }] = JSON.parse(packed);
  tarball = { filename, files: files.map((f) => f.path).sort() };
  const project = join(tmp, 'site');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'site', private: true }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', join(tmp, filename)], { cwd: project, stdio: 'inherit' });
  installed = join(project, 'node_modules', '@newsbrief', 'widget');
  server = await serve({
    dirs: { '/widget/': installed },
    pages: {
      '/': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>npm</title>
<script type="module" src="/widget/news-brief.js"></script></head>
<body><main><news-brief src="/fixtures/seed.json"></news-brief></main></body></html>`,
    },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test('npm pack holds the ES module, the wasm files, the worker, the types and the README', () => {
  assert.deepEqual(tarball.files, ['README.md', 'news-brief-worker.js', 'news-brief.d.ts', 'news-brief.js',
    'newsbrief-render.wasm', 'newsbrief.wasm', 'package.json', 'wasm_exec.js']);
  const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  assert.equal(pkg.name, '@newsbrief/widget');
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.exports['.'].default, './news-brief.js');
  assert.equal(pkg.exports['.'].types, './news-brief.d.ts');
  assert.ok(readdirSync(installed).includes('newsbrief-render.wasm'));
});

test('the installed package renders a brief in a page served by a static server', async () => {
  const context = await browser.newContext();
  const p = await context.newPage();
  const requests = [];
  p.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await p.goto(server.origin + '/');
  await rendered(p);
  const headline = await p.$eval('news-brief', (el) => el.shadowRoot.querySelector('[data-nb="headline"]')?.textContent);
  assert.equal(headline, 'Harbour City Opens Its First Flood Barrier Ahead of Storm Season');
  assert.ok(requests.includes('/widget/newsbrief-render.wasm'), 'the wasm comes from the installed package');
  await p.locator('news-brief .nb-cite-button').first().click();
  assert.equal(await p.locator('news-brief .nb-popover:not([hidden]) q').count(), 1);
  await context.close();
});
