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

// The design (cards, columns, popovers) on top of brief.Stylesheet, which
// gives colours, fonts and spacing and paints a server-rendered brief with
// no script. It lives here, not in the Go stylesheet, so the render wasm,
// which embeds that, does not grow.
const interaction = `
.nb-brief { overflow-wrap: anywhere; container-type: inline-size; }
.nb-brief:lang(ko), .nb-brief:lang(ja), .nb-brief:lang(zh) { word-break: keep-all; }
.nb-section { border-top: 1px solid var(--nb-border); padding-top: var(--nb-gap); }
.nb-section .nb-section { border-top: 0; padding-top: 0; }
.nb-toggle { all: unset; cursor: pointer; border-radius: 4px; display: inline-block; min-height: 24px; }
.nb-toggle::before { content: "▾" / ""; display: inline-block; width: 1.1em; color: var(--nb-muted); }
.nb-toggle[aria-expanded="false"]::before { content: "▸" / ""; }
.nb-toggle:hover { color: var(--nb-accent); }
.nb-toggle:focus-visible, .nb-cite-button:focus-visible { outline: 2px solid var(--nb-accent); outline-offset: 2px; }
[data-nb="keyInsights"] { border-top: 0; padding-top: 0; }
[data-nb="keyInsights"] ul { list-style: none; padding: 0; }
[data-nb="keyInsights"] li { font-size: 1.05rem; margin: 0.55rem 0; padding-left: 0.8rem; border-left: 3px solid var(--nb-accent); }
[data-nb="group"] h4 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--nb-muted); }
[data-nb="group"] > .nb-body > .nb-section { margin: 0.5rem 0; }
@container (min-width: 34rem) {
  [data-nb="group"] > .nb-body { display: grid; grid-template-columns: 1fr 1fr; gap: 1.25rem; }
  [data-nb="group"] > .nb-body > .nb-section { margin: 0; }
}
[data-nb="coverage"] ul, [data-nb="sources"] ol { list-style: none; padding: 0; }
[data-nb="coverage"] ul { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr)); gap: var(--nb-gap); }
[data-nb="coverage"] li { margin: 0; padding: 0.7rem 0.85rem; border: 1px solid var(--nb-border); border-radius: var(--nb-radius); }
[data-nb="coverage"] [data-nb="framing"] { color: var(--nb-muted); font-size: 0.9em; }
[data-nb="coverage"] blockquote { margin: 0.4rem 0 0; font-size: 0.92em; }
[data-nb="sources"] li { margin: 0.5rem 0; display: flex; flex-wrap: wrap; column-gap: 0.5rem; align-items: baseline; }
[data-nb="sources"] cite { flex-basis: 100%; font-style: normal; }
[data-nb="sources"] [data-nb="domain"], [data-nb="sources"] time, [data-nb="sources"] [data-nb="language"] { color: var(--nb-muted); font-size: 0.85em; }
sup.nb-cite { vertical-align: baseline; font-size: 1em; }
.nb-cite-button { cursor: pointer; font: 600 0.72rem/1 var(--nb-font); min-width: 24px; height: 24px; padding: 0 0.35rem; margin-left: 0.15rem;
  border: 1px solid var(--nb-border); border-radius: 999px; background: var(--nb-quote-bg); color: var(--nb-accent); vertical-align: 0.1em; }
.nb-cite-button[aria-expanded="true"] { background: var(--nb-accent); color: var(--nb-bg); border-color: var(--nb-accent); }
.nb-popover { display: block; margin: 0.45rem 0 0.6rem; padding: 0.65rem 0.8rem; font-size: 0.92rem; border: 1px solid var(--nb-border);
  border-left: 3px solid var(--nb-accent); border-radius: var(--nb-radius); background: var(--nb-quote-bg); box-shadow: 0 2px 8px rgb(0 0 0 / 0.12); }
.nb-popover[hidden] { display: none; }
.nb-pop-quote { display: block; font-style: italic; }
.nb-pop-source { display: block; margin-top: 0.35rem; font-size: 0.88em; color: var(--nb-muted); }
.nb-error { display: block; margin: 0; padding: 0.85rem 1rem; border: 1px solid var(--nb-border, #8c8c8c80); border-left: 4px solid #c5221f; border-radius: var(--nb-radius, 10px); font: 1rem/1.5 var(--nb-font, system-ui, sans-serif); }
.nb-error p { margin: 0; }
.nb-error-title { font-weight: 600; }
.nb-error-detail { font-size: 0.9em; margin-top: 0.25rem !important; overflow-wrap: anywhere; }
`;
let sheet;

let renderWasm; // Promise of globalThis.newsbrief, from newsbrief-render.wasm

