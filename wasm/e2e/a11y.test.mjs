// axe-core finds no accessibility violations in the element, light and dark.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { checkDist, fixture, launch, page, rendered, serve, ssr } from './harness.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const seed = fixture('seed.json');
const themes = [['light', 'light'], ['dark', 'light'], ['auto', 'dark'], ['auto', 'light']]; // [theme, system colour scheme]

let server, browser;

before(async () => {
  checkDist();
  const pages = {};
  for (const [theme] of themes) {
    const h1 = `<h1>Brief (${theme})</h1>\n`;
    pages[`/src-${theme}`] = page(`${h1}<news-brief src="/fixtures/seed.json" theme="${theme}"></news-brief>`);
    pages[`/ssr-${theme}`] = page(h1 + ssr(seed, theme));
    pages[`/article-${theme}`] = page(`${h1}<news-brief article="/fixtures/article.html" theme="${theme}"></news-brief>`);
  }
  pages['/error'] = page('<h1>Brief (error)</h1>\n<news-brief src="/fixtures/missing.json"></news-brief>');
  server = await serve({ pages });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function axe(path, colorScheme, prepare = async () => {}) {
  const context = await browser.newContext({ colorScheme });
  const p = await context.newPage();
  await p.goto(server.origin + path);
  await rendered(p);
  await prepare(p);
  await p.addScriptTag({ content: axeSource });
  const result = await p.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  await context.close();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const [theme, colorScheme] of themes) {
  for (const way of ['src', 'ssr', 'article']) {
    test(`axe: no violations, ${way}, theme ${theme}, system ${colorScheme}`, async () => {
      assert.deepEqual(await axe(`/${way}-${theme}`, colorScheme), []);
    });
  }
}

test('axe: no violations with sections collapsed', async () => {
  const collapse = async (p) => {
    for (const name of ['Key insights', 'Sources', 'Risks']) await p.getByRole('button', { name, exact: true }).click();
  };
  assert.deepEqual(await axe('/src-dark', 'light', collapse), []);
});

// Every section open and a citation's popover open, in each palette; and
// the error state.
for (const [theme, colorScheme] of [['light', 'light'], ['dark', 'light'], ['auto', 'dark']]) {
  test(`axe: no violations with a popover open and all sections open, theme ${theme}`, async () => {
    const openAll = async (p) => {
      await p.$eval('news-brief', (el) => el.setAttribute('collapsed', 'none'));
      await p.locator('news-brief .nb-cite-button').first().click();
    };
    assert.deepEqual(await axe(`/src-${theme}`, colorScheme, openAll), []);
  });
}

test('axe: no violations in the error state', async () => {
  assert.deepEqual(await axe('/error', 'light'), []);
});
