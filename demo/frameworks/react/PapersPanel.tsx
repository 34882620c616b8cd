// React with paper-feed's components (paper-feed/react): the way for apps that render on the
// server and hydrate. Properties are props and events are typed `on…` props; the wrong ones below
// must fail to type-check (npm run typecheck:frameworks).
import { useRef, useState } from 'react';
import { PaperCard, PaperFeed, SubscribeForm } from 'paper-feed/react';
import type { PaperFeedElement } from 'paper-feed';

export function PapersPanel() {
  const [count, setCount] = useState(0);
  const feed = useRef<PaperFeedElement>(null);
  return (
    <section>
      <p>{count} papers today</p>
      <PaperFeed
        ref={feed}
        src="https://huggingface.co/api/daily_papers"
        limit={5}
        noCache
        linkTarget="_blank"
        className="sidebar-feed"
        onPaperFeedLoad={(event) => {
          setCount(event.detail.papers.length);
        }}
        onPaperFeedError={(event) => {
          console.warn(event.detail.error, event.detail.cachedShown);
        }}
      >
        <SubscribeForm
          slot="footer"
          action="https://example.com/subscribe"
          nameField
          onSubscribeFormSuccess={(event) => {
            console.log(event.detail.outcome);
          }}
          onSubscribeFormQueued={(event) => {
            console.log(event.detail.error);
          }}
          onSubscribeFormError={(event) => {
            console.log(event.detail.email);
          }}
        />
      </PaperFeed>
      <PaperCard heading="OneFlow" href="https://huggingface.co/papers/2110.15032" headingLevel={4} />
      {/* @ts-expect-error -- limit is a number */}
      <PaperFeed limit="5" />
      {/* @ts-expect-error -- no such event */}
      <PaperFeed onPaperFeedLoaded={() => undefined} />
      {/* @ts-expect-error -- state is read-only: the element reflects it */}
      <PaperFeed state="ready" />
      <PaperFeed
        // @ts-expect-error -- the load event's detail has no `items`
        onPaperFeedLoad={(event) => event.detail.items}
      />
    </section>
  );
}
