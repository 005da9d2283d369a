/**
 * The shape of one generated news page: enough structure for a realistic
 * layout (site header, article, aside, footer) and nothing page-specific.
 */
import type { SafeHtml } from './html.ts';

/** A run of text inside a paragraph: plain, a link, or emphasis. */
export type Inline = string | { href: string; text: string } | { em: string };

/** A block of the article body. */
export type Block =
  { kind: 'p'; parts: Inline[] } | { kind: 'h2'; text: string } | { kind: 'blockquote'; parts: Inline[] };

/** A link in an aside or the index. */
export interface Link {
  text: string;
  href: string;
}

/** The site chrome around the article. */
export interface Site {
  name: string;
  nav: string[];
  /** Accent colour for the masthead and links. */
  accent: string;
}

/** Who wrote the article and when, as shown under the headline. */
export interface Byline {
  author?: string;
  source?: string;
  /** ISO date for `<time datetime>` and the label shown. */
  date?: { iso: string; label: string };
  link?: string;
}

/** Everything needed to render one page. */
export interface ArticlePage {
  file: string;
  lang: string;
  /** The `<title>`; the site name is appended. */
  title: string;
  description: string;
  site: Site;
  kicker?: string;
  headline: string;
  standfirst?: string;
  byline: Byline;
  figure?: { caption: string; credit: string };
  body: Block[];
  tags?: string[];
  aside: { heading: string; links: Link[] };
  /** Small print after the article (newsletter pitch, "Comments are closed."). */
  afterword?: string[];
  theme?: 'light' | 'dark';
  /** Extra CSS appended after the base style (hostile page). */
  extraCss?: string;
  /** Extra markup placed before the article inside <main> (hostile page). */
  beforeArticle?: SafeHtml;
  /** Extra markup placed after the article inside <main> (hostile page). */
  afterArticle?: SafeHtml;
  /** Scripts at the end of <body> (hostile page). */
  scripts?: SafeHtml;
}

/** Shorthand for a paragraph of plain text. */
export function p(text: string): Block {
  return { kind: 'p', parts: [text] };
}
