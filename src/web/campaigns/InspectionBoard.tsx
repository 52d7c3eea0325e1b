import { Card } from 'antd';
import { QueryState } from '../app/QueryState';
import { useT } from '../i18n/i18n-context';
import { useInspectionBoard } from './api';
import { CountPill } from './shared';
import type { Tally } from './types';

/** "At a glance": per target unit, what is still open, overdue or awaiting review. */
export function InspectionBoard({ inspectionId }: { inspectionId: string }) {
  const t = useT();
  const board = useInspectionBoard(inspectionId);
  const units = board.data?.units ?? [];

  const row = (label: string, tally: Tally) => (
    <div className="dv-cp-board-row">
      <span className="dv-cp-board-label">
        {label} ({tally.total})
      </span>
      <CountPill count={tally.overdue} tone="danger" label={t('quá hạn')} />
      <CountPill count={tally.open} tone="warning" label={t('chưa xong')} />
      <CountPill count={tally.awaitingReview} tone="warning" label={t('chờ xem xét')} />
      <CountPill count={tally.closed} tone="ok" label={t('đã xong')} />
    </div>
  );

  return (
    <Card title={t('Theo dõi nhanh theo đơn vị')} aria-live="polite">
      <QueryState
        query={board}
        isEmpty={units.length === 0}
        emptyText={t('Đoàn chưa có đơn vị được kiểm tra.')}
      >
        {board.data && (
          <p className="dv-cp-board-row" data-testid="board-totals">
            <CountPill
              count={board.data.totals.clarificationsOpen}
              tone="warning"
              label={t('yêu cầu làm rõ chưa xong')}
            />
            <CountPill
              count={board.data.totals.clarificationsOverdue}
              tone="danger"
              label={t('yêu cầu làm rõ quá hạn')}
            />
            <CountPill
              count={board.data.totals.recommendationsOpen}
              tone="warning"
              label={t('kiến nghị chưa xong')}
            />
            <CountPill
              count={board.data.totals.recommendationsOverdue}
              tone="danger"
              label={t('kiến nghị quá hạn')}
            />
          </p>
        )}
        <div className="dv-cp-board">
          {units.map((u) => {
            const overdue = u.clarifications.overdue + u.recommendations.overdue;
            const open = u.clarifications.open + u.recommendations.open;
            const cls = overdue > 0 ? 'dv-cp-has-overdue' : open > 0 ? 'dv-cp-has-open' : '';
            return (
              <section
                key={u.unitCode}
                className={`dv-cp-board-unit ${cls}`}
                aria-label={u.unitName}
                data-testid={`board-${u.unitCode}`}
              >
                <h3>
                  {u.unitName}{' '}
                  <span className="dv-cp-muted">
                    {overdue > 0
                      ? t('Có việc quá hạn')
                      : open > 0
                        ? t('Đang thực hiện')
                        : t('Không còn việc tồn')}
                  </span>
                </h3>
                {row(t('Yêu cầu làm rõ'), u.clarifications)}
                {row(t('Kiến nghị'), u.recommendations)}
                <div className="dv-cp-board-row">
                  <span className="dv-cp-board-label">{t('Ghi nhận kết quả')}</span>{' '}
                  {u.acknowledgements}
                </div>
              </section>
            );
          })}
        </div>
      </QueryState>
    </Card>
  );
}
