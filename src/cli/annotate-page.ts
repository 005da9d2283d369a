/**
 * The command line's analysis of one page: the same topic detection, claim
 * matching and quote checks as the extension, as plain data.
 */
import type { Corpus } from '../core/corpus/corpus.ts';
import { claimStatus, createCorpus } from '../core/corpus/corpus.ts';
import { scanText, type TextScan } from '../core/scan-text.ts';
import { detectTopic, type TopicEvidence, type TopicResult } from '../core/topic/detect-topic.ts';
import { pageLanguages } from './detect-language.ts';
import type { ReadPage } from './read-page.ts';

/** The machine-readable result (`--json`). Offsets are into `text`, the page's visible text. */
export interface Annotation {
  about: boolean;
  /** The page's language as detected (ISO 639-1), null when the detector cannot tell. */
  language: string | null;
  score: number;
  evidence: TopicEvidence[];
  claims: {
    id: string;
    start: number;
    end: number;
    text: string;
    patternId: string;
    confidence: number;
    status: string;
  }[];
  quotes: {
    text: string;
    start: number;
    end: number;
    /** verbatim | variant | not-found | translation. */
    verdict: string;
    similarity: number;
    sources: string[];
    speaker?: string;
  }[];
}

/** A page's topic verdict and, on a page about a story, the scan against that story's pack alone. */
export interface StoryScan {
  topic: TopicResult | null;
  /** Null when the page is about no story. */
  scan: TextScan | null;
  /** The story's own pack as a corpus (the whole corpus when the page is about no story). */
  corpus: Corpus;
  /** The page's language as detected; undefined when the detector cannot tell. */
  language: string | undefined;
}

/** Detects the page's story and scans it; claims and quotes are looked for only on pages about a story, in that story's pack. */
export function scanStory(page: ReadPage, corpus: Corpus): StoryScan {
  const detections = corpus.packs.map((pack) => ({ pack, result: detectTopic(page.sample, pack.topic) }));
  const story = detections.find((detection) => detection.result.about) ?? detections[0];
  const languages = pageLanguages(page.text);
  const language = languages.page;
  if (!story || !story.result.about) return { topic: story?.result ?? null, scan: null, corpus, language };
  // The claims of the page's own story only, as in the extension.
  const storyCorpus = createCorpus([story.pack]);
  return { topic: story.result, scan: scanText(page.text, storyCorpus, languages), corpus: storyCorpus, language };
}

/** Analyses a page against the corpus (see {@link scanStory}). */
export function annotatePage(page: ReadPage, corpus: Corpus): Annotation {
  const { topic, scan, language } = scanStory(page, corpus);
  const base = {
    about: topic?.about ?? false,
    language: language ?? null,
    score: topic?.score ?? 0,
    evidence: topic?.evidence ?? [],
  };
  if (!scan) return { ...base, claims: [], quotes: [] };
  return {
    ...base,
    claims: scan.claims.map((match) => ({
      id: match.claimId,
      start: match.start,
      end: match.end,
      text: page.text.slice(match.start, match.end),
      patternId: match.patternId,
      confidence: match.confidence,
      status: claimStatus(corpus.claims.get(match.claimId)!),
    })),
    quotes: scan.quotes.map((quote) => ({
      text: quote.text,
      start: quote.start,
      end: quote.end,
      verdict: quote.check.verdict,
      similarity: quote.check.similarity,
      sources: [...new Set(quote.check.matches.map((match) => match.documentId))],
      ...(quote.speakerId ? { speaker: quote.speakerId } : {}),
    })),
  };
}
