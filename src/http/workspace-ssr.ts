/**
 * The queue's first page written by the server (issue 17 item 4, decision 0018): on
 * `GET /app/queue` with a valid session, the workspace shell (index.html) carries in `#root` real
 * HTML of the header and of "Hàng đợi của tôi"'s first page, so the first row is on screen before
 * the ~1 MB of JavaScript is compiled and React has drawn anything; and, in the head, the same
 * answer as the API's JSON, which public/preload.js hands to the app instead of asking again.
 * React draws its own screen beside it (src/web/app/server-rendered.ts) and then removes it.
 *
 * The rows are those of `GET /api/v1/petitions?waitingForMe=true&sort=due&limit=30`, computed by
 * the same query (`listPetitions`, same actor, same scope) and passed through the same response
 * schema: never more than the API gives this official (a sealed denouncer stays sealed).
 * The markup copies src/web/petitions/PetitionList.tsx, DeadlineBadge.tsx, StatusTag.tsx and
 * QueuePage.tsx (same classes, same words; the status tints and the deadline badge's marks and
 * words are shared data in src/domain/petition/): tests/browser/queue-ssr.test.ts compares the first
 * row's text before and after React.
 * In the official's language: the choice lives in the browser (localStorage), and the app copies
 * it into the `lang` cookie, which this page follows (Vietnamese without it; decision 0019-h20).
 */
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { z } from 'zod';
import type { Ctx } from '../db/context.js';
import type { Actor } from '../domain/access/actor.js';
import { ROLE_LABELS } from '../domain/access/roles.js';
import {
  DEADLINE_STEP_LABELS,
  PETITION_KIND_LABELS,
  STATUS_LABELS,
} from '../domain/petition/index.js';
import { DEADLINE_BADGE } from '../domain/petition/deadline-badge.js';
import { statusTone } from '../domain/petition/status-tone.js';
import { fmtDate } from './portal/i18n.js';
import { ssrWord, type SsrLanguage, type SsrWord } from './workspace-ssr-words.js';
import { demoStatus } from '../commands/demo/load-demo.js';
import { listActiveTopics } from '../queries/petitions/active-topics.js';
import { listPetitions } from '../queries/petitions/list-petitions.js';
import { latestUnit } from '../queries/units/unit-lookup.js';
import { ListItemSchema, ListQuery } from './petitions/schemas.js';

/** The queue's first request, as QueuePage (and public/preload.js) asks for it. */
export const QUEUE_URL = '/api/v1/petitions?waitingForMe=true&sort=due&limit=30';

/** What the API answers for that request (its response schema: unknown fields are dropped). */
const QueuePageSchema = z.object({
  items: z.array(ListItemSchema),
  nextCursor: z.string().nullable(),
});
type QueueItem = z.infer<typeof ListItemSchema>;

/** The built shell, read once at start. */
export interface Shell {
  html: string;
  /** antd's class hash in the static sheet (`css-…`), so that server HTML gets antd's styles. */
  antdHash: string | null;
}

export function readShell(webDir: string): Shell {
  const html = fs.readFileSync(path.join(webDir, 'index.html'), 'utf8');
  let antdHash: string | null = null;
  const sheet = /href="\/app\/(assets\/antd-[\w-]+\.css)"/.exec(html)?.[1];
  if (sheet && fs.existsSync(path.join(webDir, sheet))) {
    const head = fs.readFileSync(path.join(webDir, sheet), 'utf8').slice(0, 4000);
    antdHash = /:where\(\.(css-[\w-]+)\)/.exec(head)?.[1] ?? null;
  }
  return { html, antdHash };
}

