import { Button, Card, Empty, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { DateInput } from '../app/DateInput';
import { QueryState } from '../app/QueryState';
import { usePageTitle } from '../app/use-page-title';
import { formatDate } from '../i18n/format';
import { useLanguage, useT } from '../i18n/i18n-context';
import { fetchRegister } from './api';
import { useLabels } from './reference';
import type { RegisterEntry } from './types';
import './petitions.css';

/** The identity check of a visit from 01/07/2026 (null before: the rule was not in force). */
type IdentityCheck = RegisterEntry['identityCheck'];

/** "Đã kiểm tra: <document kind>", "Không kiểm tra được (<reason>)", or "Chưa ghi"; never the number. */
function IdentityCheckCell({ check }: { check: IdentityCheck }) {
  const t = useT();
  if (!check) return <>—</>;
  if (check.state === 'checked')
    return (
      <>
        {t('Đã kiểm tra')}
        {check.documentLabel && `: ${t.pick(check.documentLabel)}`}
      </>
    );
  if (check.state === 'not_checked')
    return (
      <>
        {t('Không kiểm tra được')}
        {check.reason && ` (${check.reason})`}
      </>
    );
  return <em>{t('Chưa ghi kết quả kiểm tra')}</em>;
}

/** Sổ tiếp công dân: in-person visits laid out like the paper register, printable. */
export default function RegisterPage() {
  const t = useT();
  const { language } = useLanguage();
  const label = useLabels();
  usePageTitle(t('Sổ tiếp công dân'));
  const [from, setFrom] = useState<string | undefined>();
  const [to, setTo] = useState<string | undefined>();
  const register = useQuery({
    queryKey: ['register', from, to],
    queryFn: () => fetchRegister({ from, to }),
    placeholderData: keepPreviousData,
  });
  // The paper register runs oldest first; the API answers newest first.
  const items: RegisterEntry[] = [...(register.data?.items ?? [])].reverse();
  const dash = (s: string | null | undefined) => s || '—';

  return (
    <div className="dv-page dv-page-wide">
      <header className="dv-page-header dv-page-header-row">
        <div>
          <Typography.Title level={1} className="dv-page-title">
            {t('Sổ tiếp công dân')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('Các lượt công dân đến trình bày trực tiếp, ghi theo mẫu sổ tiếp công dân.')}
          </Typography.Text>
        </div>
        <Button className="no-print" onClick={() => window.print()}>
          {t('In sổ')}
        </Button>
      </header>
      <Card>
        <div className="dv-filters no-print" role="search" aria-label={t('Lọc theo ngày tiếp')}>
          <span className="dv-filter-label">{t('Từ ngày')}</span>
          <DateInput ariaLabel={t('Từ ngày')} value={from} onChange={setFrom} />
          <span className="dv-filter-label">{t('Đến ngày')}</span>
          <DateInput ariaLabel={t('Đến ngày')} value={to} onChange={setTo} />
          {(from || to) && (
            <Button
              onClick={() => {
                setFrom(undefined);
                setTo(undefined);
              }}
            >
              {t('Xóa bộ lọc')}
            </Button>
          )}
        </div>
        <p className="dv-print-only">
          {from || to
            ? t('Từ {from} đến {to}', {
                from: formatDate(from ?? '', language) || '…',
                to: formatDate(to ?? '', language) || '…',
              })
            : ''}
        </p>
        <QueryState query={register} isEmpty={false} emptyText="">
          {items.length === 0 ? (
            <Empty
              description={
                from || to
                  ? t('Không có lượt tiếp công dân nào trong khoảng ngày này.')
                  : t(
                      'Sổ chưa có lượt tiếp nào. Lượt tiếp được ghi khi bạn tiếp nhận đơn với nguồn “Trực tiếp”.',
                    )
              }
            >
              <Link to="/intake">
                <Button tabIndex={-1}>{t('Tiếp nhận đơn')}</Button>
              </Link>
            </Empty>
          ) : (
            <div className="dv-case-table-wrap">
              <table className="dv-register">
                <caption className="dv-visually-hidden">{t('Sổ tiếp công dân')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('STT')}</th>
                    <th scope="col">{t('Ngày tiếp')}</th>
                    <th scope="col">{t('Họ và tên')}</th>
                    <th scope="col">{t('Địa chỉ')}</th>
                    <th scope="col">{t('Số CCCD/giấy tờ')}</th>
                    <th scope="col">{t('Kiểm tra danh tính (từ 01/07/2026)')}</th>
                    <th scope="col">{t('Nội dung vụ việc')}</th>
                    <th scope="col">{t('Số người')}</th>
                    <th scope="col">{t('Cơ quan đã giải quyết')}</th>
                    <th scope="col">{t('Hướng xử lý')}</th>
                    <th scope="col">{t('Theo dõi kết quả')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((r, i) => (
                    <tr key={r.id}>
                      <td className="dv-num">{i + 1}</td>
                      <td>{formatDate(r.visitOn, language)}</td>
                      <td>
                        {r.identitySealed ? <em>{t('Được giữ bí mật')}</em> : dash(r.citizenName)}
                      </td>
                      <td>{r.identitySealed ? '—' : dash(r.citizenAddress)}</td>
                      <td>{r.identitySealed ? '—' : dash(r.identityPaper)}</td>
                      <td>
                        <IdentityCheckCell check={r.identityCheck} />
                      </td>
                      <td>
                        {r.kind && <span className="dv-kind">{label('kinds', r.kind)}: </span>}
                        {dash(r.content)}
                        {r.petitionId && r.trackingCode && (
                          <div>
                            <Link to={`/petitions/${r.petitionId}`} className="dv-code">
                              {r.trackingCode}
                            </Link>
                            {r.status && (
                              <span className="dv-case-meta"> · {label('statuses', r.status)}</span>
                            )}
                          </div>
                        )}
                      </td>
                      <td className="dv-num">{r.peopleCount ?? 1}</td>
                      <td>{dash(r.handledByBody)}</td>
                      <td>{dash(r.direction)}</td>
                      <td>{dash(r.followUp)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </QueryState>
      </Card>
    </div>
  );
}
