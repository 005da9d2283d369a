/**
 * The floor under stage 1 on an off-topic page: an extension whose content
 * script does only what any check of a page for the story must do there, in
 * as little code as it can be written. It leaves an answering function on its
 * world's global and listens for single-page navigations (as stage 1 does, so
 * that the popup can ask and a site's next article is seen), reads the title,
 * address, description, the body's text and each open shadow root's text,
 * lowercases them and searches them for the story's words (the build's
 * needles). It folds no accents, takes no second look and samples nothing:
 * stage 1 can cost no less than this. On a page whose renderer has not run it
 * before, its cost is mostly the first use of each of these in a new world,
 * which no code of ours can avoid.
 */
import { contentScriptExtension } from './page-loads.ts';

const REGEXP_SYNTAX = /[\\^$.*+?()[\]{}|]/;

/** Writes the floor extension, searching for `needles` (one list per required group), to a temporary folder. */
export function floorExtension(needles: readonly (readonly string[])[]): string {
  if (needles.flat().some((needle) => REGEXP_SYNTAX.test(needle)))
    throw new Error('A needle holds regular-expression syntax: the floor script joins them unescaped');
  return contentScriptExtension('Minimal stage 1', floorScript(needles));
}

// The bench pages all have a body: the script reads it unguarded.
function floorScript(needles: readonly (readonly string[])[]): string {
  return `
globalThis.counterpointAnswer = () => undefined;
const check = () => undefined;
const nav = globalThis.navigation;
if (nav) {
  nav.addEventListener('currententrychange', check);
  nav.addEventListener('navigatesuccess', check);
}
const description = document.querySelector('meta[name="description"]');
const texts = [document.title, location.href, description ? description.content : '', document.body.textContent];
const hosts = document.evaluate("descendant-or-self::*[contains(local-name(), '-')]", document.body, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
for (let index = 0; index < hosts.snapshotLength; index += 1) {
  const shadow = hosts.snapshotItem(index).shadowRoot;
  if (shadow) texts.push(shadow.textContent);
}
const groups = ${JSON.stringify(needles)}.map((group) => new RegExp(group.join('|')));
const lowered = texts.map((text) => text.toLowerCase());
if (groups.every((group) => lowered.some((text) => group.test(text)))) console.log('Maybe about the story');
`;
}
