// Types of the <news-brief> element of @newsbrief/widget.

/** A section of a brief, by its key in the brief JSON (and its data-nb hook). */
export type NewsBriefSection =
  | 'keyInsights' | 'whyItMatters' | 'summary' | 'risks' | 'opportunities' | 'unknowns' | 'whatsNext'
  | 'figures' | 'quotes' | 'entities' | 'coverage' | 'original' | 'sources' | 'extra';

/** The attributes of <news-brief>, all optional. */
export interface NewsBriefAttributes {
  /** URL of a brief: JSON, or a brief in Markdown, text or newsbrief HTML. */
  src?: string;
  /** A CSS selector of an element of this page, else the URL of a page: the brief is built from it in a Web Worker. Wins over src. */
  article?: string;
  /** 'light' (the default), 'dark' or 'auto' (the system's choice). */
  theme?: 'light' | 'dark' | 'auto';
  /** Comma list of the sections to show (NewsBriefSection keys); all by default. The headline always shows. */
  sections?: string;
  /** Comma list of the sections shown closed until opened; by default "figures,quotes,entities,sources". "none" opens all. */
  collapsed?: string;
  /** The language of the brief's text; by default its first source's. */
  lang?: string;
}

/** The `detail` of the `error` event: what went wrong. */
export interface NewsBriefErrorDetail {
  /** 'not-a-brief' (src= holds no brief), 'fetch' (a request failed), 'worker' (building failed), 'render'. */
  kind: 'not-a-brief' | 'fetch' | 'worker' | 'render';
  /** The error, its message for people. */
  error: Error;
}

export interface NewsBriefEventMap {
  /** A brief is shown. */
  'render': Event;
  /** No brief could be shown; the element shows an error state (role="alert"). */
  'error': CustomEvent<NewsBriefErrorDetail>;
  /** Old names of the two events, still sent. */
  'nb-render': Event;
  'nb-error': CustomEvent<Error>;
}

/** The <news-brief> element. */
export declare class NewsBrief extends HTMLElement {
  /** The JSON of the brief shown; '' until one is. */
  readonly json: string;
  addEventListener<K extends keyof NewsBriefEventMap>(type: K, listener: (this: NewsBrief, ev: NewsBriefEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof NewsBriefEventMap>(type: K, listener: (this: NewsBrief, ev: NewsBriefEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'news-brief': NewsBrief;
  }
}
