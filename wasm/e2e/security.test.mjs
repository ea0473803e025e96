// XSS payloads in every field execute nothing, whichever way the brief
// arrives; the element works under the CSP script-src 'self' 'wasm-unsafe-eval'.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CSP, checkDist, fixture, launch, page, rendered, serve, ssr } from './harness.mjs';
import { hostileArticle, hostileBrief, inlineJSON, payloads, urls } from './fixtures/xss.mjs';

const briefs = urls.map(hostileBrief);
const article = hostileArticle();
const story = article.match(/<article>[\s\S]*<\/article>/)[0].replace('<article>', '<article id="story">');

const pages = {
  '/xss/src': page(briefs.map((_, i) => `<news-brief src="/xss/${i}.json"></news-brief>`).join('\n')),
  '/xss/inline': page(briefs.map((b) => `<news-brief theme="dark"><script type="application/json">${inlineJSON(b)}</script></news-brief>`).join('\n')),
  '/xss/ssr': '', // filled in before()
  '/xss/article': page('<news-brief article="/xss/article.html"></news-brief>\n<news-brief article="#story"></news-brief>\n' + story),
  '/xss/article.html': article,
};
briefs.forEach((b, i) => { pages[`/xss/${i}.json`] = JSON.stringify(b); });

const seed = fixture('seed.json');
const cspPages = {
  '/csp': '', // filled in before()
  '/no-wasm-eval': page('<news-brief src="/fixtures/seed.json"></news-brief>\n<news-brief article="/fixtures/article.html"></news-brief>'),
};

let server, cspServer, strictServer, browser;

before(async () => {
  checkDist();
  pages['/xss/ssr'] = page(briefs.map((b) => ssr(JSON.stringify(b))).join('\n'));
  cspPages['/csp'] = page(`${ssr(seed, 'dark')}
<news-brief src="/fixtures/seed.json"></news-brief>
<news-brief><script type="application/json">${seed}</script></news-brief>
<news-brief article="/fixtures/article.html"></news-brief>
<news-brief article="#story"></news-brief>
${fixture('article.html').match(/<article>[\s\S]*<\/article>/)[0].replace('<article>', '<article id="story">')}`,
  { title: 'Valley rail line to reopen after two-year rebuild' });
  server = await serve({ pages });
  cspServer = await serve({ pages: cspPages, csp: CSP });
  strictServer = await serve({ pages: cspPages, csp: "script-src 'self'" });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await Promise.all([server?.close(), cspServer?.close(), strictServer?.close()]);
});

// watch records what a payload could do if it ran: dialogs, requests to
// unexpected URLs, page errors.
async function open(origin, path) {
  const context = await browser.newContext();
  const p = await context.newPage();
  const seen = { dialogs: [], requests: [], errors: [], console: [] };
  p.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  context.on('request', (r) => {
    const u = new URL(r.url());
    if (u.origin !== origin || !/^\/(dist|fixtures|xss)\/|^\/(csp|no-wasm-eval|favicon\.ico)$/.test(u.pathname)) seen.requests.push(r.url());
  });
  p.on('pageerror', (e) => seen.errors.push(String(e)));
  p.on('console', (m) => seen.console.push(m.text()));
  await p.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window.__csp ??= []).push(`${e.effectiveDirective} ${e.blockedURI}`);
    });
  });
  await p.goto(origin + path);
  return { p, context, seen };
}

// inspect lists what is dangerous in each element's shadow root.
const inspect = (p) => p.$$eval('news-brief', (els) => els.map((el) => {
  const root = el.shadowRoot;
  const bad = [];
  const styles = root.querySelectorAll('style');
  if (styles.length !== 1) bad.push(`${styles.length} <style> elements`);
  for (const n of root.querySelectorAll('*')) {
    if (/^(script|img|svg|iframe|object|embed|math|base|meta|link|form|input|frame|details|template)$/i.test(n.localName)) bad.push(`<${n.localName}>`);
    for (const a of n.attributes) {
      if (/^on/i.test(a.name) || /^(autofocus|srcdoc|xlink:href)$/i.test(a.name)) bad.push(`${n.localName} ${a.name}=${a.value}`);
    }
    if (n.localName === 'a' && (!/^https?:$/.test(n.protocol) || n.rel !== 'noopener noreferrer')) bad.push(`a href=${n.href} rel=${n.rel}`);
  }
  return { bad, headline: root.querySelector('[data-nb="headline"]')?.textContent, text: root.querySelector('.nb-brief')?.textContent };
}));

