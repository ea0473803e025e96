// Shared by the browser tests and bench.mjs: a static server on 127.0.0.1,
// headless Chromium through playwright-core, test pages and server-side
// rendering through Go's brief.AsElement.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const e2eDir = fileURLToPath(new URL('.', import.meta.url));
export const repoRoot = join(e2eDir, '..', '..');
export const distDir = join(repoRoot, 'wasm', 'dist');
export const fixturesDir = join(e2eDir, 'fixtures');

export const CSP = "script-src 'self' 'wasm-unsafe-eval'";

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
};

export function checkDist() {
  for (const f of ['newsbrief-render.wasm', 'newsbrief.wasm', 'wasm_exec.js', 'news-brief.js', 'news-brief-worker.js']) {
    if (!existsSync(join(distDir, f))) throw new Error(`wasm/dist/${f} is missing: run \`go run ./wasm/build\` first`);
  }
}

// serve serves /dist/ from wasm/dist (the pre-compressed .br or .gz copy
// when the browser accepts it), /fixtures/ from wasm/e2e/fixtures, and pages, a map
// of path to HTML. With csp, every response carries that policy; with
// cache, files (not pages) may be cached for an hour, else nothing is cached.
// dirs maps more path prefixes ('/x/') to directories.
export async function serve({ pages = {}, csp = '', cache = false, dirs = {} } = {}) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const headers = { 'cache-control': cache && !(path in pages) ? 'max-age=3600' : 'no-store' };
    if (csp) headers['content-security-policy'] = csp;
    if (path in pages) {
      res.writeHead(200, { ...headers, 'content-type': types['.html'] }).end(pages[path]);
      return;
    }
    let file;
    for (const [prefix, dir] of [['/dist/', distDir], ['/fixtures/', fixturesDir], ...Object.entries(dirs)]) {
      if (path.startsWith(prefix)) file = normalize(join(dir, path.slice(prefix.length)));
      if (file && !file.startsWith(dir + sep)) file = undefined;
      if (file) break;
    }
    if (!file || !existsSync(file)) {
      res.writeHead(404, headers).end('not found');
      return;
    }
    headers['content-type'] = types[extname(file)] ?? 'application/octet-stream';
    const accept = req.headers['accept-encoding'] ?? '';
    for (const [enc, ext] of [['br', '.br'], ['gzip', '.gz']]) {
      if (new RegExp(`\\b${enc}\\b`).test(accept) && existsSync(file + ext)) {
        headers['content-encoding'] = enc;
        headers.vary = 'accept-encoding';
        file += ext;
        break;
      }
    }
    res.writeHead(200, headers).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, pages, close: () => new Promise((resolve) => server.close(resolve)) };
}

export const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

// launch starts headless Chromium; playwright-core gives it a fresh
// user-data-dir, and every browser.newContext() is a fresh profile with an
// empty cache.
export function launch() {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

// page returns a test page: the element script in <head> and body in <main>.
export function page(body, { title = 'news-brief test', head = '' } = {}) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<script type="module" src="/dist/news-brief.js"></script>
${head}
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

// ssr renders a brief as a <news-brief> element with a declarative shadow
// root, by Go's brief.WriteHTML(…, brief.AsElement(theme)).
export function ssr(briefText, theme = 'auto') {
  return execFileSync('go', ['run', './wasm/e2e/ssr', '-theme', theme], {
    cwd: repoRoot,
    input: briefText,
    encoding: 'utf8',
  });
}

export const fixture = (name) => readFileSync(join(fixturesDir, name), 'utf8');

// rendered waits until the element has a brief in its shadow root and
// returns the element handle.
export async function rendered(p, selector = 'news-brief') {
  await p.waitForFunction(
    (sel) => [...document.querySelectorAll(sel)].every((el) => el.shadowRoot?.querySelector('.nb-toggle, [part~="error"]') && !el.hasAttribute('aria-busy')),
    selector,
    { timeout: 30000 },
  );
}