/** Text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/**
 * JSON for a `<script type="application/json">`: `<` (hence `</script>` and `<!--`) and the line
 * separators written as \u escapes, which JSON.parse reads back unchanged.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

type Labels = Record<string, { vi: string; en: string }>;

function row(item: QueueItem, first: boolean, topics: Labels, lang: SsrLanguage): string {
  const e = escapeHtml;
  const w = (word: SsrWord, params?: Record<string, string | number>) =>
    ssrWord(lang, word, params);
  const pick = (labels: Labels, code: string | null) =>
    code ? (labels[code]?.[lang] ?? code) : '';
  const date = (value: string | null) => fmtDate(lang, value);
  const deadline = DEADLINE_BADGE[item.deadlineState];
  const step = item.dueStep ? pick(DEADLINE_STEP_LABELS, item.dueStep) : '';
  const due =
    item.dueOn && item.deadlineState !== 'none'
      ? `<span class="dv-deadline-date">${step ? `${e(step)}: ` : ''}${date(item.dueOn)}</span>`
      : '';
  const who = item.sealed ? w('sealed') : (item.petitionerName ?? '');
  const topic = item.topicCode
    ? `${item.sealed || item.petitionerName ? ' · ' : ''}${e(pick(topics, item.topicCode))}`
    : '';
  const next = item.nextStep
    ? `<span class="dv-case-next">${
        item.nextStep.mine
          ? e(w('yourTurn', { step: item.nextStep.label[lang] }))
          : e(w('waitingFor', { who: item.nextStep.who[lang], step: item.nextStep.label[lang] }))
      }</span>`
    : '';
  const href = `/app/petitions/${encodeURIComponent(item.id)}`;
  return (
    `<tr class="dv-case-row dv-case-row-${item.deadlineState}${first ? ' dv-case-row-active' : ''}" aria-label="${e(`${item.trackingCode} ${item.title}`)}">` +
    `<td class="dv-col-deadline"><span class="dv-deadline dv-deadline-${item.deadlineState}"><span class="dv-deadline-mark" aria-hidden="true">${deadline.mark}</span><span class="dv-deadline-text">${e(deadline.text[lang])}</span>${due}</span></td>` +
    `<td class="dv-col-code"><a href="${e(href)}" class="dv-code">${e(item.trackingCode)}</a><span class="dv-kind">${e(pick(PETITION_KIND_LABELS, item.kind))}</span></td>` +
    `<td class="dv-col-title"><span class="dv-case-title">${e(item.title)}</span><span class="dv-case-meta">${e(who)}${topic}${item.sample ? `<span class="dv-sample"> · ${e(w('sample'))}</span>` : ''}</span>${next}</td>` +
    `<td class="dv-col-status"><span class="dv-status-tag dv-status-tag-${statusTone(item.status)}">${e(pick(STATUS_LABELS, item.status))}</span></td>` +
    `<td class="dv-col-officer">${e(item.officerName ?? w('unassigned'))}</td>` +
    `<td class="dv-col-date">${date(item.receivedOn)}</td>` +
    '</tr>'
  );
}

const EMBLEM =
  '<svg aria-hidden="true" focusable="false" width="30" height="30" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#c8102e"></rect><path d="M16 6l2.9 6.1 6.6.8-4.9 4.5 1.3 6.6L16 20.8 10.1 24l1.3-6.6-4.9-4.5 6.6-.8z" fill="#ffcd00"></path></svg>';
const USER_ICON =
  '<svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" class="dv-icon"><path d="M12 3a4 4 0 1 1 0 8 4 4 0 0 1 0-8zM4 21c0-4 3.6-7 8-7s8 3 8 7"></path></svg>';

interface QueueView {
  language: SsrLanguage;
  user: { displayName: string; role: { vi: string; en: string }; unitName: string };
  demo: boolean;
  page: z.infer<typeof QueuePageSchema>;
  topics: Labels;
}

/** The HTML drawn into #root: the shell's header, an empty side column and the queue's first page. */
export function renderQueue(view: QueueView, antdHash: string | null): string {
  const e = escapeHtml;
  const lang = view.language;
  const w = (word: SsrWord, params?: Record<string, string | number>) =>
    e(ssrWord(lang, word, params));
  const ant = antdHash ? ` ${antdHash} dv` : ' dv';
  const { items } = view.page;
  const filters: [string, SsrWord][] = [
    ['', 'all'],
    ['overdue', 'overdue'],
    ['due_soon', 'dueSoon'],
    ['on_time', 'onTime'],
  ];
  const toggles = filters
    .map(([value, label]) =>
      value === ''
        ? `<a href="/app/queue" aria-current="page" class="ant-btn${ant} ant-btn-primary ant-btn-color-primary ant-btn-variant-solid"><span>${w(label)}</span></a>`
        : `<a href="/app/queue?deadline=${value}" class="ant-btn${ant} ant-btn-default ant-btn-color-default ant-btn-variant-outlined"><span>${w(label)}</span></a>`,
    )
    .join('');
  const list =
    items.length === 0
      ? `<div class="ant-empty ant-empty-normal${ant}"><div class="ant-empty-description"><strong>${w('empty')}</strong><br>${w('emptyMore')}</div><div class="ant-empty-footer"><div class="dv-button-row"><a href="/app/petitions">${w('searchAll')}</a></div></div></div>`
      : `<div class="dv-case-table-wrap"><table class="dv-case-table"><caption class="dv-visually-hidden">${w('title')}</caption><thead><tr>` +
        `<th scope="col" class="dv-col-deadline">${w('colDeadline')}</th><th scope="col" class="dv-col-code">${w('colCode')}</th><th scope="col">${w('colContent')}</th><th scope="col" class="dv-col-status">${w('colStatus')}</th><th scope="col" class="dv-col-officer">${w('colOfficer')}</th><th scope="col" class="dv-col-date">${w('colReceived')}</th>` +
        `</tr></thead><tbody>${items.map((item, i) => row(item, i === 0, view.topics, lang)).join('')}</tbody></table></div>` +
        `<div class="dv-list-footer"><span class="dv-list-count">${w('showing', { count: items.length })}</span><span class="dv-kbd-hint">${w('shortcuts')}</span></div>`;
  return (
    `<div data-ssr class="ant-layout dv-shell${ant}">` +
    `<a class="dv-skip-link" href="#main-content">${w('skip')}</a>` +
    `<header class="ant-layout-header dv-header${ant}">` +
    '<span class="dv-ssr-menu"></span>' +
    `<a class="dv-brand" aria-label="${w('brand')}" href="/app">${EMBLEM}<span class="dv-brand-name">Dân Vận</span></a>` +
    `<span class="dv-header-unit">${e(view.user.unitName)}</span>` +
    (view.demo
      ? `<span class="ant-tag ant-tag-filled ant-tag-gold dv-demo-tag${ant}">${w('demo')}</span>`
      : '') +
    '<span class="dv-header-spacer"></span>' +
    `<span class="dv-user-button dv-ssr-user">${USER_ICON}<span class="dv-visually-hidden">${w('account')} </span><span class="dv-user-name">${e(view.user.displayName)}</span><span class="dv-user-role">${e(view.user.role[lang])}</span></span>` +
    '</header>' +
    `<div class="ant-layout ant-layout-has-sider${ant}">` +
    `<div class="ant-layout-sider ant-layout-sider-dark dv-sider dv-ssr-sider${ant}"></div>` +
    `<main id="main-content" tabindex="-1" class="ant-layout-content dv-content${ant}">` +
    `<div class="dv-page"><header class="dv-page-header dv-page-header-row"><div><h1 class="dv-page-title dv-h1">${w('title')}</h1><p class="dv-page-intro">${w('intro')}</p></div>` +
    `<nav aria-label="${w('quickFilter')}" class="dv-toggle-group">${toggles}</nav></header>` +
    `<section class="dv-panel" aria-label="${w('caseList')}"><div class="dv-filters dv-ssr-filters"></div>${list}</section>` +
    '</div></main></div></div>'
  );
}