for (const way of ['src', 'inline', 'ssr', 'article']) {
  test(`XSS payloads in every field execute nothing (${way})`, async () => {
    const { p, context, seen } = await open(server.origin, `/xss/${way}`);
    await rendered(p);
    // Move the pointer over the first brief's items and links, to fire any handler.
    for (const el of (await p.locator('news-brief >> a, news-brief >> li').all()).slice(0, 150)) {
      await el.hover({ timeout: 200 }).catch(() => {});
    }
    // Open evidence popovers: their quote, outlet and link come from the brief too.
    const cites = (await p.locator('news-brief >> .nb-cite-button').all()).slice(0, 60);
    for (const c of cites) await c.click({ timeout: 500 }).catch(() => {});
    const opened = await p.$$eval('news-brief', (els) => els.map((el) => [...el.shadowRoot.querySelectorAll('.nb-popover:not([hidden]) q')].map((q) => q.textContent)).flat());
    if (way !== 'article') assert.ok(opened.some((q) => q.includes('<script>window.__pwned')), 'a popover shows a payload quote as text');
    await p.waitForTimeout(300);
    const found = await inspect(p);
    assert.equal(found.length, way === 'article' ? 2 : briefs.length);
    for (const { bad, text } of found) {
      assert.deepEqual(bad, []);
      assert.match(text, /<script>window\.__pwned/, 'the payloads are shown as text');
    }
    if (way !== 'article') assert.ok(found[0].headline.includes(payloads[0]), 'the headline is shown verbatim');
    const pwned = await p.evaluate(() => [window.__pwned, ...[...document.querySelectorAll('iframe')].map((f) => f.contentWindow?.__pwned)]);
    assert.deepEqual(pwned.filter((x) => x !== undefined), []);
    assert.deepEqual(seen.dialogs, []);
    assert.deepEqual(seen.requests, []);
    assert.deepEqual(seen.errors, []);
    await context.close();
  });
}

test(`every way of embedding works under the CSP ${CSP}`, async () => {
  const { p, context, seen } = await open(cspServer.origin, '/csp');
  await rendered(p);
  const found = await p.$$eval('news-brief', (els) => els.map((el) => [
    el.shadowRoot.querySelector('[data-nb="headline"]')?.textContent,
    el.shadowRoot.querySelectorAll('button.nb-toggle').length > 0,
  ]));
  assert.deepEqual(found, [
    ['Harbour City Opens Its First Flood Barrier Ahead of Storm Season', true],
    ['Harbour City Opens Its First Flood Barrier Ahead of Storm Season', true],
    ['Harbour City Opens Its First Flood Barrier Ahead of Storm Season', true],
    ['Valley rail line to reopen after two-year rebuild', true],
    ['Valley rail line to reopen after two-year rebuild', true],
  ]);
  assert.deepEqual(await p.evaluate(() => window.__csp ?? []), []);
  assert.deepEqual(seen.console.filter((m) => /Content Security Policy/i.test(m)), []);
  await context.close();
});

test("the CSP is enforced: without 'wasm-unsafe-eval' the wasm cannot start", async () => {
  const { p, context } = await open(strictServer.origin, '/no-wasm-eval');
  await rendered(p);
  const alerts = await p.getByRole('alert').allTextContents();
  assert.equal(alerts.length, 2, alerts.join('\n'));
  for (const a of alerts) assert.match(a, /WebAssembly|Content Security|unsafe-eval|worker/i);
  await context.close();
});
