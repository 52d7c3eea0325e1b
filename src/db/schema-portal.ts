/**
 * Table types of migration 0004 (public portal: news, citizens' feedback on answers), kept apart
 * from schema.ts like schema-campaigns.ts; `Database` extends this.
 */
export interface ArticlesTable {
  id: string;
  slug: string;
  category: string;
  title_vi: string;
  title_en: string | null;
  summary_vi: string | null;
  summary_en: string | null;
  body_vi: string;
  body_en: string | null;
  author: string | null;
  /** Instant (ISO UTC) the article is dated; null for a draft never published. */
  published_at: string | null;
  status: string;
  /** JSON array of ArticleImage. */
  images: string;
  sample: number;
  /** 1: pinned to the top of the portal's news (tin nổi bật), above newer items. */
  pinned: number;
  version: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface PetitionFeedbackTable {
  id: string;
  petition_id: string;
  kind: string;
  rating: number | null;
  reason: string | null;
  created_at: string;
  /** Re-open requests: reopened | refused, with the head's reason. */
  decision: string | null;
  decision_reason: string | null;
  decided_at: string | null;
  decided_by: string | null;
}

/** The tables of migration 0004, merged into `Database`. */
/** Migration 0010: links an Open311 client sent as `media_url`, in the order given. */
export interface Open311MediaTable {
  petition_id: string;
  position: number;
  url: string;
}

/** Migration 0011: the receipt as it was at receipt (JSON ReceiptSnapshot) and its print log. */
export interface PetitionReceiptsTable {
  petition_id: string;
  snapshot: string;
  taken_at: string;
  first_printed_at: string | null;
  print_count: number;
}

export interface PortalDatabase {
  articles: ArticlesTable;
  petition_feedback: PetitionFeedbackTable;
  open311_media: Open311MediaTable;
  petition_receipts: PetitionReceiptsTable;
}
