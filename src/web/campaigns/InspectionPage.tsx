import { Button, Card, Descriptions, Drawer, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { QueryState } from '../app/QueryState';
import { useT } from '../i18n/i18n-context';
import { useInspection } from './api';
import { InspectionBoard } from './InspectionBoard';
import { SessionForm } from './SessionForm';
import { PageFrame, useDate } from './shared';
import type { InspectionSession } from './types';

/** A delegation: its decision, head and members, target units, board and working sessions. */
export default function InspectionPage() {
  const t = useT();
  const date = useDate();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const detail = useInspection(id);
  const [adding, setAdding] = useState(false);
  const d = detail.data;
  const i = d?.inspection;

  return (
    <PageFrame
      title={
        i
          ? `${t('Đoàn')} ${i.title.charAt(0).toLowerCase()}${i.title.slice(1)}`
          : t('Đoàn kiểm tra')
      }
      trail={[[t('Đoàn kiểm tra'), '/inspections']]}
      extra={
        d?.canManage && (
          <Button type="primary" onClick={() => setAdding(true)}>
            {t('Thêm buổi làm việc')}
          </Button>
        )
      }
    >
      <QueryState query={detail} isEmpty={false} emptyText="">
        {d && i && (
          <div className="dv-cp-stack">
            <Card title={t('Quyết định thành lập đoàn')}>
              <Descriptions
                column={{ xs: 1, md: 2 }}
                items={[
                  { key: 'no', label: t('Số quyết định'), children: i.decisionNumber },
                  { key: 'date', label: t('Ngày quyết định'), children: date(i.decisionDate) },
                  { key: 'body', label: t('Cơ quan ban hành'), children: i.issuingBody },
                  {
                    key: 'head',
                    label: t('Trưởng đoàn'),
                    children: [i.head.name, i.head.title].filter(Boolean).join(', '),
                  },
                  {
                    key: 'members',
                    label: t('Thành viên'),
                    span: 2,
                    children:
                      i.members.length > 0 ? (
                        <ul className="dv-cp-list">
                          {i.members.map((m, n) => (
                            <li key={n}>
                              {m.name} — {m.title}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        t('Chưa có thành viên nào ngoài trưởng đoàn.')
                      ),
                  },
                  {
                    key: 'targets',
                    label: t('Đơn vị được kiểm tra'),
                    span: 2,
                    children: (
                      // Wraps on a phone (several units do not fit one line).
                      <Space wrap size={[0, 4]}>
                        {i.targets.map((u) => (
                          <Tag key={u.code}>{u.name}</Tag>
                        ))}
                      </Space>
                    ),
                  },
                ]}
              />
              {i.sample && <Tag color="gold">{t('Dữ liệu mẫu')}</Tag>}
            </Card>
            <InspectionBoard inspectionId={id} />
            <Card title={t('Các buổi làm việc')}>
              <Table<InspectionSession>
                rowKey="id"
                size="middle"
                pagination={false}
                dataSource={d.sessions}
                scroll={{ x: 700 }}
                locale={{
                  emptyText: d.canManage
                    ? t('Chưa có buổi làm việc nào. Bấm "Thêm buổi làm việc" để ghi nhận.')
                    : t('Chưa có buổi làm việc nào.'),
                }}
                columns={[
                  {
                    title: t('Thời gian'),
                    key: 'when',
                    width: 200,
                    render: (_, s) => (
                      <Link to={`/inspections/${id}/sessions/${s.id}`}>
                        {t.pick(s.timeOfDayLabel)} {date(s.heldOn)}
                      </Link>
                    ),
                  },
                  { title: t('Đơn vị'), dataIndex: 'unitName', width: 200 },
                  {
                    title: t('Địa điểm'),
                    dataIndex: 'location',
                    render: (v: string | null) => v ?? '—',
                  },
                  {
                    title: t('Nội dung'),
                    key: 'count',
                    width: 200,
                    render: (_, s) => t('{n} nội dung', { n: s.findings.length }),
                  },
                ]}
              />
            </Card>
          </div>
        )}
      </QueryState>
      {d && (
        <Drawer
          open={adding}
          onClose={() => setAdding(false)}
          title={t('Thêm buổi làm việc')}
          size={520}
          destroyOnHidden
        >
          <SessionForm
            detail={d}
            onDone={(sessionId) => {
              setAdding(false);
              if (sessionId) void navigate(`/inspections/${id}/sessions/${sessionId}`);
            }}
          />
        </Drawer>
      )}
    </PageFrame>
  );
}
