// size.test.mjs guards the size targets of the two wasm files, brotli at
// quality 11 (the .br files go run ./wasm/build writes, else compressed
// here): newsbrief-render.wasm at most 570,000 bytes, newsbrief.wasm at
// most 1,900,000.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { checkDist, distDir } from './harness.mjs';

function brotliSize(name) {
  const file = join(distDir, name);
  if (existsSync(file + '.br')) return readFileSync(file + '.br').length;
  return brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

test('wasm files stay within their size targets (brotli)', () => {
  checkDist();
  for (const [name, max] of [['newsbrief-render.wasm', 570_000], ['newsbrief.wasm', 1_900_000]]) {
    const size = brotliSize(name);
    assert.ok(size <= max, `${name}: ${size.toLocaleString('en')} bytes with brotli, more than ${max.toLocaleString('en')}`);
  }
});

// The render build reads and writes briefs; it never builds one, so none of
// the word lists that building uses (cue lexicons, significance cues) may
// be linked into it.
test('the render wasm holds none of the word lists of building', () => {
  checkDist();
  const wasm = readFileSync(join(distDir, 'newsbrief-render.wasm')).toString('latin1');
  for (const marker of ['English cue lexicon', 'list:significance']) {
    assert.ok(!wasm.includes(marker), `newsbrief-render.wasm contains "${marker}"`);
  }
  const full = readFileSync(join(distDir, 'newsbrief.wasm')).toString('latin1');
  assert.ok(full.includes('English cue lexicon'), 'the check looks for a marker the full build does hold');
});
