export interface Listing {
  paper: {
    id: string;
    title: string;
    summary: string;
    authors: readonly { name: string }[];
    publishedAt: string;
    upvotes: number;
  };
  numComments?: number;
}

export function longFeed(listings: readonly Listing[], count: number, abstractLength?: number): Listing[];
