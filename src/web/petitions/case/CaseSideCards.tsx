import { Alert, Button, Card, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { isApiProblem } from '../../api/client';
import { formatDate } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { attachmentUrl, resolveDuplicate } from '../api';
import { AttachmentUpload } from '../AttachmentUpload';
import { useLabels } from '../reference';
import type { CaseFile, CaseLink } from '../types';

function size(bytes: number): string {
  return bytes >= 1_048_576
    ? `${(bytes / 1_048_576).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** A related case as the links card lists it (the case a duplicate points to has no kind). */
type RelatedCase = Pick<CaseLink, 'id' | 'trackingCode' | 'status'> &
  Partial<Pick<CaseLink, 'kind'>>;

/** Hồ sơ liên quan: split parts, duplicates, the first-round complaint and the second round. */
export function LinksCard({ file }: { file: CaseFile }) {
  const t = useT();
  const label = useLabels();
  const linkType = (type: string | null | undefined) =>
    type === 'split'
      ? t('Tách từ cùng một đơn')
      : type === 'second_complaint'
        ? t('Khiếu nại lần hai')
        : type === 'duplicate'
          ? t('Đơn trùng')
          : t('Liên quan');
  const rows: { link: RelatedCase; relation: string }[] = [
    ...(file.links.parent
      ? [
          {
            link: file.links.parent,
            relation:
              file.links.parent.linkType === 'second_complaint'
                ? t('Khiếu nại lần đầu')
                : linkType(file.links.parent.linkType),
          },
        ]
      : []),
    ...(file.links.duplicateOf
      ? [{ link: file.links.duplicateOf, relation: t('Trùng với hồ sơ') }]
      : []),
    ...file.links.children.map((c) => ({ link: c, relation: linkType(c.linkType) })),
  ];
  if (rows.length === 0) return null;
  return (
    <Card size="small" title={<h2 className="dv-card-title">{t('Hồ sơ liên quan')}</h2>}>
      <ul className="dv-link-list">
        {rows.map(({ link, relation }) => (
          <li key={`${relation}-${link.id}`}>
            <span className="dv-case-meta">{relation}</span>
            <Link to={`/petitions/${link.id}`} className="dv-code">
              {link.trackingCode}
            </Link>
            <span className="dv-case-meta">
              {link.kind ? `${label('kinds', link.kind)} · ` : ''}
              {label('statuses', link.status)}
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** Đơn có thể trùng, found at intake: link as duplicate or dismiss. */
export function DuplicatesCard({ file }: { file: CaseFile }) {
  const t = useT();
  const { language } = useLanguage();
  const label = useLabels();
  const queryClient = useQueryClient();
  const decide = useMutation({
    mutationFn: (v: { candidateId: string; decision: 'link' | 'dismiss' }) =>
      resolveDuplicate(file.id, v.candidateId, v.decision),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['case', file.id] }),
  });
  const [all, setAll] = useState(false);
  // Suggestions are computed after the intake is stored: look again until they are.
  const scoring = file.duplicateCheck === 'pending';
  useEffect(() => {
    if (!scoring) return;
    const timer = setTimeout(
      () => void queryClient.invalidateQueries({ queryKey: ['case', file.id] }),
      2000,
    );
    return () => clearTimeout(timer);
  }, [scoring, file.id, file.version, queryClient]);
  const pending = file.duplicateSuggestions.filter(
    (d) => d.state !== 'linked' && d.state !== 'dismissed',
  );
  if (scoring || (file.duplicateCheck === 'failed' && pending.length === 0))
    return (
      <Card size="small" title={<h2 className="dv-card-title">{t('Đơn có thể trùng')}</h2>}>
        <p className="dv-case-meta" role="status">
          {scoring
            ? t('Đang tìm đơn trùng…')
            : t(
                'Chưa tìm được đơn trùng do lỗi hệ thống; quản trị viên có thể cho tìm lại (danvan petitions score-duplicates).',
              )}
        </p>
      </Card>
    );
  if (pending.length === 0) return null;
  // The strongest few first; the long tail of weak matches only on request.
  const open = all ? pending : pending.slice(0, 4);
  return (
    <Card size="small" title={<h2 className="dv-card-title">{t('Đơn có thể trùng')}</h2>}>
      {decide.error && (
        <Alert
          type="error"
          showIcon
          title={
            isApiProblem(decide.error) ? t.pick(decide.error.userMessage) : t('Không lưu được.')
          }
        />
      )}
      <ul className="dv-dup-list">
        {open.map((d) => (
          <li key={d.id} className="dv-dup">
            <div className="dv-dup-head">
              <Link to={`/petitions/${d.id}`} className="dv-code">
                {d.trackingCode}
              </Link>
              <span className="dv-dup-score">
                {t('Mức giống: {score}%', { score: Math.round(d.score * 100) })}
              </span>
            </div>
            <div className="dv-dup-title">{d.title}</div>
            <div className="dv-case-meta">
              {label('statuses', d.status)} ·{' '}
              {t('nhận ngày {date}', { date: formatDate(d.receivedOn, language) })}
            </div>
            <ul className="dv-reasons">
              {d.reasons.map((r) => (
                <li key={r.code}>{t.pick(r)}</li>
              ))}
            </ul>
            {file.abilities.linkDuplicate && (
              <Space>
                <Button
                  size="small"
                  onClick={() => decide.mutate({ candidateId: d.id, decision: 'link' })}
                  loading={decide.isPending}
                >
                  {t('Xác nhận trùng')}
                </Button>
                <Button
                  size="small"
                  type="text"
                  onClick={() => decide.mutate({ candidateId: d.id, decision: 'dismiss' })}
                >
                  {t('Không trùng')}
                </Button>
              </Space>
            )}
          </li>
        ))}
      </ul>
      {pending.length > open.length && (
        <Button type="link" onClick={() => setAll(true)}>
          {t('Xem thêm {n} gợi ý', { n: pending.length - open.length })}
        </Button>
      )}
    </Card>
  );
}

/** Tài liệu: the petition's papers, verification records, decisions; upload and download. */
export function AttachmentsCard({ file }: { file: CaseFile }) {
  const t = useT();
  const { language } = useLanguage();
  const queryClient = useQueryClient();
  const purpose = (p: string) =>
    p === 'verification'
      ? t('Tài liệu xác minh')
      : p === 'decision'
        ? t('Quyết định, kết luận')
        : p === 'public'
          ? t('Tài liệu công khai')
          : t('Đơn và giấy tờ kèm theo');
  return (
    <Card size="small" title={<h2 className="dv-card-title">{t('Tài liệu đính kèm')}</h2>}>
      {file.attachments.length === 0 ? (
        <p className="dv-field-hint">{t('Chưa có tài liệu nào.')}</p>
      ) : (
        <ul className="dv-attachments">
          {file.attachments.map((a) => (
            <li key={a.id}>
              <a href={attachmentUrl(file.id, a.id)} download={a.fileName}>
                {a.fileName}
              </a>
              <span className="dv-case-meta">
                {purpose(a.purpose)} · {size(a.size)} · {formatDate(a.uploadedAt, language)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {(file.mediaLinks ?? []).length > 0 && (
        <>
          <p className="dv-case-meta">{t('Ảnh do ứng dụng phản ánh gửi kèm (liên kết ngoài)')}</p>
          <ul className="dv-attachments">
            {file.mediaLinks!.map((url) => (
              <li key={url}>
                <a href={url} target="_blank" rel="noopener noreferrer nofollow">
                  {url}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {file.abilities.attach && (
        <AttachmentUpload
          petitionId={file.id}
          choosePurpose
          onUploaded={() => void queryClient.invalidateQueries({ queryKey: ['case', file.id] })}
        />
      )}
    </Card>
  );
}
