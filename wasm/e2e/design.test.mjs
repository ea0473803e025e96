// The design of <news-brief> 2.0 in headless Chromium: citations open their
// evidence by click, tap and keyboard; secondary sections start collapsed
// and open; nothing scrolls sideways at 320 px; Korean; the error states.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkDist, fixture, launch, page, rendered, serve, ssr } from './harness.mjs';

const seed = JSON.parse(fixture('seed.json'));
let server, browser;

before(async () => {
  checkDist();
  server = await serve({
    pages: {
      '/src': page('<news-brief src="/fixtures/seed.json" theme="light"></news-brief>'),
      '/ssr': page(ssr(fixture('seed.json'), 'light')),
      '/ko': page('<news-brief src="/fixtures/ko.json" theme="dark"></news-brief>'),
      '/open': page('<news-brief src="/fixtures/seed.json" collapsed="none"></news-brief>'),
      '/only-risks': page('<news-brief src="/fixtures/seed.json" sections="keyInsights,risks"></news-brief>'),
      '/not-a-brief': page('<news-brief src="/page.html"></news-brief>'),
      '/page.html': '<!doctype html><html><head><title>Today\'s story</title></head><body><p>Hello.</p></body></html>',
      '/text-not-a-brief': page('<news-brief src="/fixtures/plain-element.js"></news-brief>'),
      '/unreachable': page('<news-brief src="http://127.0.0.1:9/brief.json"></news-brief>'),
      '/no-wasm': page('<news-brief src="/fixtures/seed.json"></news-brief>').replace('/dist/news-brief.js', '/no-wasm/news-brief.js'),
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
  await p.goto(server.origin + path);
  await rendered(p);
  return { p, context };
}

// popover returns what the open popover of the first citation shows.
const popover = (p) => p.$eval('news-brief', (el) => {
  const root = el.shadowRoot;
  const button = root.querySelector('.nb-cite-button');
  const pop = root.getElementById(button.getAttribute('aria-controls'));
  return {
    expanded: button.getAttribute('aria-expanded'),
    visible: pop.checkVisibility(),
    quote: pop.querySelector('q')?.textContent,
    outlet: pop.querySelector('strong')?.textContent,
    href: pop.querySelector('a')?.href,
    focused: root.activeElement === button,
  };
});

const first = seed.keyInsights[0].evidence[0];
const evidence = { quote: first.quote, outlet: seed.sources[first.source].outlet, href: seed.sources[first.source].url };

for (const path of ['/src', '/ssr']) {
  test(`a citation opens its evidence by click and keyboard (${path})`, async () => {
    const { p, context } = await open(path);
    const cite = p.getByRole('button', { name: `Evidence from ${evidence.outlet}` }).first();
    assert.deepEqual(await popover(p), { expanded: 'false', visible: false, quote: evidence.quote, outlet: evidence.outlet, href: evidence.href, focused: false });
    await cite.click();
    assert.deepEqual(await popover(p), { expanded: 'true', visible: true, ...evidence, focused: true });
    await p.keyboard.press('Escape');
    assert.equal((await popover(p)).visible, false, 'Escape closes it');
    assert.equal((await popover(p)).focused, true, 'and focus stays on the citation');
    await p.keyboard.press('Enter');
    assert.equal((await popover(p)).visible, true, 'Enter opens it');
    await p.keyboard.press('Space');
    assert.equal((await popover(p)).visible, false, 'Space closes it');
    await context.close();
  });
}

test('a citation opens by tap on a phone, and opening one closes the other', async () => {
  const { p, context } = await open('/src', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const cites = p.locator('news-brief .nb-cite-button');
  await cites.nth(0).tap();
  assert.deepEqual(await popover(p), { expanded: 'true', visible: true, ...evidence, focused: true });
  await cites.nth(1).tap();
  assert.equal((await popover(p)).visible, false, 'one popover at a time');
  assert.equal(await cites.nth(1).getAttribute('aria-expanded'), 'true');
  await context.close();
});

test('the keyboard reaches every citation', async () => {
  const { p, context } = await open('/open');
  const count = await p.locator('news-brief .nb-cite-button').count();
  assert.equal(count, 5, 'the citations of the seed brief');
  const reached = new Set();
  for (let i = 0; i < 120 && reached.size < count; i++) {
    await p.keyboard.press('Tab');
    const id = await p.$eval('news-brief', (el) => {
      const a = el.shadowRoot.activeElement;
      return a?.classList.contains('nb-cite-button') ? a.getAttribute('aria-controls') : '';
    });
    if (id) reached.add(id);
  }
  assert.equal(reached.size, count);
  await context.close();
});

test('citations still show their source when sections= hides Sources', async () => {
  const { p, context } = await open('/only-risks');
  await p.locator('news-brief .nb-cite-button').first().click();
  assert.deepEqual(await popover(p), { expanded: 'true', visible: true, ...evidence, focused: true });
  await context.close();
});

test('secondary sections start collapsed and open; collapsed= configures them', async () => {
  const { p, context } = await open('/src');
  const state = () => p.$eval('news-brief', (el) => Object.fromEntries([...el.shadowRoot.querySelectorAll('section[data-nb]')]
    .map((s) => [s.dataset.nb, s.querySelector('.nb-body').checkVisibility()])));
  const s = await state();
  for (const key of ['figures', 'quotes', 'entities', 'sources']) assert.equal(s[key], false, `${key} starts collapsed`);
  for (const key of ['keyInsights', 'whyItMatters', 'risks', 'opportunities', 'whatsNext', 'coverage']) assert.equal(s[key], true, `${key} starts open`);
  await p.getByRole('button', { name: 'Quotes', exact: true }).click();
  assert.equal((await state()).quotes, true);
  await p.$eval('news-brief', (el) => el.setAttribute('collapsed', 'keyInsights'));
  assert.deepEqual([(await state()).keyInsights, (await state()).sources], [false, true]);
  await context.close();

  const all = await open('/open');
  assert.ok(Object.values(await all.p.$eval('news-brief', (el) => [...el.shadowRoot.querySelectorAll('.nb-body')].map((b) => b.checkVisibility()))).every(Boolean));
  await all.context.close();
});

test('sources show a date and a language name, not a timestamp and a code', async () => {
  const { p, context } = await open('/src');
  await p.getByRole('button', { name: 'Sources', exact: true }).click();
  const text = await p.$eval('news-brief', (el) => el.shadowRoot.querySelector('[data-nb="sources"] li').textContent);
  assert.match(text, /Nov 23, 2026/);
  assert.match(text, /English/);
  assert.doesNotMatch(text, /T18:30|\ben\b/);
  const links = await p.$eval('news-brief', (el) => [...el.shadowRoot.querySelectorAll('[data-nb="sources"] li')]
    .map((li) => [...li.querySelectorAll('a')].filter((a) => a.checkVisibility()).map((a) => [a.textContent, a.href])));
  assert.deepEqual(links[0], [[seed.sources[0].headline, seed.sources[0].url]], 'the headline is the link');
  await context.close();
});

test('risks and opportunities sit side by side on a wide screen, stacked on a phone', async () => {
  for (const [width, side] of [[1280, true], [390, false]]) {
    const { p, context } = await open('/src', { viewport: { width, height: 900 } });
    const [r, o] = await p.$eval('news-brief', (el) => ['risks', 'opportunities']
      .map((k) => el.shadowRoot.querySelector(`[data-nb="${k}"]`).getBoundingClientRect()).map((b) => [b.top, b.left]));
    assert.equal(r[0] === o[0] && r[1] < o[1], side, `${width} px: risks ${r}, opportunities ${o}`);
    await context.close();
  }
});

for (const width of [320, 390, 768, 1440]) {
  test(`nothing scrolls sideways at ${width} px, all open, in English and Korean`, async () => {
    for (const path of ['/open', '/ko']) {
      const { p, context } = await open(path, { viewport: { width, height: 800 } });
      await p.$eval('news-brief', (el) => el.setAttribute('collapsed', 'none'));
      for (const b of await p.locator('news-brief .nb-cite-button').all()) await b.click(); // the last one stays open
      const [scroll, client] = await p.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      assert.ok(scroll <= client, `${path} at ${width} px: scrollWidth ${scroll} > ${client}`);
      await context.close();
    }
  });
}

test('Korean: the brief says its language and keeps words whole', async () => {
  const { p, context } = await open('/ko');
  const [lang, breaks, date] = await p.$eval('news-brief', (el) => {
    const art = el.shadowRoot.querySelector('.nb-brief');
    return [art.lang, getComputedStyle(art).wordBreak, el.shadowRoot.querySelector('time')?.textContent];
  });
  assert.deepEqual([lang, breaks], ['ko', 'keep-all']);
  assert.match(date, /2026\. 11\. 2[23]\./);
  await context.close();
});

// The error states: visible, styled, announced, an error event with a kind,
// and never a brief made up from what is not one.
for (const [path, kind, message] of [
  ['/not-a-brief', 'not-a-brief', /page\.html is an HTML page, not a brief/],
  ['/text-not-a-brief', 'not-a-brief', /plain-element\.js has no section headings/],
  ['/unreachable', 'fetch', /brief\.json/],
  ['/no-wasm', 'fetch', /newsbrief-render\.wasm: HTTP 404/],
  ['/bad-article', 'worker', /newsbrief\.build: /],
]) {
  test(`error state: ${path} (${kind})`, async () => {
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.addInitScript(() => {
      window.nbEvents = [];
      customElements.whenDefined('news-brief').then(() => {});
      document.addEventListener('DOMContentLoaded', () => {
        for (const el of document.querySelectorAll('news-brief')) {
          el.addEventListener('error', (e) => window.nbEvents.push(['error', e.detail.kind, e.detail.error.message]));
          el.addEventListener('render', () => window.nbEvents.push(['render']));
        }
      });
    });
    if (path === '/no-wasm') {
      await p.route('**/no-wasm/newsbrief-render.wasm', (r) => r.fulfill({ status: 404, body: 'gone' }));
      await p.route('**/no-wasm/*.js', (r) => r.continue({ url: r.request().url().replace('/no-wasm/', '/dist/') }));
    }
    await p.goto(server.origin + path);
    await rendered(p);
    const alert = p.getByRole('alert');
    assert.match(await alert.textContent(), message);
    assert.equal(await p.$eval('news-brief', (el) => el.shadowRoot.querySelector('.nb-brief')), null, 'no brief is shown');
    const events = await p.evaluate(() => window.nbEvents);
    assert.equal(events.length, 1, JSON.stringify(events));
    assert.equal(events[0][1], kind);
    const style = await alert.evaluate((e) => [getComputedStyle(e).borderLeftWidth, getComputedStyle(e).display]);
    assert.deepEqual(style, ['4px', 'block'], 'styled');
    await context.close();
  });
}
