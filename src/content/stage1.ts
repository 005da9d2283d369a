/**
 * Stage 1 of the content script, injected into every http(s) page. It looks
 * at the page, decides whether the page is about the story, and only then loads
 * stage 2 (the scanner). Its needles settle that most pages are not, on the
 * page's whole text read in a few calls (quick-look.ts); only a page with a
 * word of each required group is sampled (page-sample.ts), and sends its
 * sample to the extension's background for the full verdict. Anywhere else it
 * changes nothing and sends nothing: it only leaves its answer to the popup's
 * question or the user's "check this quote" where the extension can call it
 * (platform/page-answer.ts).
 * When a single-page site changes its URL (url-change.ts), it asks again: a
 * page that became the story is scanned, one that stopped being it cleared.
 */
import builtin from 'virtual:story-topic';
import { onceUntilFailure } from '../core/once-until-failure.ts';
import type { PageSample, TopicResult } from '../core/topic/detect-topic.ts';
import { mayBeAbout, mayContain } from '../core/topic/topic-needles.ts';
import { detectBuiltinTopic, matchImportedTopic } from '../platform/pack-client.ts';
import { hasImportedPacks } from '../platform/imported-packs-flag.ts';
import { answerInThisFrame } from '../platform/page-answer.ts';
import { isSiteEnabled, onSiteEnabledChange } from '../platform/site-settings.ts';
import { answerInFrame } from './frame-answer.ts';
import { hasSelectedText, isQuoteCheck } from './frame-selection.ts';
import { sameSample, samplePage } from './page-sample.ts';
import { loadScanner, pageState, type Verdict } from './page-state.ts';
import { headTexts, quickLook, sameTexts } from './quick-look.ts';
import { importRouter } from './stage2-modules.ts';
import { stylesheetsReady } from './stylesheets-ready.ts';
import { onUrlChange } from './url-change.ts';

// A page with less text than this at document idle may still be rendering its
// article with scripts; it gets one more look once loaded.
const THIN_PAGE_CHARS = 2000;
const SECOND_LOOK_DELAY_MS = 2500;
// After a single-page navigation the router renders the new page; read it once that is likely done.
const AFTER_NAVIGATION_MS = 400;

/** Runs stage 1 on the current document. */
export async function init(): Promise<void> {
  answerInThisFrame(answer);
  onUrlChange(() => void navigated());
  const look = (looks += 1);
  // The quick look reads no styles: only a page it cannot rule out waits for the stylesheets.
  await detectWithSecondLook(
    look,
    () => secondLook(),
    () => stylesheetsReady(document),
  );
}

// Each look at the page gets a number: a later navigation makes an earlier look's verdict moot.
let looks = 0;
let following = false;

async function navigated(): Promise<void> {
  const look = (looks += 1);
  pageState.askedQuotes = []; // Checked on the page the reader left.
  await new Promise((done) => setTimeout(done, AFTER_NAVIGATION_MS));
  if (look !== looks) return;
  await detectWithSecondLook(look, () => new Promise((done) => setTimeout(done, SECOND_LOOK_DELAY_MS)));
}

// Applies the verdict, then takes one more look at a page that may still be rendering its article,
// unless a newer look took over. A second look that reads as the first changes nothing.
async function detectWithSecondLook(
  look: number,
  wait: () => Promise<unknown>,
  beforeSample?: () => Promise<void>,
): Promise<void> {
  const first = await lookAtPage(undefined, beforeSample);
  if (!first || look !== looks) return;
  const final = first.story.verdict.about || !first.lookAgain;
  // The popup can tell at once why the page is not about the story; but the scan a single-page
  // site's last article started is stopped only if the second look agrees: the next article may
  // still be rendering.
  const appliedNow = final || !pageState.scanner;
  if (appliedNow) await apply(first.story);
  if (final) return;
  await wait();
  if (look !== looks) return;
  const again = await lookAtPage(first.read);
  if (look !== looks) return;
  if (again) await apply(again.story);
  else if (!appliedNow) await apply(first.story);
}

/** One look at the page: its verdict, what it read, and whether the page deserves a second look. */
interface Look {
  story: Story;
  read: PageSample | string[];
  lookAgain: boolean;
}

