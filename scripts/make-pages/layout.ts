/**
 * Renders an ArticlePage to a complete HTML document: masthead with site name
 * and nav, the article (headline, byline, body), an aside of unrelated links
 * and a footer. Every piece of text goes through `html`, which escapes it.
 */
import { html, trustedCode, type SafeHtml } from './html.ts';
import type { ArticlePage, Block, Inline } from './model.ts';

const BASE_CSS = `
:root { --accent: #1a4e8a; --bg: #fdfdfb; --fg: #1d1d1f; --muted: #5f6368; --rule: #ddd; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 17px/1.6 Georgia, "Times New Roman", serif; }
a { color: var(--accent); }
.skip { position: absolute; left: -999px; }
.masthead { background: var(--accent); color: #fff; padding: 14px 24px; }
.masthead .site { font: 700 26px/1.2 system-ui, sans-serif; letter-spacing: .5px; margin: 0; }
.masthead nav a { color: #fff; margin-right: 16px; font: 14px system-ui, sans-serif; text-decoration: none; }
.wrap { display: flex; gap: 40px; max-width: 1080px; margin: 24px auto; padding: 0 24px; }
.wrap > div { flex: 1 1 680px; min-width: 0; }
aside { flex: 0 0 260px; font: 14px/1.5 system-ui, sans-serif; border-left: 1px solid var(--rule); padding-left: 20px; }
aside li { margin-bottom: 10px; }
.kicker { color: var(--accent); font: 700 13px system-ui, sans-serif; text-transform: uppercase; letter-spacing: 1px; }
h1 { font-size: 34px; line-height: 1.2; margin: 6px 0 12px; }
.standfirst { font-size: 20px; color: var(--muted); }
.byline { font: 14px system-ui, sans-serif; color: var(--muted); border-bottom: 1px solid var(--rule); padding-bottom: 10px; }
figure { margin: 20px 0; }
figure .ph { height: 180px; background: linear-gradient(135deg, #c9d6e3, #8fa7bf); }
figcaption { font: 13px system-ui, sans-serif; color: var(--muted); }
blockquote { border-left: 4px solid var(--accent); margin: 16px 0; padding-left: 16px; font-style: italic; }
.tags span { display: inline-block; background: var(--rule); border-radius: 3px; padding: 0 6px; margin-right: 4px; font: 13px system-ui, sans-serif; }
.afterword { font: 14px system-ui, sans-serif; color: var(--muted); }
footer { border-top: 1px solid var(--rule); padding: 16px 24px; font: 13px system-ui, sans-serif; color: var(--muted); }
`;

const DARK_CSS = `
:root { --accent: #8ab4f8; --bg: #111; --fg: #e8e8e8; --muted: #a8a8a8; --rule: #333; }
.masthead { background: #1c1c1c; border-bottom: 2px solid var(--accent); }
`;

// The visually hidden skip link real news sites carry, in the page's language.
const SKIP_LINK: Record<string, string> = {
  ru: 'Перейти к содержанию',
  kk: 'Негізгі мазмұнға өту',
  nl: 'Naar de inhoud',
  de: 'Zum Inhalt springen',
  hu: 'Ugrás a tartalomra',
};

// "By" before the author's name, in the page's language.
const BY: Record<string, string> = { ru: 'Автор:', kk: 'Авторы:', nl: 'Door', de: 'Von', hu: 'Szerző:' };

function inline(part: Inline): SafeHtml {
  if (typeof part === 'string') return html`${part}`;
  if ('href' in part) return html`<a href="${part.href}">${part.text}</a>`;
  return html`<em>${part.em}</em>`;
}

function block(b: Block): SafeHtml {
  if (b.kind === 'h2') return html`<h2>${b.text}</h2>\n`;
  if (b.kind === 'blockquote') return html`<blockquote><p>${b.parts.map(inline)}</p></blockquote>\n`;
  return html`<p>${b.parts.map(inline)}</p>\n`;
}

function byline(page: ArticlePage): SafeHtml {
  const { author, source, date, link } = page.byline;
  const bits: SafeHtml[] = [];
  if (author) bits.push(html`${BY[page.lang] ?? 'By'} <span class="author">${author}</span>`);
  if (source) bits.push(html`<span class="source">${source}</span>`);
  if (date) bits.push(html`<time datetime="${date.iso}">${date.label}</time>`);
  if (link) bits.push(html`<a class="original" href="${link}">Original article</a>`);
  const joined = bits.map((b, i) => (i === 0 ? b : html` · ${b}`));
  return html`<p class="byline">${joined}</p>\n`;
}

function article(page: ArticlePage): SafeHtml {
  return html`<article>
${page.kicker ? html`<p class="kicker">${page.kicker}</p>` : ''}
<h1>${page.headline}</h1>
${page.standfirst ? html`<p class="standfirst">${page.standfirst}</p>` : ''}
${byline(page)}${page.figure ? html`<figure><div class="ph" role="img" aria-label="${page.figure.caption}"></div><figcaption>${page.figure.caption}<br>${page.figure.credit}</figcaption></figure>\n` : ''}${page.body.map(block)}${page.tags ? html`<p class="tags">Tags: ${page.tags.map((t, i) => html`${i ? ' ' : ''}<span>${t}</span>`)}</p>\n` : ''}${(page.afterword ?? []).map((line) => html`<p class="afterword">${line}</p>\n`)}</article>`;
}

/** Renders the complete HTML document for a page. */
export function renderPage(page: ArticlePage): string {
  const css = BASE_CSS + (page.theme === 'dark' ? DARK_CSS : '') + (page.extraCss ?? '');
  const accent = page.theme === 'dark' ? '' : `:root { --accent: ${page.site.accent}; }\n`;
  const doc = html`<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} | ${page.site.name}</title>
<meta name="description" content="${page.description}">
<style>${trustedCode(css + accent)}</style>
</head>
<body>
<a class="skip" href="#main">${SKIP_LINK[page.lang] ?? 'Skip to main content'}</a>
<header class="masthead">
<p class="site">${page.site.name}</p>
<nav>${page.site.nav.map((item) => html`<a href="#">${item}</a>`)}</nav>
</header>
<main id="main" class="wrap">
<div>
${page.beforeArticle ?? ''}${article(page)}
${page.afterArticle ?? ''}</div>
<aside>
<h2>${page.aside.heading}</h2>
<ul>
${page.aside.links.map((l) => html`<li><a href="${l.href}">${l.text}</a></li>\n`)}</ul>
</aside>
</main>
<footer>© ${page.site.name}. Fixture page generated for Counterpoint tests; not the original publication.</footer>
${page.scripts ?? ''}</body>
</html>
`;
  return doc.value;
}
