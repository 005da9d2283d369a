/**
 * The command line's analysis of one page: the same topic detection, claim
 * matching and quote checks as the extension, as plain data.
 */
import type { Corpus } from '../core/corpus/corpus.ts';
import { claimStatus, createCorpus } from '../core/corpus/corpus.ts';
import { scanText } from '../core/scan-text.ts';
import { detectTopic, type TopicEvidence } from '../core/topic/detect-topic.ts';
import type { ReadPage } from './read-page.ts';

/** The machine-readable result (`--json`). Offsets are into `text`, the page's visible text. */
export interface Annotation {
  about: boolean;
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
    verdict: string;
    similarity: number;
    sources: string[];
    speaker?: string;
  }[];
}

/** Analyses a page against the corpus; claims and quotes are looked for only on pages about a story, in that story's pack. */
export function annotatePage(page: ReadPage, corpus: Corpus): Annotation {
  const detections = corpus.packs.map((pack) => ({ pack, result: detectTopic(page.sample, pack.topic) }));
  const story = detections.find((detection) => detection.result.about) ?? detections[0];
  const about = story?.result.about ?? false;
  const base = { about, score: story?.result.score ?? 0, evidence: story?.result.evidence ?? [] };
  if (!story || !about) return { ...base, claims: [], quotes: [] };
  // The claims of the page's own story only, as in the extension.
  const scan = scanText(page.text, createCorpus([story.pack]));
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
