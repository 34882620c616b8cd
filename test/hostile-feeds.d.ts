import type { FeedFormat } from '../src/data/formats/detect.js';
import type { Paper } from '../src/data/paper.js';

export interface HostileEntry {
  id: string;
  title?: string;
  abstract?: string;
  authors?: string[];
  tags?: string[];
  url?: string;
  link?: string;
  comment?: string;
  author?: string;
  aiSummary?: string;
  organization?: string;
}

export interface BuiltCase {
  body: string;
  count: number;
  first: Partial<Paper>;
}

export interface CaseKind {
  id: string;
  name: string;
  formats: readonly Exclude<FeedFormat, 'auto'>[];
  build(format: Exclude<FeedFormat, 'auto'>, size: number): BuiltCase;
}

export interface WorstCase extends BuiltCase {
  name: string;
  format: Exclude<FeedFormat, 'auto'>;
}

export const caseKinds: readonly CaseKind[];

export const xmlFormats: readonly Exclude<FeedFormat, 'auto'>[];
export const allFormats: readonly Exclude<FeedFormat, 'auto'>[];
export function feedOf(
  format: Exclude<FeedFormat, 'auto'>,
  entries: HostileEntry[],
  options?: { comment?: string; subset?: string },
): string;
export function worstCases(size: number): WorstCase[];
