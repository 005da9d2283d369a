/**
 * A word diff shown inline: words only in the source passage struck through,
 * words only on the page inserted, each with hidden text so a screen reader
 * says which is which.
 */
import type { DiffPart } from '../core/quotes/check-quote.ts';
import { useMessages } from './i18n.tsx';

/** Renders diff parts in order; `removed` = only in the source, `added` = only on the page. */
export function DiffText({ parts }: { parts: readonly DiffPart[] }) {
  const m = useMessages();
  return (
    <span class="cp-diff">
      {parts.map((part, index) => {
        if (part.kind === 'same') return <span key={index}>{part.text}</span>;
        const Tag = part.kind === 'removed' ? 'del' : 'ins';
        return (
          <Tag key={index}>
            <span class="cp-sr">{m.t(part.kind === 'removed' ? 'diffRemoved' : 'diffAdded')} </span>
            {part.text}
          </Tag>
        );
      })}
    </span>
  );
}
