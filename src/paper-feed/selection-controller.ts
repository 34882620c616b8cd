import type { ReactiveControllerHost } from 'lit';
import type { Paper } from '../data/paper.js';
import { selectPapers, type PaperSort } from '../data/select.js';

/** Cards shown at first when a page sets no valid `limit`. */
export const defaultLimit = 10;

/** How the host wants its papers chosen and paged, as its attributes say it; read once per update. */
export interface SelectionOptions {
  sort: PaperSort;
  /** The page's preset filter; what the reader types replaces it. */
  query: string;
  /** Papers with fewer upvotes are left out; anything but a finite number means none is. */
  minUpvotes: number;
  /** Papers cited fewer times (or with no count) are left out; anything but a finite number means none is. */
  minCitations?: number | undefined;
  /** Cards shown at first, and again after each new request or search; a positive integer, else 10. */
  limit: number;
  /** Cards each {@link SelectionController.showMore} adds; a positive integer, else `limit`. */
  pageSize?: number | undefined;
}

const positiveInteger = (value: number | undefined): value is number => Number.isInteger(value) && (value ?? 0) > 0;

export interface Selection {
  /** Every paper the sort and the filters keep, in order. */
  selected: Paper[];
  /** The first of those, as many as the reader has paged to. */
  visible: Paper[];
}

/**
 * Which papers a feed shows: sorted and filtered (by the page's preset query, or what the reader
 * typed), then paged, "Show more" adding a page at a time. Computed again only when an input changed.
 */
export class SelectionController {
  readonly #host: ReactiveControllerHost;
  #options: Required<SelectionOptions> & { pageSize: number } = {
    sort: 'feed',
    query: '',
    minUpvotes: 0,
    minCitations: 0,
    limit: defaultLimit,
    pageSize: defaultLimit,
  };
  #typed: string | undefined;
  #shown = 0;
  #memo: (Selection & { papers: readonly Paper[]; key: string }) | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** Sets the options for this update; call it in the host's `willUpdate`. */
  set options({ sort, query, minUpvotes, minCitations, limit, pageSize }: SelectionOptions) {
    const first = positiveInteger(limit) ? limit : defaultLimit;
    this.#options = {
      sort,
      query,
      minUpvotes: Number.isFinite(minUpvotes) ? minUpvotes : 0,
      minCitations: Number.isFinite(minCitations) ? (minCitations ?? 0) : 0,
      limit: first,
      pageSize: positiveInteger(pageSize) ? pageSize : first,
    };
  }

  /** The words filtering the papers: what the reader typed, else the page's preset query. */
  get query(): string {
    return this.#typed ?? this.#options.query;
  }

  /** How many papers the reader has paged to. */
  get shown(): number {
    return this.#shown;
  }

  /** Back to the first page (a new feed was asked for). */
  restart(): void {
    this.#shown = this.#options.limit;
  }

  /** Papers arrived: at least the first page shows. */
  loaded(): void {
    this.#shown = Math.max(this.#shown, this.#options.limit);
  }

  /** The reader typed in the search box: a new filter, from the first page. */
  search(typed: string): void {
    this.#typed = typed;
    this.restart();
    this.#host.requestUpdate();
  }

  /** Adds a page; returns the position of the first paper it adds. */
  showMore(): number {
    const first = this.#shown;
    this.#shown += this.#options.pageSize;
    this.#host.requestUpdate();
    return first;
  }

  /** The papers to show out of `papers`. */
  select(papers: readonly Paper[]): Selection {
    const { sort, minUpvotes, minCitations } = this.#options;
    const query = this.query;
    const key = [sort, query, minUpvotes, minCitations, this.#shown].join('\u0000');
    if (this.#memo?.papers !== papers || this.#memo.key !== key) {
      const selected = selectPapers(papers, { sort, query, minUpvotes, minCitations });
      this.#memo = { papers, key, selected, visible: selected.slice(0, this.#shown) };
    }
    return this.#memo;
  }
}
