// screenshots.mjs writes the gallery of wasm/README.md: the seed brief at
// 390 and 1280 px wide, light and dark, with the first citation's evidence
// open, into wasm/gallery/. Run after go run ./wasm/build:
//
//   node wasm/e2e/screenshots.mjs
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkDist, launch, page, rendered, repoRoot, serve } from './harness.mjs';

checkDist();
const out = join(repoRoot, 'wasm', 'gallery');
mkdirSync(out, { recursive: true });
const server = await serve({
  pages: Object.fromEntries(['light', 'dark'].map((theme) => [`/${theme}`,
    page(`<news-brief src="/fixtures/seed.json" theme="${theme}"></news-brief>`, { head: `<style>body{margin:0;padding:12px;background:${theme === 'dark' ? '#0d0d0f' : '#f6f6f8'}}</style>` })])),
});
const browser = await launch();
try {
  for (const width of [390, 1280]) {
    for (const theme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
      const p = await context.newPage();
      await p.goto(`${server.origin}/${theme}`);
      await rendered(p);
      await p.locator('news-brief .nb-cite-button').first().click();
      await p.evaluate(() => document.activeElement.blur?.());
      const file = join(out, `news-brief-${width}-${theme}.png`);
      await p.locator('news-brief').screenshot({ path: file });
      console.log(file);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
