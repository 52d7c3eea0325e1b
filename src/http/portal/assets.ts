import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { placeholderPng } from '../../commands/news/placeholder-image.js';

interface Asset {
  type: string;
  body: Buffer;
  gzip: Buffer | null;
  hash: string;
}

const DIR = import.meta.dirname;

function make(type: string, body: Buffer, compress: boolean): Asset {
  return {
    type,
    body,
    gzip: compress ? gzipSync(body, { level: 9 }) : null,
    hash: createHash('sha256').update(body).digest('hex').slice(0, 10),
  };
}

/** The portal's static files, read once: stylesheet, enhancement script, icon, link-preview card. */
export const ASSETS: Readonly<Record<string, Asset>> = {
  'portal.css': make(
    'text/css; charset=utf-8',
    fs.readFileSync(path.join(DIR, 'portal.css')),
    true,
  ),
  'portal.js': make(
    'text/javascript; charset=utf-8',
    fs.readFileSync(path.join(DIR, 'portal.js')),
    true,
  ),
  'icon.svg': make('image/svg+xml', fs.readFileSync(path.join(DIR, 'icon.svg')), true),
  'og-default.png': make('image/png', placeholderPng(1200, 630), false),
};

/** URL of an asset with its content hash (cached for a year, changes with the content). */
export function assetUrl(name: keyof typeof ASSETS | string): string {
  const a = ASSETS[name];
  return `/portal/assets/${name}${a ? `?v=${a.hash}` : ''}`;
}
