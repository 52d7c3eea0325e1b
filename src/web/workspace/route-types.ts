/**
 * Types shared by the workspace menu (nav.ts), the page table (pages.ts) and the areas that
 * contribute entries (admin/routes.ts, campaigns/routes.ts). They live apart so that no area
 * imports the files that import it (no import cycle).
 */
import type { ComponentType, LazyExoticComponent } from 'react';
import type { Localized } from '../i18n/language';

export type NavIcon =
  | 'overview'
  | 'queue'
  | 'intake'
  | 'register'
  | 'search'
  | 'monitor'
  | 'reports'
  | 'campaigns'
  | 'privacy'
  | 'admin';

export interface NavEntry {
  path: string;
  label: Localized;
  /** Shown only to officials who hold this ability (from GET /api/v1/me). */
  ability?: string;
}

export interface NavGroup {
  key: string;
  label: Localized;
  icon: NavIcon;
  /** A group with a path is a single link; otherwise it opens its entries. */
  path?: string;
  /** A single-link group shown only to officials who hold this ability. */
  ability?: string;
  entries: NavEntry[];
}

export interface WorkspacePage {
  path: string;
  component: LazyExoticComponent<ComponentType>;
}
