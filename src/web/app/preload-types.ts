/** What public/preload.js leaves for the app (see there). */
export interface Preloaded {
  me: Promise<unknown>;
  reference: Promise<unknown>;
  /** The queue's first page and the URL it was asked with; absent on other screens. */
  queue?: { url: string; data: Promise<unknown> };
}

declare global {
  interface Window {
    __danvanPreload?: Preloaded;
  }
}
