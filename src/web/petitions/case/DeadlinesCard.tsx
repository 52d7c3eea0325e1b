import { Card, Tag } from 'antd';
import { useCan } from '../../auth/session';
import { formatDate } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/i18n-context';
import type { Language } from '../../i18n/language';
import { DeadlineBadge } from '../DeadlineBadge';
import { useLabels } from '../reference';
import type { CaseDeadline, CaseFile, DeadlineExplanation } from '../types';

const DAY_MS = 86_400_000;
const weekdaysVi = ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'];
const weekdaysEn = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function utc(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}
function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

interface StripDay {
  date: string;
  kind: 'start' | 'counted' | 'skipped' | 'due';
  n?: number;
}

/** Every day from the start to the due date, numbered as the law counts them. */
function stripDays(e: DeadlineExplanation): StripDay[] | null {
  if (!e.due) return null;
  const from = utc(e.start);
  const to = utc(e.due);
  if (to < from || (to - from) / DAY_MS > 90) return null;
  const skipped = new Set(e.skipped.map((s) => s.date));
  const days: StripDay[] = [];
  let n = 0;
  for (let ms = from; ms <= to; ms += DAY_MS) {
    const date = iso(ms);
    if (ms === from) days.push({ date, kind: 'start' });
    else if (skipped.has(date) || (e.movedFrom && date > e.movedFrom && date < e.due)) {
      days.push({ date, kind: 'skipped' });
    } else {
      n += 1;
      days.push({ date, kind: ms === to ? 'due' : 'counted', n });
    }
  }
  return days;
}

function DayStrip({ e, language }: { e: DeadlineExplanation; language: Language }) {
  const days = stripDays(e);
  if (!days) return null;
  const names = language === 'en' ? weekdaysEn : weekdaysVi;
  return (
    <ol className="dv-day-strip" aria-hidden="true">
      {days.map((d) => (
        <li key={d.date} className={`dv-day dv-day-${d.kind}`}>
          <span className="dv-day-wd">{names[new Date(utc(d.date)).getUTCDay()]}</span>
          <span className="dv-day-date">
            {d.date.slice(8, 10)}/{d.date.slice(5, 7)}
          </span>
          <span className="dv-day-n">
            {d.kind === 'start' ? '0' : d.kind === 'skipped' ? '–' : d.n}
          </span>
        </li>
      ))}
    </ol>
  );
}

function reasonLabel(reason: string, t: ReturnType<typeof useT>): string {
  if (reason === 'weekend') return t('Nghỉ cuối tuần');
  if (reason === 'holiday') return t('Nghỉ lễ, Tết');
  if (reason === 'compensation') return t('Nghỉ bù');
  if (reason === 'official_day_off') return t('Ngày nghỉ theo quyết định');
  if (reason === 'paused') return t('Tạm dừng tính thời hạn');
  return reason;
}