// Most pages are ruled out on their whole text, read in a few calls (quick-look.ts); the others,
// and a page too large to read whole, are sampled, after `beforeSample`. Null when the page reads
// as `before` did. A page ruled out on its whole text always gets its second look: that look
// costs as little, and this one did not measure how much of the text a reader sees (an app's
// shell can be nearly empty).
async function lookAtPage(before?: Look['read'], beforeSample?: () => Promise<void>): Promise<Look | null> {
  const head = headTexts(document);
  const texts = mayContain(head, builtin.needles) ? null : quickLook(document, head);
  // Compared before the needles search them: a page that did not change is not folded again.
  if (texts && Array.isArray(before) && sameTexts(before, texts)) return null;
  if (texts && !mayContain(texts, builtin.needles)) {
    const sample = onceSampled();
    return { story: await withImported(ruledOut(sample), sample), read: texts, lookAgain: true };
  }
  await beforeSample?.();
  const sample = samplePage(document);
  if (before && !Array.isArray(before) && sameSample(before, sample)) return null;
  // Words of the story in the whole text but not about it as shown: the words may be in a script's
  // data or hidden, and the page may show them yet.
  const lookAgain = sample.body.length < THIN_PAGE_CHARS || texts !== null;
  return { story: await detect(sample), read: sample, lookAgain };
}

// The page's sample, taken when first needed: when the popup asks why the page is not about the story.
function onceSampled(): () => PageSample {
  let sample: PageSample | null = null;
  return () => (sample ??= samplePage(document));
}

// The page is (or is no longer) about the story: scan it, or take everything away.
async function apply(story: Story): Promise<void> {
  pageState.detection = story.verdict;
  if (!story.verdict.about) {
    if (pageState.scanner) await (await loadScanner()).stop();
    return;
  }
  const changedStory = pageState.storyPack !== null && pageState.storyPack !== story.packId;
  pageState.storyPack = story.packId;
  const host = location.hostname;
  if (!following) {
    following = true;
    onSiteEnabledChange(host, (enabled) => {
      if (!pageState.detection?.about) return;
      void loadScanner().then((scanner) => (enabled ? scanner.start() : scanner.stop()));
    });
  }
  if (!(await isSiteEnabled(host))) return;
  const scanner = await loadScanner();
  // Another story's claims mean nothing here: read the page afresh for the new one.
  if (changedStory) await scanner.stop();
  await scanner.start();
}

function secondLook(): Promise<void> {
  const loaded =
    document.readyState === 'complete'
      ? Promise.resolve()
      : new Promise((done) => addEventListener('load', done, { once: true }));
  return loaded.then(() => new Promise((done) => setTimeout(done, SECOND_LOOK_DELAY_MS)));
}

/** A verdict on the page, with the pack whose story it is about (the built-in one when none). */
interface Story {
  packId: string;
  verdict: Verdict;
}

/** The built-in story's verdict, or the first imported pack's story the page is about, with its pack. */
async function detect(sample: PageSample): Promise<Story> {
  // Most pages lack every word of a required group: detected in full only if the popup asks why.
  // The background's verdict on the others; without one (it could not answer), "not about".
  const verdict = mayBeAbout(sample, builtin.needles)
    ? await detectBuiltinTopic(sample).then(settled, () => ruledOut(() => sample))
    : ruledOut(() => sample);
  return withImported(verdict, () => sample);
}

// The built-in story when the page is about it; otherwise the first imported pack's story the page
// is about, if any. Imported topics are matched by the background, which holds their compiled
// tables: only when a pack exists (imported-packs-flag.ts) does this page send its sample.
async function withImported(verdict: Verdict, sample: () => PageSample): Promise<Story> {
  if (verdict.about) return { packId: builtin.packId, verdict };
  const imported = hasImportedPacks() ? await matchImportedTopic(sample()).catch(() => null) : null;
  return imported
    ? { packId: imported.packId, verdict: settled(imported.result) }
    : { packId: builtin.packId, verdict };
}

function settled(result: TopicResult): Verdict {
  return { about: result.about, result: () => Promise.resolve(result) };
}

// A "not about" verdict whose score and evidence are worked out (by the background) when first
// asked, and asked again after a failure. Until then it keeps the page's sample, once taken (at
// most ~26,000 characters), for as long as the verdict stands.
function ruledOut(sample: () => PageSample): Verdict {
  return { about: false, result: onceUntilFailure(() => detectBuiltinTopic(sample())) };
}

// The popup's and the background's questions (only this extension can call it); the router,
// loaded on first use, validates each against the protocol.
function answer(message: unknown): Promise<unknown> | undefined {
  // A quote check is answered by a frame with the selection (frame-selection.ts).
  if (isQuoteCheck(message) && !hasSelectedText()) return undefined;
  return importRouter()
    .then((router) => router.route(message))
    .catch((error: unknown) => ({ error: String(error) }));
}

// In a frame (given stage 1 only when the reader asks to check a quote there), only that check
// (frame-answer.ts): frames are not read.
if (window === window.top) void init();
else answerInFrame();
