import listings from '../demo/data/daily-papers.json';
import { readHuggingFace } from '../src/data/formats/hugging-face.js';
import type { Paper } from '../src/data/paper.js';

/** The demo's 27 sample papers, read by the production Hugging Face reader. */
export const samplePapers: Paper[] = readHuggingFace(listings);

/** The same sample as a feed URL the stories can point at (served from Storybook's static dir). */
export const sampleFeedUrl = 'data/daily-papers.json';

/** One sample paper by position. */
export function samplePaper(index: number): Paper {
  const paper = samplePapers[index];
  if (!paper) throw new RangeError(`There are ${samplePapers.length} sample papers, not ${index + 1}.`);
  return paper;
}
