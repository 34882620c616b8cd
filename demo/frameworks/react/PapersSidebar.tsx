// React 19 with paper-feed's JSX types: properties, attributes and events on the custom elements
// type-check (npm run typecheck:frameworks). The package names resolve as an app's would; this
// repository maps them to the sources (tsconfig.json `paths`).
import { useState } from 'react';
import 'paper-feed/define';
import type {} from 'paper-feed/react';
import type { Paper } from 'paper-feed';

const pinned: Paper = {
  id: '2406.16218',
  title: 'Trace is the New AutoDiff',
  abstract: 'We study a class of optimization problems motivated by automating the design of AI systems.',
  authors: ['Ching-An Cheng', 'Allen Nie', 'Adith Swaminathan'],
  tags: [],
  source: 'hugging-face',
  url: 'https://huggingface.co/papers/2406.16218',
};

export function PapersSidebar() {
  const [count, setCount] = useState(0);
  return (
    <aside>
      <p>{count} papers today</p>
      <paper-feed
        src="https://huggingface.co/api/daily_papers"
        limit={5}
        sort="upvotes"
        layout="compact"
        searchable
        linkTarget="_blank"
        onpaper-feed-load={(event) => {
          setCount(event.detail.papers.length);
        }}
        onpaper-feed-error={(event) => {
          console.warn(event.detail.error);
        }}
      >
        <subscribe-form
          slot="footer"
          action="https://example.com/subscribe"
          onsubscribe-form-success={(event) => {
            console.log(event.detail);
          }}
        />
      </paper-feed>
      <paper-card paper={pinned} variant="compact" headingLevel={4} theme="auto" />
      <paper-card heading="OneFlow" href="https://huggingface.co/papers/2110.15032" authors="Jinhui Yuan, Xinqi Li" />
    </aside>
  );
}
