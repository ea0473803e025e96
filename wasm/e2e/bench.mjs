// bench.mjs measures the <news-brief> widget in headless Chromium, all in one
// run: sizes of both wasm files, first paint of the seed brief rendered four
// ways, and the main thread's long tasks while a brief is built from HTML.
//
//	go run ./wasm/build && node wasm/e2e/bench.mjs [runs]
//
// Every page load is in a fresh browser context (empty cache), on 127.0.0.1,
// with the pre-compressed files served as the browser accepts them. First
// paint is the page's first-contentful-paint: the pages show nothing but the
// brief, so that is when the brief is painted.
import { readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { checkDist, distDir, fixture, launch, serve, ssr } from './harness.mjs';

const runs = Number(process.argv[2] ?? 10);
checkDist();

// Sizes.
function compressedSize(file, ext, compress) {
  try {
    return statSync(file + ext).size; // written by go run ./wasm/build
  } catch {
    return compress(readFileSync(file)).length;
  }
}
const sizes = {};
console.log('\nsizes (bytes)');
console.log('| file | raw | gzip -9 | brotli -q 11 |\n|---|--:|--:|--:|');
for (const name of ['newsbrief-render.wasm', 'newsbrief.wasm', 'wasm_exec.js', 'news-brief.js', 'news-brief-worker.js']) {
  const file = join(distDir, name);
  const raw = statSync(file).size;
  const gz = compressedSize(file, '.gz', (d) => gzipSync(d, { level: 9 }));
  const br = compressedSize(file, '.br', (d) => brotliCompressSync(d, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  sizes[name] = { raw, gz, br };
  console.log(`| ${name} | ${raw.toLocaleString('en')} | ${gz.toLocaleString('en')} | ${br.toLocaleString('en')} |`);
}

// Pages.
const seed = fixture('seed.json');
const html = (head, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bench</title>
${head}
</head><body>
${body}
</body></html>
`;
const module = '<script type="module" src="/dist/news-brief.js"></script>';
const variants = [
  ['plain-JS element (reference)', '/plain', html('<script type="module" src="/fixtures/plain-element.js"></script>', '<plain-brief src="/fixtures/seed.json"></plain-brief>')],
  ['SSR (brief.AsElement)', '/ssr', html(module, ssr(seed, 'light'))],
  ['src= (render wasm)', '/src', html(module, '<news-brief src="/fixtures/seed.json" theme="light"></news-brief>')],
  ['inline JSON (render wasm)', '/inline', html(module, `<news-brief theme="light"><script type="application/json">${seed}</script></news-brief>`)],
  ['article= (worker, full wasm)', '/article', html(module, '<news-brief article="/fixtures/article.html" theme="light"></news-brief>')],
];
const server = await serve({ pages: Object.fromEntries(variants.map(([, path, page]) => [path, page])), cache: true });
const loadBefore = loadavg();
const browser = await launch();
const browserVersion = browser.version();

// Recorded in every page from its start: long tasks, when a brief was
// rendered, and when the build worker first replied.
function observe() {
  window.__long = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__long.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('nb-render', () => { window.__rendered ??= performance.now(); }, true);
  const W = window.Worker;
  window.Worker = class extends W {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', () => { window.__reply ??= performance.now(); });
    }
  };
}

async function measure(p, path) {
  await p.goto(server.origin + path);
  await p.waitForFunction(() => {
    const el = document.querySelector('news-brief, plain-brief');
    return el.shadowRoot?.querySelector('.nb-brief') && (el.localName === 'plain-brief' || el.shadowRoot.querySelector('.nb-toggle'));
  }, null, { timeout: 60000 });
  await p.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length, null, { timeout: 10000 });
  await p.waitForTimeout(50); // let the last long-task entries arrive
  return p.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
    rendered: window.__rendered,
    reply: window.__reply,
    long: window.__long,
  }));
}

// load measures a first visit (fresh context: empty HTTP and code caches),
// then a second visit in the same context.
async function load(path) {
  const context = await browser.newContext();
  await context.addInitScript(observe);
  const cold = await measure(await context.newPage(), path);
  const warm = await measure(await context.newPage(), path);
  await context.close();
  return { cold, warm };
}

const samples = Object.fromEntries(variants.map(([name]) => [name, []]));
await load('/plain'); // warm up the browser process, not measured
for (let i = 0; i < runs; i++) {
  for (const [name, path] of variants) samples[name].push(await load(path));
}

// Time of one render call: Go wasm render vs the plain-JS DOM building.
async function renderCall() {
  const context = await browser.newContext();
  const p = await context.newPage();
  await p.goto(server.origin + '/src');
  await p.waitForFunction(() => typeof globalThis.newsbrief?.render === 'function');
  const t = await p.evaluate(async (json) => {
    const { render } = await import('/fixtures/plain-element.js');
    const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
    const time = (f) => median(Array.from({ length: 31 }, () => {
      const t0 = performance.now();
      f();
      return performance.now() - t0;
    }));
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    let html;
    return {
      go: time(() => { html = globalThis.newsbrief.render(json, { style: true }); }),
      insert: time(() => { root.innerHTML = html; }),
      plain: time(() => render(root, JSON.parse(json))),
    };
  }, seed);
  await context.close();
  return t;
}
const call = await renderCall();
await browser.close();
await server.close();

const median = (xs) => {
  const s = xs.filter((x) => x !== undefined).sort((a, b) => a - b);
  return s.length ? s[s.length >> 1] : NaN;
};
const ms = (x) => (Number.isFinite(x) ? `${Math.round(x)}` : '–');
const longest = (tasks) => Math.max(0, ...tasks.map(([, d]) => d));
console.log(`\nChromium ${browserVersion}, ${cpus().length} CPUs, load average before the run ${loadBefore.map((x) => x.toFixed(2)).join(' ')}`);
console.log(`timings in headless Chromium, ${runs} loads of each page, interleaved; ms after navigation start, median (min–max)`);
console.log('first visit: fresh profile, empty caches; second visit: same profile (HTTP cache, V8 code cache)');
console.log('| page | first paint, first visit | brief rendered | longest main-thread task | first paint, second visit |\n|---|--:|--:|--:|--:|');
const summary = {};
for (const [name] of variants) {
  const cold = samples[name].map((x) => x.cold);
  const fcp = cold.map((x) => x.fcp);
  const warm = samples[name].map((x) => x.warm.fcp);
  const long = cold.map((x) => longest(x.long));
  summary[name] = { fcp: median(fcp) };
  console.log(`| ${name} | ${ms(median(fcp))} (${ms(Math.min(...fcp))}–${ms(Math.max(...fcp))}) | ${ms(median(cold.map((x) => x.rendered)))} | ${ms(median(long))} (${ms(Math.min(...long))}–${ms(Math.max(...long))}) | ${ms(median(warm))} (${ms(Math.min(...warm))}–${ms(Math.max(...warm))}) |`);
}
console.log('(longest task 0 = no task over 50 ms; the Long Tasks API reports only those)');

// Building from HTML: tasks before the worker's reply ran while it built;
// the rest is handling the reply and painting the brief.
const builds = samples['article= (worker, full wasm)'].map((x) => x.cold);
const during = builds.map((x) => longest(x.long.filter(([start]) => start < x.reply)));
const after = builds.map((x) => longest(x.long.filter(([start]) => start >= x.reply)));
summary.build = { during: Math.max(...during), after: Math.max(...after) };
console.log(`\narticle=: worker replied after ${ms(median(builds.map((x) => x.reply)))} ms (median); longest main-thread task while the worker built: ${ms(summary.build.during)} ms (max of ${runs}); ` +
  `longest task from its reply to the brief painted (DOM insert, style, layout, paint): ${ms(median(after))} ms median, ${ms(summary.build.after)} ms max`);
console.log(`one render call of the seed brief, median of 31: Go wasm render ${call.go.toFixed(2)} ms (+ innerHTML ${call.insert.toFixed(2)} ms), plain-JS DOM building ${call.plain.toFixed(2)} ms`);

const plain = summary['plain-JS element (reference)'].fcp;
const kb = (n) => `${(n / 1000).toFixed(0)} KB`;
const targets = [
  ['SSR first paint ≤ plain-JS first paint', summary['SSR (brief.AsElement)'].fcp <= plain, `${ms(summary['SSR (brief.AsElement)'].fcp)} vs ${ms(plain)} ms`],
  ['src= first paint ≤ 2× plain-JS', summary['src= (render wasm)'].fcp <= 2 * plain, `${ms(summary['src= (render wasm)'].fcp)} vs ${ms(2 * plain)} ms`],
  ['render wasm ≤ 570 KB brotli', sizes['newsbrief-render.wasm'].br <= 570_000, kb(sizes['newsbrief-render.wasm'].br)],
  ['full wasm ≤ 1.9 MB brotli', sizes['newsbrief.wasm'].br <= 1_900_000, kb(sizes['newsbrief.wasm'].br)],
  ['no main-thread task > 50 ms while building', summary.build.during <= 50,
    `${summary.build.during ? `longest ${ms(summary.build.during)} ms` : 'none'} while the worker built; painting the result: up to ${ms(summary.build.after)} ms`],
];
console.log('\ntargets');
for (const [what, ok, detail] of targets) console.log(`${ok ? 'met    ' : 'NOT met'}  ${what}: ${detail}`);