/**
 * The first page of the actor's queue, computed as `GET /api/v1/petitions?waitingForMe=true&
 * sort=due&limit=30` would answer it, with what the header shows.
 */
export async function queueView(
  ctx: Ctx,
  actor: Actor,
  language: SsrLanguage = 'vi',
): Promise<QueueView> {
  const filter = ListQuery.parse(Object.fromEntries(new URLSearchParams(QUEUE_URL.split('?')[1])));
  const [page, unit, topics, demo] = await Promise.all([
    listPetitions({ ctx, actor, filter }),
    latestUnit(ctx.db, actor.unitCode),
    listActiveTopics(ctx.db),
    demoStatus(ctx),
  ]);
  return {
    language,
    user: {
      displayName: actor.displayName,
      role: ROLE_LABELS[actor.role],
      unitName: unit ? unit.full_name : 'Toàn hệ thống',
    },
    demo: demo !== null,
    page: QueuePageSchema.parse(page),
    topics: Object.fromEntries(topics.map((t) => [t.code, { vi: t.name_vi, en: t.name_en }])),
  };
}

/**
 * The shell cut around #root for the drawn queue: [everything up to `<div id="root">`, the rest].
 * The head says the queue comes in the page (`<meta name="dv-queue">`, read by preload.js, which
 * then waits for the JSON instead of asking the API) and links the shell's style sheet rather than
 * preloading it (the server's HTML needs it before any script runs). Null when the shell has no
 * empty #root to fill.
 */
export function queueShellParts(shell: Shell): [string, string] | null {
  const html = shell.html
    // The built tag may keep a space where Vite removed index.html's `vite-ignore` attribute.
    .replace(
      /<script async src="\/app\/preload\.js"\s*>/,
      (tag) => `<meta name="dv-queue" content="server">\n    ${tag}`,
    )
    .replace(
      /<link rel="preload" as="style" crossorigin href="([^"]+\.css)">/g,
      (_, href: string) => `<link rel="stylesheet" crossorigin href="${href}">`,
    );
  const root = '<div id="root">';
  const at = html.indexOf(`${root}</div>`);
  return at < 0 ? null : [html.slice(0, at + root.length), html.slice(at + root.length)];
}

/**
 * The drawn queue as a stream: the head at once (the browser fetches the style sheets and scripts
 * while the server reads the queue), then the rows in #root and, right after it, the answer's JSON
 * in `<script type="application/json" id="dv-queue-data">`. If the queue cannot be read, #root
 * stays empty and no JSON follows: the app asks the API as without this page.
 */
export function streamQueuePage(
  parts: [string, string],
  antdHash: string | null,
  view: Promise<QueueView>,
  onError: (error: unknown) => void,
  language: SsrLanguage = 'vi',
): Readable {
  const out = new PassThrough();
  // The head goes before the view is read: its language is the request's (the same cookie).
  out.write(
    language === 'en' ? parts[0].replace('<html lang="vi">', '<html lang="en">') : parts[0],
  );
  view.then(
    (v) => {
      const json = `<script type="application/json" id="dv-queue-data">${scriptJson({ url: QUEUE_URL, page: v.page })}</script>`;
      out.end(renderQueue(v, antdHash) + parts[1].replace('</div>', () => `</div>\n    ${json}`));
    },
    (error: unknown) => {
      onError(error);
      out.end(parts[1]);
    },
  );
  return out;
}
