// news-brief.js defines the <news-brief> element. It is an ES module with no
// dependencies and no build step:
//
//   <script type="module" src="/newsbrief/news-brief.js"></script>
//   <news-brief src="brief.json" theme="auto"></news-brief>
//
// The brief is rendered by newsbrief-render.wasm (the Go HTML writer, the same
// code as brief.WriteHTML); briefs are built from article HTML by newsbrief.wasm
// in a Web Worker (news-brief-worker.js). Both files, and wasm_exec.js, are
// loaded from beside this module, which must be served from the page's origin
// when article= is used (a Worker script must be same-origin).
//
// The Go functions on globalThis.newsbrief return a string, or {error} when
// they fail; call() below turns that into a thrown Error.

const base = new URL('.', import.meta.url);

// Interaction only; colours, fonts and spacing are brief.Stylesheet's.
const interaction = `
.nb-toggle { all: unset; cursor: pointer; border-radius: 4px; }
.nb-toggle::before { content: "▾" / ""; display: inline-block; width: 1.1em; color: var(--nb-muted); }
.nb-toggle[aria-expanded="false"]::before { content: "▸" / ""; }
.nb-toggle:hover { color: var(--nb-accent); }
.nb-toggle:focus-visible { outline: 2px solid var(--nb-accent); outline-offset: 2px; }
[part~="error"] { margin: 0; padding: 0.75rem 1rem; border: 1px solid var(--nb-border); border-radius: var(--nb-radius); }
`;
let sheet;

let renderWasm; // Promise of globalThis.newsbrief, from newsbrief-render.wasm

// loadRender starts newsbrief-render.wasm on the page's main thread, once.
function loadRender() {
  renderWasm ??= (async () => {
    if (typeof globalThis.newsbrief?.render === 'function') return globalThis.newsbrief;
    const module = compile(fetch(new URL('newsbrief-render.wasm', base))); // while wasm_exec.js loads
    if (!globalThis.Go) await import(new URL('wasm_exec.js', base).href);
    const go = new globalThis.Go();
    go.run(await WebAssembly.instantiate(await module, go.importObject)); // main sets globalThis.newsbrief, then waits for calls
    await new Promise((resolve) => setTimeout(resolve)); // end the task: Go's start-up and the first render are two tasks, not one
    return globalThis.newsbrief;
  })();
  return renderWasm;
}

async function compile(response) {
  const resp = await response;
  if (!resp.ok) throw new Error(`news-brief: ${resp.url}: HTTP ${resp.status}`);
  if (resp.headers.get('content-type')?.startsWith('application/wasm')) return WebAssembly.compileStreaming(resp);
  return WebAssembly.compile(await resp.arrayBuffer());
}

// call calls a Go function and throws its {error} as an Error.
function call(fn, ...args) {
  const r = fn(...args);
  if (typeof r !== 'string') throw new Error(r?.error ?? 'newsbrief: no result');
  return r;
}

// The worker is shared by every element on the page.
let worker;
let seq = 0;
const pending = new Map();

function buildInWorker(msg) {
  if (!worker) {
    worker = new Worker(new URL('news-brief-worker.js', base));
    worker.onmessage = ({ data }) => {
      const p = pending.get(data.id);
      pending.delete(data.id);
      if (data.error) p?.reject(new Error(data.error));
      else p?.resolve(data);
    };
    worker.onerror = (e) => {
      for (const p of pending.values()) p.reject(new Error(`news-brief: worker: ${e.message || 'failed to start'}`));
      pending.clear();
      worker = undefined;
    };
  }
  return new Promise((resolve, reject) => {
    const id = ++seq;
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, ...msg });
  });
}

// pageOf returns an element of this page as an HTML page of its own: the
// element, with the page's title, language and metadata.
function pageOf(el) {
  const doc = document.implementation.createHTMLDocument(document.title); // inert: nothing runs
  doc.documentElement.lang = document.documentElement.lang;
  for (const m of document.head.querySelectorAll('meta, link[rel="canonical"], script[type="application/ld+json"]')) {
    doc.head.append(doc.importNode(m, true));
  }
  doc.body.append(doc.importNode(el, true));
  return '<!doctype html>' + doc.documentElement.outerHTML;
}

async function fetchText(url) {
  const resp = await fetch(new URL(url, document.baseURI));
  if (!resp.ok) throw new Error(`news-brief: ${url}: HTTP ${resp.status}`);
  return resp.text();
}

// The "Potential risks and opportunities" group shows when either is shown.

export class NewsBrief extends HTMLElement {
  static observedAttributes = ['src', 'article', 'sections', 'lang'];

