// The gallery's cards, from the embedded sample feed read by the production reader, each with the
// thumbnail drawn for it (demo/data/README.md).
import listings from './data/daily-papers.json';
import { readHuggingFace } from '../src/data/formats/hugging-face.js';
import type { Paper } from '../src/data/paper.js';

const papers = readHuggingFace(listings).map((paper) => ({
  ...paper,
  thumbnail: new URL(`./data/thumbnails/${paper.id}.svg`, import.meta.url).href,
}));
const rtl: Paper = {
  id: 'rtl-1',
  title: 'نماذج اللغة الكبيرة لتلخيص الأوراق البحثية (LLM)',
  abstract:
    'نقدم طريقة لتلخيص الأوراق البحثية باستخدام نماذج اللغة الكبيرة، ونقيسها على 27 ورقة من قائمة الأوراق اليومية. الشيفرة متاحة على https://github.com/example/rtl-summaries.',
  authors: ['سارة أحمد', 'Ada Lovelace', 'محمد علي', 'Alan Turing'],
  published: '2025-12-10T00:00:00.000Z',
  upvotes: 42,
  comments: 3,
  url: 'https://huggingface.co/papers/2512.00001',
  pdfUrl: 'https://arxiv.org/pdf/2512.00001',
  organization: 'مختبر الأنظمة',
  tags: [],
  source: 'hugging-face',
};

for (const card of document.querySelectorAll<HTMLElement & { paper?: Paper | undefined }>('paper-card[data-paper]')) {
  const key = card.dataset.paper;
  card.paper = key === 'rtl' ? rtl : papers[Number(key)];
}
