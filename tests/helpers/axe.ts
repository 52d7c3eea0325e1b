/**
 * Accessibility and "developer text" checks for browser tests: axe-core injected into the page
 * (WCAG 2.x A/AA rules), and a scan of the rendered text for words meant for developers.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** One failing axe rule, with where it failed (CSS targets) and why, for a readable test failure. */
export interface AxeFinding {
  id: string;
  impact: string;
  nodes: string[];
}

/** Runs axe on the page and returns the critical and serious violations (empty = pass). */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            opts: object,
          ): Promise<{
            violations: {
              id: string;
              impact: string | null;
              nodes: { target: string[]; failureSummary?: string }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? '',
        nodes: v.nodes
          .slice(0, 5)
          .map(
            (n) =>
              `${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}`,
          ),
      }));
  });
}

/**
 * Text an official or a citizen should never read: the name of the project's glossary file,
 * internal rule ids (`feedback.resolve.local-default`), developer notes, and raw snake_case codes
 * (`land_use_right_dispute`, `process_accept`) that should have been turned into words.
 */
export const DEVELOPER_TEXT: ReadonlyArray<[string, RegExp]> = [
  ['glossary file name', /domain\.md/i],
  ['rule id', /\b(complaint|denunciation|recommendation|feedback)\.[a-z_]+\.[a-z0-9_.-]+/],
  ['developer note', /local-practice|\bto verify\b|\bTODO\b|\bundefined\b|\[object Object\]/],
  ['raw code', /\b[a-z]{2,}_[a-z_]{2,}\b/],
];

/**
 * Codes of the deadline rules and the lifecycle (a step `forward`, a round `second`, a rule
 * counting from `receipt`, a kind, a status): English words, so on a Vietnamese screen any of them
 * standing alone is a code shown raw. (On an English screen they are ordinary words: not checked.)
 */
export const RAW_CODE_WORDS =
  /(?<![\p{L}\p{N}_.-])(forward|process|accept|resolve|publish|enforce|send|effective|receipt|acceptance|decision|learned|first|second|normal|complex|calendar|working|complaint|denunciation|recommendation|feedback|received|accepted|assigned|verification|forwarded|urged|decided|published|enforcement|suspended|closed|lodge_second|notify_acceptance|time_bar|review_further|overdue_report|overdue_answer|very_complex)(?![\p{L}\p{N}_.-])/u;

/**
 * The developer text visible on the page (empty = clean), with the matching snippet.
 * `lang: 'vi'` adds the codes of {@link RAW_CODE_WORDS}; `only: 'lifecycle codes'` checks those
 * alone (administration screens, where rule ids and the codes the administrator maintains, such as
 * topic codes, are shown on purpose).
 */
export async function developerText(
  page: Page,
  options: { lang?: 'vi' | 'en'; only?: 'lifecycle codes' } = {},
): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  const found: string[] = [];
  const checks: ReadonlyArray<readonly [string, RegExp]> = [
    ...(options.only ? [] : DEVELOPER_TEXT),
    ...(options.lang === 'vi' ? [['raw lifecycle code', RAW_CODE_WORDS] as const] : []),
  ];
  for (const [what, pattern] of checks) {
    const m = pattern.exec(text);
    if (m)
      found.push(
        `${what}: …${text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40).replace(/\s+/g, ' ')}…`,
      );
  }
  return found;
}

/** True when nothing on the page scrolls it sideways (the phone layout holds). */
export async function fitsWidth(
  page: Page,
): Promise<{ scrollWidth: number; innerWidth: number; fits: boolean; widest: string[] }> {
  return page.evaluate(() => {
    const scrollWidth = document.scrollingElement!.scrollWidth;
    // What sticks out (for the failure message): the outermost elements past the right edge.
    const widest: string[] = [];
    if (scrollWidth > window.innerWidth)
      for (const el of Array.from(document.querySelectorAll('body *'))) {
        const r = el.getBoundingClientRect();
        if (r.right <= window.innerWidth + 0.5 || r.width === 0 || el.closest('thead')) continue;
        if (
          el.parentElement &&
          el.parentElement.getBoundingClientRect().right > window.innerWidth + 0.5
        )
          continue;
        const cls =
          typeof el.className === 'string' ? el.className.split(' ').slice(0, 2).join('.') : '';
        widest.push(
          `${el.tagName.toLowerCase()}.${cls} "${(el.textContent ?? '').slice(0, 40)}" → ${Math.round(r.right)}`,
        );
        if (widest.length >= 3) break;
      }
    return {
      scrollWidth,
      innerWidth: window.innerWidth,
      fits: scrollWidth <= window.innerWidth,
      widest,
    };
  });
}
