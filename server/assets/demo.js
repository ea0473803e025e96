// demo.js drives the demo page: it posts what is pasted to v1/briefs and
// shows the brief in a <news-brief> element, rendered by the widget
// (widget/news-brief.js) or, when the server has no widget files, by the
// server itself (v1/render). Paths are relative, so the page works
// wherever the service is mounted.

const form = document.getElementById('nb-form');
const input = document.getElementById('nb-input');
const status = document.getElementById('nb-status');
const out = document.getElementById('nb-out');

// widget is true once <news-brief> is defined, false when the widget
// files are not served.
const widget = import('./widget/news-brief.js').then(() => true, () => false);

// article makes the request's article from what was pasted.
function article(value) {
  const v = value.trim();
  if (/^https?:\/\/\S+$/i.test(v)) return { url: v };
  if (v.startsWith('<')) return { html: v };
  return { text: v };
}

// post sends JSON to the service and returns the response's text; a
// problem (RFC 9457) becomes an Error with its title and detail.
async function post(path, body, accept) {
  const resp = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: accept },
    body,
  });
  const text = await resp.text();
  if (!resp.ok) {
    let message = `HTTP ${resp.status}`;
    try {
      const p = JSON.parse(text);
      message = p.detail ? `${p.title}: ${p.detail}` : p.title || message;
    } catch {
      // not a problem document
    }
    throw new Error(message);
  }
  return text;
}

// show shows a brief given as JSON.
async function show(json) {
  if (await widget) {
    const el = document.createElement('news-brief');
    el.setAttribute('theme', 'auto');
    const data = document.createElement('script');
    data.type = 'application/json';
    data.textContent = json;
    el.append(data);
    out.replaceChildren(el);
    return;
  }
  // The server's HTML writer escapes every string and writes only
  // http(s) links, with rel="noopener noreferrer".
  const html = await post('v1/render', json, 'text/html');
  const tpl = document.createElement('template');
  tpl.innerHTML = html;
  out.replaceChildren(tpl.content);
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const button = form.querySelector('button');
  button.disabled = true;
  status.textContent = 'Building the brief…';
  out.replaceChildren();
  try {
    const json = await post('v1/briefs', JSON.stringify({ articles: [article(input.value)] }), 'application/json');
    await show(json);
    status.textContent = '';
  } catch (err) {
    status.textContent = err.message;
  } finally {
    button.disabled = false;
  }
});
