/**
 * Extraction check for the workspace catalog: every Vietnamese source text passed to
 * `t('…')` or `msg('…')` under src/web must have an English entry in src/web/i18n/en.ts,
 * with the same {placeholders}; and every call must pass a literal, or it cannot be extracted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '../src/web/i18n/en.js';

const webRoot = fileURLToPath(new URL('../src/web/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** `t(` or `msg(` as a call of its own (not `.t(`, `useT(`, `function msg(`). */
const callStart = /(?<![\w.$])(?<!function )(t|msg)\(\s*/g;

function unescape(body: string): string {
  return body.replace(/\\(.)/g, '$1');
}

interface Extracted {
  texts: { text: string; where: string }[];
  nonLiteral: string[];
}

function extract(): Extracted {
  const texts: Extracted['texts'] = [];
  const nonLiteral: string[] = [];
  for (const file of sourceFiles(webRoot)) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(callStart)) {
      const start = match.index + match[0].length;
      const line = source.slice(0, match.index).split('\n').length;
      const where = `${relative(webRoot, file)}:${line}`;
      const quote = source[start];
      if (quote !== "'" && quote !== '"') {
        nonLiteral.push(where);
        continue;
      }
      const literal = new RegExp(`${quote}((?:\\\\.|[^\\\\${quote}])*)${quote}`, 'y');
      literal.lastIndex = start;
      const body = literal.exec(source)?.[1];
      if (body === undefined) nonLiteral.push(where);
      else texts.push({ text: unescape(body), where });
    }
  }
  return { texts, nonLiteral };
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('web i18n catalog', () => {
  const { texts, nonLiteral } = extract();

  it('finds the source texts (the scanner works)', () => {
    expect(texts.length).toBeGreaterThan(20);
  });

  it('passes only string literals to t() and msg()', () => {
    expect(nonLiteral).toEqual([]);
  });

  it('has an English entry for every Vietnamese source text', () => {
    const missing = texts
      .filter(({ text }) => !(text in en))
      .map(({ text, where }) => `${where}  ${text}`);
    expect(missing).toEqual([]);
  });

  it('keeps the same {placeholders} in English', () => {
    const wrong = texts
      .filter(
        ({ text }) =>
          text in en && placeholders(text).join() !== placeholders(en[text] ?? '').join(),
      )
      .map(({ text, where }) => `${where}  ${text}`);
    expect(wrong).toEqual([]);
  });

  it('has no stale English entries', () => {
    const used = new Set(texts.map(({ text }) => text));
    expect(Object.keys(en).filter((key) => !used.has(key))).toEqual([]);
  });
});
