// news-brief-worker.js builds briefs off the page's main thread with
// newsbrief.wasm (render, parse, build, extract). news-brief.js posts
// {id, url} (a page to fetch) or {id, html, url} (a page's HTML and address)
// and gets back {id, json, html} — the brief and its rendering with the
// stylesheet — or {id, error, kind}, kind 'fetch' or 'worker'.
'use strict';
importScripts('wasm_exec.js');

let ready;

function load() {
  ready ??= (async () => {
    const go = new Go();
    const resp = await fetch('newsbrief.wasm');
    if (!resp.ok) throw new Error(`news-brief: newsbrief.wasm: HTTP ${resp.status}`);
    // Compiled as it downloads when served as application/wasm.
    const { instance } = resp.headers.get('content-type')?.startsWith('application/wasm')
      ? await WebAssembly.instantiateStreaming(resp, go.importObject)
      : await WebAssembly.instantiate(await resp.arrayBuffer(), go.importObject);
    go.run(instance);
    return self.newsbrief;
  })();
  ready.catch(() => { ready = undefined; });
  return ready;
}

function call(fn, ...args) {
  const r = fn(...args);
  if (typeof r !== 'string') throw new Error(r?.error ?? 'newsbrief: no result');
  return r;
}

class FetchError extends Error {}

async function page(url) {
  let resp;
  try {
    resp = await fetch(url);
  } catch (err) {
    throw new FetchError(`news-brief: ${url}: ${err.message}`);
  }
  if (!resp.ok) throw new FetchError(`news-brief: ${url}: HTTP ${resp.status}`);
  return resp.text();
}

self.onmessage = async ({ data: { id, html, url } }) => {
  try {
    const [nb, text] = await Promise.all([load(), html ?? page(url)]);
    const json = call(nb.build, text, url);
    postMessage({ id, json, html: call(nb.render, json, { style: true }) });
  } catch (err) {
    postMessage({ id, error: String(err?.message ?? err), kind: err instanceof FetchError ? 'fetch' : 'worker' });
  }
};