  #root;
  #started = false;
  #token = 0;
  #json = '';

  constructor() {
    super();
    // A server-rendered element already has its declarative shadow root:
    // keep it as painted and only add interaction.
    this.#root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(interaction);
    }
    this.#root.adoptedStyleSheets = [...this.#root.adoptedStyleSheets, sheet];
    this.#root.addEventListener('click', (e) => {
      const button = e.target.closest?.('button.nb-toggle');
      if (button) this.#toggle(button);
    });
  }

  /** The JSON of the brief shown, once rendered from src, inline JSON or article. */
  get json() {
    return this.#json;
  }

  connectedCallback() {
    if (this.#started) return;
    this.#started = true;
    this.#load();
  }

  attributeChangedCallback(name, old, value) {
    if (!this.#started || old === value) return;
    if (name === 'src' || name === 'article') this.#load();
    else this.#enhance();
  }

  async #load() {
    const token = ++this.#token;
    const src = this.getAttribute('src');
    const article = this.getAttribute('article');
    if (!src && !article && document.readyState === 'loading') {
      await new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true }));
    }
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (!src && !article && !inline) {
      this.#enhance(); // server-rendered, or nothing to show
      return;
    }
    this.setAttribute('aria-busy', 'true');
    try {
      let json, html;
      if (article) {
        ({ json, html } = await this.#build(article));
      } else {
        const [nb, text] = await Promise.all([loadRender(), src ? fetchText(src) : inline.textContent]);
        json = text.trimStart().startsWith('{') ? text : call(nb.parse, text); // a brief in Markdown or text works too
        html = call(nb.render, json, { style: true });
      }
      if (token !== this.#token) return; // src or article changed meanwhile
      this.#json = json;
      this.#root.innerHTML = html; // the Go writer's output: every string escaped, http(s) links only
      this.#enhance();
      this.dispatchEvent(new Event('nb-render', { bubbles: true }));
    } catch (err) {
      if (token !== this.#token) return;
      this.#fail(err);
    } finally {
      if (token === this.#token) this.removeAttribute('aria-busy');
    }
  }

  // #build builds the brief of an article in the worker: article is a CSS
  // selector of an element on this page, else the URL of a page.
  #build(article) {
    let el = null;
    try {
      el = document.querySelector(article);
    } catch {
      // not a selector
    }
    if (el) return buildInWorker({ html: pageOf(el), url: document.baseURI });
    return buildInWorker({ url: new URL(article, document.baseURI).href });
  }

  #fail(err) {
    this.dispatchEvent(new CustomEvent('nb-error', { bubbles: true, detail: err }));
    if (this.#root.querySelector('.nb-brief')) return; // keep the brief already shown
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.part = 'error';
    p.textContent = `The brief could not be shown: ${err.message}`;
    this.#root.replaceChildren(p);
  }

  // #enhance adds interaction to the rendered (or server-rendered) brief:
  // collapsible sections, the sections filter and the language.
  #enhance() {
    const art = this.#root.querySelector('.nb-brief');
    if (!art) return;
    const lang = this.getAttribute('lang') || this.#root.querySelector('[data-nb="language"]')?.textContent;
    if (lang) art.lang = lang;
    else art.removeAttribute('lang');

    this.#root.querySelectorAll('section.nb-section').forEach((section, i) => {
      const heading = section.firstElementChild;
      if (!heading?.matches('h3, h4') || heading.querySelector('.nb-toggle')) return;
      const body = document.createElement('div');
      body.className = 'nb-body';
      body.part = 'body';
      body.id = `nb-body-${i}`;
      body.append(...[...section.childNodes].filter((n) => n !== heading));
      section.append(body);
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'nb-toggle';
      button.part = 'toggle';
      button.setAttribute('aria-expanded', 'true');
      button.setAttribute('aria-controls', body.id);
      button.append(...heading.childNodes);
      heading.append(button);
    });

    const only = (this.getAttribute('sections') || '').split(',').map((s) => s.trim()).filter(Boolean);
    const shown = (key) => !only.length || only.includes(key);
    for (const section of this.#root.querySelectorAll('section[data-nb]')) {
      const key = section.dataset.nb;
      // A group (risks and opportunities) shows when any section in it does.
      const inner = [...section.querySelectorAll('section[data-nb]')].map((s) => s.dataset.nb);
      section.hidden = inner.length ? !inner.some(shown) : !shown(key);
    }
  }

  #toggle(button) {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    this.#root.getElementById(button.getAttribute('aria-controls')).hidden = !open;
  }
}

if (!customElements.get('news-brief')) customElements.define('news-brief', NewsBrief);
