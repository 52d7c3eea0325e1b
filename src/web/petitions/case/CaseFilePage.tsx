import '../petitions.css';
import { Alert, Button, Card, Descriptions, Skeleton, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { isApiProblem } from '../../api/client';
import { QueryState } from '../../app/QueryState';
import { usePageTitle } from '../../app/use-page-title';
import { formatDate } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { fetchCase } from '../api';
import { DeadlineBadge } from '../DeadlineBadge';
import { useLabels } from '../reference';
import { StatusTag } from '../StatusTag';
import type { CaseFile } from '../types';
import { ActionPanel } from './ActionPanel';
import { CaseNotFound } from './CaseNotFound';
import { AttachmentsCard, DuplicatesCard, LinksCard } from './CaseSideCards';
import { DeadlinesCard } from './DeadlinesCard';
import { DraftsCard } from './DraftsCard';
import { FeedbackCard } from './FeedbackCard';
import { NextStepBanner } from './NextStepBanner';
import { PetitionersCard } from './PetitionersCard';
import { TimelineCard } from './TimelineCard';

function Facts({ file }: { file: CaseFile }) {
  const t = useT();
  const { language } = useLanguage();
  const label = useLabels();
  const date = (d: string | null) => (d ? formatDate(d, language) : '—');
  return (
    <Card title={<h2 className="dv-card-title">{t('Thông tin đơn')}</h2>}>
      <Descriptions
        column={{ xs: 1, md: 2 }}
        size="small"
        colon={false}
        className="dv-descriptions"
      >
        <Descriptions.Item label={t('Đơn vị')}>
          {language === 'en' && file.unit.nameEn ? file.unit.nameEn : file.unit.name}
        </Descriptions.Item>
        <Descriptions.Item label={t('Nguồn đơn')}>
          {label('channels', file.channel)}
        </Descriptions.Item>
        <Descriptions.Item label={t('Lĩnh vực')}>
          {file.topic ? t.pick(file.topic.name) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('Ngày nhận')}>{date(file.receivedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('Ngày thụ lý')}>{date(file.acceptedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('Cán bộ xử lý')}>
          {file.officer?.name ?? (file.agency ? t.pick(file.agency.name) : t('Chưa giao'))}
        </Descriptions.Item>
        {file.round > 1 && (
          <Descriptions.Item label={t('Lần giải quyết')}>{file.round}</Descriptions.Item>
        )}
        {file.result && (
          <Descriptions.Item label={t('Kết quả')}>
            {label('results', file.result)}
          </Descriptions.Item>
        )}
        {file.decidedOn && (
          <Descriptions.Item label={t('Ngày quyết định')}>{date(file.decidedOn)}</Descriptions.Item>
        )}
        {file.closedOn && (
          <Descriptions.Item label={t('Ngày kết thúc')}>{date(file.closedOn)}</Descriptions.Item>
        )}
        {file.location && (
          <Descriptions.Item label={t('Nơi xảy ra vụ việc')}>{file.location}</Descriptions.Item>
        )}
        {file.forwardedTo && (
          <Descriptions.Item label={t('Đã chuyển đến')}>{file.forwardedTo}</Descriptions.Item>
        )}
        {file.remoteArea && (
          <Descriptions.Item label={t('Vùng sâu, vùng xa')}>{t('Có')}</Descriptions.Item>
        )}
      </Descriptions>
      <h3 className="dv-subheading">{t('Nội dung')}</h3>
      <p className="dv-content-text">{file.content}</p>
      {file.publicAnswer && (
        <>
          <h3 className="dv-subheading">{t('Trả lời công khai')}</h3>
          <p className="dv-content-text">{file.publicAnswer}</p>
        </>
      )}
    </Card>
  );
}

/** Hồ sơ đơn: everything about one case, and the next steps this official may take. */
export default function CaseFilePage() {
  const t = useT();
  const { id = '' } = useParams();
  const label = useLabels();
  const query = useQuery({ queryKey: ['case', id], queryFn: () => fetchCase(id) });
  const file = query.data;
  usePageTitle(file ? `${file.trackingCode} · ${file.title}` : t('Hồ sơ đơn'));

  if (query.isError && isApiProblem(query.error) && query.error.status === 404)
    return <CaseNotFound />;
  if (!file) {
    return (
      <div className="dv-page">
        <QueryState query={query} isEmpty={false} emptyText="">
          <Skeleton active />
        </QueryState>
      </div>
    );
  }

  return (
    <div className="dv-page">
      <header className="dv-case-header">
        <div className="dv-case-header-main">
          <div className="dv-case-header-line">
            <span className="dv-case-code">{file.trackingCode}</span>
            <span className="dv-kind-pill">{label('kinds', file.kind)}</span>
            <StatusTag status={file.status} />
            {file.sample && <span className="dv-sample">{t('Mẫu')}</span>}
          </div>
          <Typography.Title level={1} className="dv-page-title">
            {file.title}
          </Typography.Title>
        </div>
        <div className="dv-case-header-side">
          <DeadlineBadge
            state={file.deadline.state}
            dueOn={file.deadline.dueOn}
            step={file.deadline.step ? label('deadlineSteps', file.deadline.step) : undefined}
          />
          <Link to={`/petitions/${file.id}/receipt`}>
            <Button tabIndex={-1}>{t('In phiếu nhận đơn')}</Button>
          </Link>
        </div>
      </header>
      {query.isError && (
        <Alert
          type="warning"
          showIcon
          title={t('Không tải lại được hồ sơ; đang hiển thị dữ liệu trước đó.')}
        />
      )}
      <div className="dv-case-grid">
        <div className="dv-case-main">
          <NextStepBanner file={file} />
          <FeedbackCard file={file} />
          <DraftsCard file={file} />
          <ActionPanel file={file} />
          <Facts file={file} />
          <DeadlinesCard file={file} />
          <TimelineCard events={file.timeline} />
        </div>
        <aside className="dv-case-side" aria-label={t('Người gửi, tài liệu và hồ sơ liên quan')}>
          <PetitionersCard file={file} />
          <DuplicatesCard file={file} />
          <LinksCard file={file} />
          <AttachmentsCard file={file} />
        </aside>
      </div>
    </div>
  );
}
