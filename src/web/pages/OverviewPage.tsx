import { Card, Col, Descriptions, Row, Segmented, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { fetchUnits } from '../api/endpoints';
import { useSession } from '../auth/session';
import { usePageTitle } from '../app/use-page-title';
import { formatDate, todayIso } from '../i18n/format';
import { useLanguage, useT } from '../i18n/i18n-context';
import { QueryState } from '../app/QueryState';
import { levelLabel } from '../units/unit-labels';
import { filterValidOn } from '../units/unit-tree';
import { UnitTree } from '../units/UnitTree';

type Period = 'all' | 'current';

export default function OverviewPage() {
  const t = useT();
  const { language } = useLanguage();
  const { user } = useSession();
  const [period, setPeriod] = useState<Period>('all');
  usePageTitle(t('Tổng quan'));

  // Without a date the server lists every version of every unit, so mergers are visible.
  const units = useQuery({ queryKey: ['units', 'all'], queryFn: () => fetchUnits() });
  const today = todayIso();
  const shown = useMemo(
    () =>
      period === 'current'
        ? filterValidOn(units.data?.items ?? [], today)
        : (units.data?.items ?? []),
    [units.data, period, today],
  );

  return (
    <div className="dv-page">
      <header className="dv-page-header">
        <Typography.Title level={1} className="dv-page-title">
          {t('Xin chào, {name}', { name: user.displayName })}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t('Hôm nay là {date}.', { date: formatDate(today, language) })}
        </Typography.Text>
      </header>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <Card title={<h2 className="dv-card-title">{t('Tài khoản của bạn')}</h2>}>
            <Descriptions column={1} size="small" colon={false} className="dv-descriptions">
              <Descriptions.Item label={t('Họ và tên')}>{user.displayName}</Descriptions.Item>
              <Descriptions.Item label={t('Tên đăng nhập')}>{user.username}</Descriptions.Item>
              <Descriptions.Item label={t('Vai trò')}>{t.pick(user.roleLabel)}</Descriptions.Item>
              <Descriptions.Item label={t('Đơn vị')}>{user.unit.name}</Descriptions.Item>
              <Descriptions.Item label={t('Cấp')}>
                {t.pick(levelLabel(user.unit.level))}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={16}>
          <Card
            title={<h2 className="dv-card-title">{t('Đơn vị hành chính')}</h2>}
            extra={
              <Segmented<Period>
                size="small"
                aria-label={t('Thời kỳ')}
                value={period}
                onChange={setPeriod}
                options={[
                  { value: 'all', label: t('Mọi thời kỳ') },
                  { value: 'current', label: t('Đang hiệu lực') },
                ]}
              />
            }
          >
            <Typography.Paragraph type="secondary" className="dv-card-intro">
              {t(
                'Các đơn vị trong phạm vi của bạn, kể cả đơn vị đã sáp nhập hoặc giải thể, với thời gian hiệu lực và đơn vị kế thừa.',
              )}
            </Typography.Paragraph>
            <QueryState
              query={units}
              isEmpty={shown.length === 0}
              emptyText={t('Chưa có đơn vị nào trong phạm vi của bạn.')}
            >
              <UnitTree key={period} units={shown} label={t('Cây đơn vị hành chính')} />
            </QueryState>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
