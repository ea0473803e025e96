package brief

// Stylesheet is the CSS of the <news-brief> element: colours, spacing and
// fonts come from --nb-* custom properties, and theme="light", "dark" or
// "auto" (the system's choice) on the element picks the palette.
var Stylesheet = `:host {
  display: block;
  --nb-font: system-ui, sans-serif; /* no list of named families: each is a font lookup at first layout */
  --nb-fg: #1d1d1f;
  --nb-muted: #595959;
  --nb-bg: #ffffff;
  --nb-accent: #0b57d0;
  --nb-border: #d9d9de;
  --nb-quote-bg: #f4f5f7;
  --nb-radius: 10px;
  --nb-gap: 0.75rem;
  color: var(--nb-fg);
  background: var(--nb-bg);
  font: 1rem/1.55 var(--nb-font);
}
:host([theme="dark"]) {
  --nb-fg: #ececf1;
  --nb-muted: #b4b4bd;
  --nb-bg: #16171a;
  --nb-accent: #8ab4f8;
  --nb-border: #3a3b41;
  --nb-quote-bg: #222328;
}
@media (prefers-color-scheme: dark) {
  :host([theme="auto"]) {
    --nb-fg: #ececf1;
    --nb-muted: #b4b4bd;
    --nb-bg: #16171a;
    --nb-accent: #8ab4f8;
    --nb-border: #3a3b41;
    --nb-quote-bg: #222328;
  }
}
.nb-brief { border: 1px solid var(--nb-border); border-radius: var(--nb-radius); padding: 1rem 1.25rem; }
.nb-headline { font-size: 1.35rem; line-height: 1.3; margin: 0 0 var(--nb-gap); }
.nb-section { margin: var(--nb-gap) 0; }
.nb-section h3, .nb-section h4 { font-size: 1rem; margin: 0 0 0.35rem; }
.nb-section ul, .nb-section ol { margin: 0; padding-left: 1.25rem; }
.nb-section li { margin: 0.2rem 0; }
.nb-section p { margin: 0.3rem 0; }
.nb-section blockquote { margin: 0.35rem 0; padding: 0.4rem 0.75rem; background: var(--nb-quote-bg); border-left: 3px solid var(--nb-accent); }
.nb-cite { color: var(--nb-muted); font-size: 0.75em; }
.nb-mentions { color: var(--nb-muted); font-size: 0.85em; }
a { color: var(--nb-accent); }
a:focus-visible { outline: 2px solid var(--nb-accent); outline-offset: 2px; }
`