// loadRender starts newsbrief-render.wasm on the page's main thread, once.
// The wasm is fetched and compiled as it streams in (instantiateStreaming)
// while wasm_exec.js loads: the import object given to the compiler is
// goImports, which reaches the Go instance only when the wasm calls an
// import, after go.run. Streaming needs the Content-Type application/wasm:
// served otherwise, the wasm is compiled from its bytes instead.
function loadRender() {
  renderWasm ??= (async () => {
    if (typeof globalThis.newsbrief?.render === 'function') return globalThis.newsbrief;
    let go;
    const instantiated = instantiate(fetch(new URL('newsbrief-render.wasm', base)), goImports(() => go));
    instantiated.catch(() => {}); // awaited below; not an unhandled rejection meanwhile
    if (!globalThis.Go) await import(new URL('wasm_exec.js', base).href);
    go = new globalThis.Go();
    const { instance } = await instantiated;
    go.run(instance); // main sets globalThis.newsbrief, then waits for calls
    await new Promise((resolve) => setTimeout(resolve)); // end the task: Go's start-up and the first render are two tasks, not one
    return globalThis.newsbrief;
  })();
  renderWasm.catch(() => { renderWasm = undefined; }); // a failed load is tried again by the next element
  return renderWasm;
}

// goImports returns an import object for a Go wasm module whose functions
// call the same imports of go(), the Go instance of wasm_exec.js, when
// called: the module can be compiled and instantiated before wasm_exec.js
// has loaded, since a Go module calls no import until go.run.
function goImports(go) {
  const imports = (mod) => new Proxy({}, {
    get: (_, name) => (...args) => {
      const g = go();
      if (!g) throw new Error(`news-brief: ${mod}.${String(name)} called before go.run`);
      return g.importObject[mod][name](...args);
    },
  });
  return new Proxy({}, { get: (_, mod) => imports(mod) });
}

async function instantiate(response, imports) {
  const resp = await response.catch((err) => { throw failure('fetch', `newsbrief-render.wasm: ${err.message}`); });
  if (!resp.ok) throw failure('fetch', `${resp.url}: HTTP ${resp.status}`);
  if (resp.headers.get('content-type')?.startsWith('application/wasm')) return WebAssembly.instantiateStreaming(resp, imports);
  return WebAssembly.instantiate(await resp.arrayBuffer(), imports);
}

