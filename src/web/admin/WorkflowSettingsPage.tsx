import { Alert, Card, Descriptions, Select, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { QueryState } from '../app/QueryState';
import { useSession } from '../auth/session';
import { formatDate, todayIso } from '../i18n/format';
import { useLanguage, useT } from '../i18n/i18n-context';
import { useSaveWorkflowSettings, useWorkflowSettings } from './api';
import { AdminPage } from './AdminList';
import { useUnitOptions } from './FormModal';
import { AdminProblem } from './shared';

/**
 * Administration → a unit's workflow: whether handling officers issue answers to
 * recommendations and feedback themselves (no trình ký). Heads change their own unit's,
 * administrators any unit in scope; every change is audited on the server.
 */
export default function WorkflowSettingsPage() {
  const t = useT();
  const { language } = useLanguage();
  const me = useSession();
  const [unitCode, setUnitCode] = useState<string>(
    me.user.unit.code === '*' ? '' : me.user.unit.code,
  );
  const units = useUnitOptions({ validOn: todayIso() });
  const settings = useWorkflowSettings(unitCode);
  const save = useSaveWorkflowSettings(unitCode);
  const s = settings.data;
  return (
    <AdminPage
      title={t('Quy trình của đơn vị')}
      description={t(
        'Ai ban hành văn bản trả lời: mặc định cán bộ xử lý soạn dự thảo và trình thủ trưởng ký duyệt. Mọi thay đổi được ghi nhật ký.',
      )}
    >
      <Card>
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('Chọn đơn vị')}
            aria-label={t('Đơn vị')}
            style={{ width: 360, maxWidth: '100%' }}
            value={unitCode || undefined}
            onChange={(v: string) => {
              save.reset();
              setUnitCode(v);
            }}
            options={units.options}
          />
          {unitCode !== '' && (
            <QueryState query={settings} isEmpty={false} emptyText="">
              {s && (
                <>
                  <AdminProblem error={save.error} />
                  <Space align="start">
                    <Switch
                      id="handlers-issue-informal"
                      checked={s.handlersIssueInformal}
                      disabled={!s.mayChange}
                      loading={save.isPending}
                      onChange={(v) => save.mutate(v)}
                    />
                    <label htmlFor="handlers-issue-informal">
                      <Typography.Text strong>
                        {t(
                          'Cán bộ xử lý tự ban hành văn bản trả lời kiến nghị, phản ánh (không cần trình ký)',
                        )}
                      </Typography.Text>
                    </label>
                  </Space>
                  <Alert
                    type="info"
                    showIcon
                    title={t(
                      'Khiếu nại và tố cáo luôn phải trình thủ trưởng ký duyệt, dù bật cài đặt này.',
                    )}
                  />
                  {!s.mayChange && (
                    <Typography.Text type="secondary">
                      {t('Chỉ quản trị hệ thống hoặc thủ trưởng của đơn vị được thay đổi.')}
                    </Typography.Text>
                  )}
                  <Descriptions size="small" column={1}>
                    <Descriptions.Item label={t('Thay đổi lần cuối')}>
                      {s.updatedAt
                        ? `${formatDate(s.updatedAt, language)} · ${s.updatedByName ?? ''}`
                        : t('Chưa thay đổi (mặc định)')}
                    </Descriptions.Item>
                  </Descriptions>
                </>
              )}
            </QueryState>
          )}
        </Space>
      </Card>
    </AdminPage>
  );
}
