// examples/embed: the Go example server's page shows its three briefs under
// its own CSP, with the widget served pre-compressed.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { checkDist, launch, rendered, repoRoot } from './harness.mjs';

let server, browser, origin, bin;

async function freePort() {
  const s = createServer();
  await new Promise((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address();
  await new Promise((resolve) => s.close(resolve));
  return port;
}

before(async () => {
  checkDist();
  const addr = `127.0.0.1:${await freePort()}`;
  origin = `http://${addr}`;
  // Built, not go run, so that killing the process stops the server itself.
  bin = mkdtempSync(join(tmpdir(), 'nb-embed-'));
  execFileSync('go', ['build', '-o', join(bin, 'embed'), './examples/embed'], { cwd: repoRoot, stdio: 'inherit' });
  server = spawn(join(bin, 'embed'), ['-addr', addr], { cwd: repoRoot, stdio: ['ignore', 'inherit', 'pipe'] });
  await new Promise((resolve, reject) => {
    server.stderr.on('data', (d) => (String(d).includes('serving') ? resolve() : process.stderr.write(d)));
    server.on('exit', (code) => reject(new Error(`examples/embed exited: ${code}`)));
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.kill();
  if (bin) rmSync(bin, { recursive: true, force: true });
});

test('examples/embed shows three briefs: SSR, src= and article=', async () => {
  const context = await browser.newContext();
  const p = await context.newPage();
  const encodings = {};
  p.on('response', async (r) => {
    if (r.url().endsWith('.wasm')) encodings[r.url().split('/').pop()] = (await r.allHeaders())['content-encoding'];
  });
  const resp = await p.goto(origin + '/');
  assert.equal(resp.headers()['content-security-policy'], "script-src 'self' 'wasm-unsafe-eval'");
  await rendered(p);
  const headlines = await p.$$eval('news-brief', (els) => els.map((el) => el.shadowRoot.querySelector('[data-nb="headline"]')?.textContent));
  assert.deepEqual(headlines, [
    'Harbour Bridge Reopens After Eight Months of Repairs',
    'Hospital Group Adopts Four-Day Week for Nurses',
    'City library to open seven days a week from March',
  ]);
  assert.deepEqual(encodings, { 'newsbrief-render.wasm': 'br', 'newsbrief.wasm': 'br' });
  await context.close();
});

test('examples/embed does not scroll sideways at 390 or 320 px', async () => {
  for (const width of [390, 320]) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const p = await context.newPage();
    await p.goto(origin + '/');
    await rendered(p);
    const [scroll, client] = await p.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(scroll <= client, `${width} px: scrollWidth ${scroll} > ${client}`);
    await context.close();
  }
});