// failure returns an Error of a kind: 'fetch', 'not-a-brief', 'worker' or
// 'render', the detail.kind of the error event.
function failure(kind, message) {
  const err = new Error(`news-brief: ${message}`);
  err.kind = kind;
  return err;
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
      if (data.error) p?.reject(failure(data.kind ?? 'worker', data.error.replace(/^news-brief: /, '')));
      else p?.resolve(data);
    };
    worker.onerror = (e) => {
      for (const p of pending.values()) p.reject(failure('worker', `worker: ${e.message || 'failed to start'}`));
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

// fetchBrief fetches the brief at url: its text, and whether it is known
// not to be one (an HTML page that is no newsbrief HTML).
async function fetchText(url) {
  let resp;
  try {
    resp = await fetch(new URL(url, document.baseURI));
  } catch (err) {
    throw failure('fetch', `${url}: ${err.message}`);
  }
  if (!resp.ok) throw failure('fetch', `${url}: HTTP ${resp.status}`);
  return resp.text();
}

// summaryHeading matches a Summary heading line of a brief in text or Markdown.
const summaryHeading = /^[ \t]*(#{1,6}[ \t]*)?(summary|the summary|in brief|overview)[ \t]*:?[ \t]*$/im;

// briefJSON returns the brief JSON of text (JSON, or a brief in Markdown,
// text or newsbrief HTML), or throws a 'not-a-brief' failure: an HTML page
// that is not a brief, text that parses to no point at all, or JSON that is
// no brief. Nothing is ever shown in place of a brief that is not there.
function briefJSON(nb, text, where) {
  const t = text.trimStart();
  let json = t;
  if (!t.startsWith('{')) {
    if (t.startsWith('<') && !/\bdata-nb(-version)?=/.test(t)) throw failure('not-a-brief', `${where} is an HTML page, not a brief`);
    try {
      json = call(nb.parse, text);
    } catch (err) {
      throw failure('not-a-brief', `${where}: ${err.message}`);
    }
  }
  let b;
  try {
    b = JSON.parse(json);
  } catch (err) {
    throw failure('not-a-brief', `${where}: ${err.message}`);
  }
  const filled = Object.keys(b ?? {}).filter((k) => Array.isArray(b[k]) && b[k].length);
  if (!b || typeof b !== 'object' || !b.headline || !filled.length) throw failure('not-a-brief', `${where} holds no brief (no headline and points)`);
  // Text with no section heading at all reads as a headline and a summary:
  // any text file would. A brief in text or Markdown has headings.
  if (!t.startsWith('{') && !t.startsWith('<') && filled.every((k) => k === 'summary') && !summaryHeading.test(text)) {
    throw failure('not-a-brief', `${where} has no section headings: it is not a brief`);
  }
  return json;
}

const errorTitles = {
  'not-a-brief': 'This is not a brief',
  fetch: 'The brief could not be loaded',
  worker: 'The brief could not be built',
  render: 'The brief could not be shown',
};


export class NewsBrief extends HTMLElement {
  static observedAttributes = ['src', 'article', 'sections', 'collapsed', 'lang'];

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
      const toggle = e.target.closest?.('button.nb-toggle');
      if (toggle) this.#toggle(toggle);
      const cite = e.target.closest?.('button.nb-cite-button');
      if (cite) this.#cite(cite);
    });
    this.#root.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      const open = this.#root.querySelector('.nb-cite-button[aria-expanded="true"]');
      if (!open) return;
      this.#toggle(open);
      open.focus();
      e.stopPropagation();
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
    else if (name === 'collapsed') this.#collapse();
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
        json = briefJSON(nb, text, src || 'the inline brief'); // a brief in Markdown, text or HTML works too
        try {
          html = call(nb.render, json, { style: true });
        } catch (err) {
          throw failure(src ? 'not-a-brief' : 'render', err.message);
        }
      }
      if (token !== this.#token) return; // src or article changed meanwhile
      this.#json = json;
      this.#root.innerHTML = html; // the Go writer's output: every string escaped, http(s) links only
      this.#enhance();
      this.dispatchEvent(new Event('render'));
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

  // #fail shows err as the element's error state and sends the error
  // event (and nb-error, its old name); a brief already shown stays.
  #fail(err) {
    const kind = err.kind ?? 'render';
    this.dispatchEvent(new CustomEvent('error', { detail: { kind, error: err } }));
    this.dispatchEvent(new CustomEvent('nb-error', { bubbles: true, detail: err }));
    if (this.#root.querySelector('.nb-brief')) return;
    const box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.part = 'error';
    box.className = 'nb-error';
    box.dataset.kind = kind;
    const title = document.createElement('p');
    title.className = 'nb-error-title';
    title.textContent = errorTitles[kind] ?? errorTitles.render;
    const detail = document.createElement('p');
    detail.className = 'nb-error-detail';
    detail.textContent = err.message;
    box.append(title, detail);
    this.#root.replaceChildren(box);
  }

  // #enhance adds interaction to the rendered (or server-rendered) brief:
  // collapsible sections (collapsed= closed at first), citations that open
  // their evidence, tidy sources, the sections filter and the language.
  #enhance() {
    const art = this.#root.querySelector('.nb-brief');
    if (!art) return;
    const lang = this.getAttribute('lang') || this.#root.querySelector('[data-nb="language"]')?.textContent;
    if (lang) art.lang = lang;
    else art.removeAttribute('lang');

    const closed = list(this.getAttribute('collapsed') ?? defaultCollapsed);
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
      const open = !closed.includes(section.dataset.nb);
      button.setAttribute('aria-expanded', String(open));
      button.setAttribute('aria-controls', body.id);
      body.hidden = !open;
      button.append(...heading.childNodes);
      heading.append(button);
    });
    this.#citations();
    this.#tidySources(art.lang || 'en');

    const only = list(this.getAttribute('sections') || '');
    const shown = (key) => !only.length || only.includes(key);
    for (const section of this.#root.querySelectorAll('section[data-nb]')) {
      const key = section.dataset.nb;
      // A group (risks and opportunities) shows when any section in it does.
      const inner = [...section.querySelectorAll('section[data-nb]')].map((s) => s.dataset.nb);
      section.hidden = inner.length ? !inner.some(shown) : !shown(key);
    }
  }

  // #citations makes each citation mark a disclosure button that opens a
  // popover with the verbatim evidence sentence, its outlet and a link to
  // the source (the WAI-ARIA disclosure pattern: aria-expanded,
  // aria-controls; Escape closes it and returns focus). The evidence rides
  // in the mark's data-nb-quote; the outlet and link come from the Sources
  // list, which stays in the document when sections= hides it.
  #citations() {
    const sources = [...this.#root.querySelectorAll('li[data-nb="source"]')];
    this.#root.querySelectorAll('sup.nb-cite[data-nb="evidence"]').forEach((sup, i) => {
      if (sup.querySelector('button')) return;
      const n = Number(sup.dataset.nbSource);
      const src = sources[n];
      const outlet = src?.querySelector('[data-nb="outlet"]')?.textContent || src?.querySelector('[data-nb="domain"]')?.textContent || `Source ${n + 1}`;
      let quote = sup.title;
      try {
        quote = JSON.parse(sup.dataset.nbQuote);
      } catch {
        // keep the title's copy
      }
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'nb-cite-button';
      button.part = 'cite';
      button.textContent = sup.textContent.replace(/[[\]]/g, '');
      button.setAttribute('aria-label', `${button.textContent}: Evidence from ${outlet}`); // begins with what it shows
      button.setAttribute('aria-expanded', 'false');
      button.setAttribute('aria-controls', `nb-pop-${i}`);
      const pop = document.createElement('span');
      pop.className = 'nb-popover';
      pop.part = 'popover';
      pop.id = `nb-pop-${i}`;
      pop.setAttribute('role', 'group');
      pop.setAttribute('aria-label', `Evidence from ${outlet}`);
      pop.hidden = true;
      const q = document.createElement('q');
      q.className = 'nb-pop-quote';
      q.textContent = quote;
      const by = document.createElement('span');
      by.className = 'nb-pop-source';
      const name = document.createElement('strong');
      name.textContent = outlet;
      by.append(name);
      const link = src?.querySelector('a[data-nb="url"]');
      if (link && /^https?:$/.test(link.protocol)) {
        const a = document.createElement('a');
        a.href = link.href;
        a.rel = 'noopener noreferrer';
        a.target = '_blank';
        a.textContent = 'Read the source';
        by.append(' · ', a);
      }
      pop.append(q, by);
      sup.removeAttribute('title'); // the popover says it; a tooltip would repeat it
      sup.replaceChildren(button);
      sup.after(pop);
    });
  }

  // #tidySources shows each source's date as a date and its language by
  // name, in the brief's language; the machine values stay in the markup.
  #tidySources(lang) {
    let dates, langs;
    try {
      dates = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
      langs = new Intl.DisplayNames([lang], { type: 'language' });
    } catch {
      return;
    }
    for (const t of this.#root.querySelectorAll('li[data-nb="source"] time[data-nb="published"]:not([data-nb-tidy])')) {
      const d = new Date(t.dateTime);
      if (!Number.isNaN(d.getTime())) t.textContent = dates.format(d);
      t.dataset.nbTidy = '';
    }
    // The headline is the link; the writer's separate "Link" stays, hidden,
    // for the citations' popovers.
    for (const li of this.#root.querySelectorAll('li[data-nb="source"]:not([data-nb-tidy])')) {
      const cite = li.querySelector('cite[data-nb="headline"]');
      const link = li.querySelector('a[data-nb="url"]');
      if (cite && link && /^https?:$/.test(link.protocol)) {
        const a = document.createElement('a');
        a.href = link.href;
        a.rel = 'noopener noreferrer';
        a.append(...cite.childNodes);
        cite.append(a);
        link.hidden = true;
      }
      li.dataset.nbTidy = '';
    }
    for (const s of this.#root.querySelectorAll('li[data-nb="source"] [data-nb="language"]:not([data-nb-tidy])')) {
      try {
        s.title = s.textContent;
        s.textContent = langs.of(s.textContent) ?? s.textContent;
      } catch {
        // not a language tag: shown as it is
      }
      s.dataset.nbTidy = '';
    }
  }

  // #collapse closes the sections collapsed= lists and opens the others.
  #collapse() {
    const closed = list(this.getAttribute('collapsed') ?? defaultCollapsed);
    for (const button of this.#root.querySelectorAll('section[data-nb] > :is(h3, h4) > .nb-toggle')) {
      const open = !closed.includes(button.closest('section').dataset.nb);
      if ((button.getAttribute('aria-expanded') === 'true') !== open) this.#toggle(button);
    }
  }

  #toggle(button) {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    this.#root.getElementById(button.getAttribute('aria-controls')).hidden = !open;
  }

  // #cite opens the popover of a citation button, closing any other, or
  // closes its own.
  #cite(button) {
    const open = button.getAttribute('aria-expanded') !== 'true';
    for (const other of this.#root.querySelectorAll('.nb-cite-button[aria-expanded="true"]')) {
      if (other !== button) this.#toggle(other);
    }
    if (open !== (button.getAttribute('aria-expanded') === 'true')) this.#toggle(button);
  }
}

// list splits a comma list attribute.
function list(value) {
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

// defaultCollapsed are the secondary sections, shown closed until opened.
const defaultCollapsed = 'figures,quotes,entities,sources';

if (!customElements.get('news-brief')) customElements.define('news-brief', NewsBrief);
