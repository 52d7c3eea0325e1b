import { formatDate } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/i18n-context';
import type { CaseFile } from '../types';

/**
 * Bước tiếp theo: who must act next on the case, what and by when, in plain words, derived by the
 * server from the lifecycle state (src/domain/petition/next-step.ts). "Đến lượt bạn" when the
 * step is the reader's; otherwise the reader sees whom the case waits for.
 */
export function NextStepBanner({ file }: { file: CaseFile }) {
  const t = useT();
  const { language } = useLanguage();
  const step = file.nextStep;
  if (!step) {
    return (
      <section className="dv-next-step dv-next-step-done" aria-labelledby="dv-next-step-title">
        <h2 id="dv-next-step-title" className="dv-next-step-title">
          {t('Bước tiếp theo')}
        </h2>
        <p className="dv-next-step-text">{t('Không còn bước xử lý nào đang chờ.')}</p>
      </section>
    );
  }
  const due = step.dueOn ? formatDate(step.dueOn, language) : null;
  return (
    <section
      className={step.mine ? 'dv-next-step dv-next-step-mine' : 'dv-next-step'}
      aria-labelledby="dv-next-step-title"
      data-next-step={step.action}
    >
      <h2 id="dv-next-step-title" className="dv-next-step-title">
        {step.mine ? t('Đến lượt bạn') : t('Bước tiếp theo')}
      </h2>
      <p className="dv-next-step-text">
        {step.mine
          ? t('Bạn cần {what}.', { what: t.pick(step.label) })
          : t('{who} cần {what}.', { who: t.pick(step.who), what: t.pick(step.label) })}
        {due && <> {t('Hạn: {date}.', { date: due })}</>}
      </p>
      {!step.mine && (
        <p className="dv-case-meta">
          {t('Hồ sơ đang nằm trong hàng đợi của {who}.', { who: t.pick(step.who) })}
        </p>
      )}
    </section>
  );
}
