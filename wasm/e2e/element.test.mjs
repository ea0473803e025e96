// The <news-brief> element in headless Chromium: rendering from src= and
// inline JSON, server-side rendering, the sections filter, keyboard use, the
// worker build from an article, errors. Run: node --test wasm/e2e/
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { checkDist, fixture, launch, page, rendered, serve, ssr } from './harness.mjs';

const seed = fixture('seed.json');
const allSections = ['keyInsights', 'whyItMatters', 'summary', 'group', 'risks', 'opportunities', 'unknowns', 'whatsNext', 'figures',
  'quotes', 'entities', 'extra', 'coverage', 'original', 'sources'];
const storyHTML = fixture('article.html').match(/<article>[\s\S]*<\/article>/)[0].replace('<article>', '<article id="story">');

let server, browser;

before(async () => {
  checkDist();
  server = await serve({
    pages: {
      '/src': page('<news-brief src="/fixtures/seed.json" theme="light"></news-brief>'),
      '/inline': page(`<news-brief theme="dark"><script type="application/json">${seed}</script></news-brief>`),
      '/ssr': page(ssr(seed, 'light')),
      '/sections': page('<news-brief src="/fixtures/seed.json" sections="keyInsights, risks"></news-brief>'),
      '/article': page('<news-brief article="/fixtures/article.html"></news-brief>'),
      '/selector': page(`${storyHTML}\n<news-brief article="#story"></news-brief>`, { title: 'Valley rail line to reopen after two-year rebuild' }),
      '/missing': page('<news-brief src="/fixtures/missing.json"></news-brief>'),
      '/bad-article': page('<news-brief article="/short"></news-brief>'),
      '/short': page('<p>Too short to be an article.</p>'),
    },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path, options = {}) {
  const context = await browser.newContext(options);
  const p = await context.newPage();
  const requests = [];
  p.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await p.goto(server.origin + path);
  return { p, context, requests };
}

// shape describes what the element shows.
const shape = (p) => p.$eval('news-brief', (el) => {
  const root = el.shadowRoot;
  return {
    headline: root.querySelector('[data-nb="headline"]')?.textContent,
    sections: [...root.querySelectorAll('section[data-nb]')].map((s) => s.dataset.nb),
    visible: [...root.querySelectorAll('section[data-nb]')].filter((s) => s.checkVisibility()).map((s) => s.dataset.nb),
    toggles: root.querySelectorAll('button.nb-toggle[aria-expanded="true"]').length,
    links: [...root.querySelectorAll('a')].map((a) => [a.protocol, a.rel]),
    lang: root.querySelector('.nb-brief')?.lang,
    text: root.querySelector('.nb-brief')?.textContent,
  };
});

test('the seed brief renders from src= with all sections', async (t) => {
  const { p, context } = await open('/src');
  await rendered(p);
  const s = await shape(p);
  assert.equal(s.headline, 'Harbour City Opens Its First Flood Barrier Ahead of Storm Season');
  assert.deepEqual(s.sections, allSections);
  assert.deepEqual(s.visible, allSections);
  assert.equal(s.toggles, allSections.length - 4, 'figures, quotes, entities and sources start collapsed');
  assert.ok(s.links.length >= 3);
  for (const [protocol, rel] of s.links) {
    assert.match(protocol, /^https?:$/);
    assert.equal(rel, 'noopener noreferrer');
  }
  assert.equal(s.lang, 'en', 'the language of the sources');
  const dir = mkdtempSync(join(tmpdir(), 'news-brief-'));
  const shot = join(dir, 'seed-light.png');
  await p.locator('news-brief').screenshot({ path: shot });
  t.diagnostic(`screenshot: ${shot}`);
  await context.close();
});

test('inline JSON renders the same brief as src= and as server-side rendering', async () => {
  const texts = [];
  for (const path of ['/src', '/inline', '/ssr']) {
    const { p, context } = await open(path);
    await rendered(p);
    texts.push((await shape(p)).text);
    await context.close();
  }
  assert.ok(texts[0].length > 1000);
  assert.equal(texts[1], texts[0]);
  assert.equal(texts[2], texts[0]);
});

test('server-side rendering paints with no script, and the element only adds interaction', async () => {
  const noJS = await open('/ssr', { javaScriptEnabled: false });
  await noJS.p.getByRole('heading', { level: 2, name: /Harbour City Opens/ }).waitFor();
  await noJS.p.getByRole('heading', { level: 3, name: 'Key insights' }).waitFor();
  await noJS.context.close();

  const { p, context, requests } = await open('/ssr');
  await rendered(p);
  assert.deepEqual((await shape(p)).sections, allSections);
  assert.ok(!requests.some((r) => r.endsWith('.wasm')), `no wasm is loaded for a server-rendered brief: ${requests}`);
  await context.close();
});

test('sections= shows only the listed sections, and follows changes', async () => {
  const { p, context } = await open('/sections');
  await rendered(p);
  assert.deepEqual((await shape(p)).visible, ['keyInsights', 'group', 'risks']);
  await p.$eval('news-brief', (el) => el.setAttribute('sections', 'quotes,sources'));
  assert.deepEqual((await shape(p)).visible, ['quotes', 'sources']);
  await p.$eval('news-brief', (el) => el.removeAttribute('sections'));
  assert.deepEqual((await shape(p)).visible, allSections);
  await context.close();
});

test('sections collapse and expand from the keyboard', async () => {
  const { p, context } = await open('/src');
  await rendered(p);
  await p.keyboard.press('Tab');
  const state = () => p.$eval('news-brief', (el) => {
    const b = el.shadowRoot.activeElement;
    return b && [b.textContent, b.getAttribute('aria-expanded'), el.shadowRoot.getElementById(b.getAttribute('aria-controls')).hidden];
  });
  assert.deepEqual(await state(), ['Key insights', 'true', false]);
  await p.keyboard.press('Enter');
  assert.deepEqual(await state(), ['Key insights', 'false', true]);
  await p.keyboard.press('Space');
  assert.deepEqual(await state(), ['Key insights', 'true', false]);
  await p.getByRole('button', { name: 'Sources' }).click();
  assert.equal(await p.getByRole('button', { name: 'Sources' }).getAttribute('aria-expanded'), 'true', 'Sources starts collapsed and opens');
  await context.close();
});

test('article= builds the brief of an article page in a worker', async () => {
  const { p, context } = await open('/article');
  await rendered(p);
  const s = await shape(p);
  assert.equal(s.headline, 'Valley rail line to reopen after two-year rebuild');
  assert.ok(s.sections.includes('keyInsights') && s.sections.includes('risks'), s.sections);
  const json = JSON.parse(await p.$eval('news-brief', (el) => el.json));
  assert.equal(json.sources[0].url, `${server.origin}/fixtures/article.html`, 'the address the page was fetched from');
  assert.equal(json.sources[0].outlet, 'Northern Ledger');
  assert.equal(await p.evaluate(() => typeof globalThis.newsbrief), 'undefined', 'no wasm on the main thread');
  await context.close();
});

test('article= takes a CSS selector of an article on the page', async () => {
  const { p, context } = await open('/selector');
  await rendered(p);
  const s = await shape(p);
  assert.equal(s.headline, 'Valley rail line to reopen after two-year rebuild');
  assert.ok(s.sections.includes('keyInsights'), s.sections);
  await context.close();
});

test('errors are announced, not thrown away', async () => {
  for (const [path, message] of [['/missing', /HTTP 404/], ['/bad-article', /newsbrief\.build: /]]) {
    const { p, context } = await open(path);
    await rendered(p);
    const alert = p.getByRole('alert');
    assert.match(await alert.textContent(), message);
    await context.close();
  }
});
