/**
 * The story's timeline in a few lines, with the events that share a statement
 * with the claim emphasised (in words as well as weight, for screen readers).
 */
import type { TimelineEntryView } from '../core/view/claim-view.ts';
import { useMessages } from './i18n.tsx';

/** A compact ordered list of timeline events; renders nothing when there are none. */
export function Timeline({ events, headingId }: { events: readonly TimelineEntryView[]; headingId: string }) {
  const m = useMessages();
  if (events.length === 0) return null;
  return (
    <section class="cp-section" aria-labelledby={headingId}>
      <h3 id={headingId} class="cp-section-heading">
        {m.t('timeline')}
      </h3>
      <ol class="cp-timeline">
        {events.map((event, index) => (
          <li key={index} class={event.linked ? 'cp-event cp-event-linked' : 'cp-event'}>
            <time dateTime={event.date}>{m.date(event.date)}</time>{' '}
            {event.linked ? (
              <strong>
                <span class="cp-sr">{m.t('relatedToClaim')} </span>
                {event.summary}
              </strong>
            ) : (
              <span>{event.summary}</span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