/** Start, length, legal basis, the day strip, skipped days, pauses and extensions. */
function DeadlineDetail({ d, open }: { d: CaseDeadline; open: boolean }) {
  const t = useT();
  // The rule's internal id helps the administrator who maintains the rules, nobody else.
  const ruleAdmin = useCan('admin.calendar');
  const { language } = useLanguage();
  const e = d.explanation;
  const unit = d.counting === 'working' ? t('ngày làm việc') : t('ngày');
  return (
    <>
      <dl className="dv-deadline-facts">
        <div>
          <dt>{t('Bắt đầu tính từ')}</dt>
          <dd>
            {t('{date} (không tính ngày bắt đầu)', { date: formatDate(d.startOn, language) })}
          </dd>
        </div>
        <div>
          <dt>{t('Thời hạn')}</dt>
          <dd>
            {d.days} {unit}
            {e.counted !== d.days && ` · ${t('đã tính {n} ngày', { n: e.counted })}`}
          </dd>
        </div>
        <div>
          <dt>{t('Căn cứ pháp lý')}</dt>
          <dd>
            {e.rule?.source ?? '—'}
            {e.rule && ruleAdmin && (
              <span className="dv-rule-id">
                {' '}
                ({t('mã quy định')}: {e.rule.id})
              </span>
            )}
          </dd>
        </div>
        {e.movedFrom && (
          <div>
            <dt>{t('Chuyển ngày hạn')}</dt>
            <dd>
              {t('Ngày cuối {date} là ngày nghỉ nên hạn chuyển sang ngày làm việc tiếp theo.', {
                date: formatDate(e.movedFrom, language),
              })}
            </dd>
          </div>
        )}
        {e.remaining !== undefined && (
          <div>
            <dt>{t('Còn lại khi tiếp tục')}</dt>
            <dd>{t('{n} ngày', { n: e.remaining })}</dd>
          </div>
        )}
      </dl>
      <DayStrip e={e} language={language} />
      {e.skipped.length > 0 && (
        <details className="dv-skipped" open={open}>
          <summary>{t('{n} ngày không tính', { n: e.skipped.length })}</summary>
          <table className="dv-mini-table">
            <caption className="dv-visually-hidden">
              {t('Các ngày không tính vào thời hạn')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('Ngày')}</th>
                <th scope="col">{t('Lý do')}</th>
                <th scope="col">{t('Căn cứ')}</th>
              </tr>
            </thead>
            <tbody>
              {e.skipped.map((s) => (
                <tr key={s.date}>
                  <td>{formatDate(s.date, language)}</td>
                  <td>
                    {reasonLabel(s.reason, t)}
                    {s.name && ` · ${t.pick(s.name)}`}
                  </td>
                  <td className="dv-source">{s.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {e.pauses.length > 0 && (
        <div className="dv-deadline-list">
          <h4>{t('Tạm dừng')}</h4>
          <ul>
            {e.pauses.map((p) => (
              <li key={p.from}>
                {t('Từ {from} đến {to}', {
                  from: formatDate(p.from, language),
                  to: p.to ? formatDate(p.to, language) : t('nay'),
                })}
                {p.reason && ` — ${p.reason}`}
              </li>
            ))}
          </ul>
        </div>
      )}
      {e.extensions.length > 0 && (
        <div className="dv-deadline-list">
          <h4>{t('Gia hạn')}</h4>
          <ul>
            {e.extensions.map((x) => (
              <li key={`${x.at}-${x.days}`}>
                {t('Ngày {date}: thêm {n} ngày', { date: formatDate(x.at, language), n: x.days })}
                {x.reason && ` — ${x.reason}`}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

function DeadlineBlock({ d, current }: { d: CaseDeadline; current: boolean }) {
  const t = useT();
  const { language } = useLanguage();
  const label = useLabels();
  const e = d.explanation;
  return (
    <section
      className={`dv-deadline-block${current ? ' dv-deadline-current' : ''}`}
      aria-label={label('deadlineSteps', d.step)}
    >
      <div className="dv-deadline-head">
        <h3 className="dv-deadline-step">{label('deadlineSteps', d.step)}</h3>
        {d.state === 'met' ? (
          <Tag color="green">
            {t('Đã hoàn thành ngày {date}', { date: formatDate(d.metOn, language) })}
          </Tag>
        ) : current ? (
          <Tag color="blue">{t('Đang tính')}</Tag>
        ) : null}
        <span className="dv-deadline-due">
          {t('Hạn')}:{' '}
          <strong>{d.dueOn ? formatDate(d.dueOn, language) : t('đang tạm dừng')}</strong>
        </span>
      </div>
      <p className="dv-deadline-sentence">{language === 'en' ? e.textEn : e.textVi}</p>
      {current ? (
        <DeadlineDetail d={d} open />
      ) : (
        <details className="dv-deadline-more">
          <summary>{t('Chi tiết cách tính')}</summary>
          <DeadlineDetail d={d} open={false} />
        </details>
      )}
    </section>
  );
}

/** Thời hạn: every deadline of the case and exactly how it was counted. */
export function DeadlinesCard({ file }: { file: CaseFile }) {
  const t = useT();
  const label = useLabels();
  const ordered = [...file.deadlines].reverse();
  return (
    <Card
      title={<h2 className="dv-card-title">{t('Thời hạn và cách tính')}</h2>}
      extra={
        <DeadlineBadge
          state={file.deadline.state}
          dueOn={file.deadline.dueOn}
          step={file.deadline.step ? label('deadlineSteps', file.deadline.step) : undefined}
        />
      }
    >
      {ordered.length === 0 && (
        <p className="dv-field-hint">{t('Hồ sơ này chưa có thời hạn nào.')}</p>
      )}
      {ordered.map((d) => (
        <DeadlineBlock
          key={d.id}
          d={d}
          current={d.state === 'open' && d.step === file.deadline.step}
        />
      ))}
    </Card>
  );
}
