import './petitions.css';
import { Alert, Button, Skeleton } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { isApiProblem } from '../api/client';
import { QueryState } from '../app/QueryState';
import { usePageTitle } from '../app/use-page-title';
import { formatDate } from '../i18n/format';
import { useLanguage, useT } from '../i18n/i18n-context';
import { fetchCase, receiptDocxUrl } from './api';
import { CaseNotFound } from './case/CaseNotFound';
import { useReference } from './reference';
import './receipt.css';

function longDate(iso: string): string {
  return `ngày ${iso.slice(8, 10)} tháng ${iso.slice(5, 7)} năm ${iso.slice(0, 4)}`;
}

/**
 * Phiếu nhận đơn, printable. The document itself is always Vietnamese (it is an official paper
 * handed to the citizen); only the toolbar around it follows the interface language.
 */
export default function ReceiptPage() {
  const t = useT();
  const { language } = useLanguage();
  const { id = '' } = useParams();
  const reference = useReference().data;
  const query = useQuery({ queryKey: ['case', id], queryFn: () => fetchCase(id) });
  const file = query.data;
  usePageTitle(file ? `${t('Phiếu nhận đơn')} ${file.trackingCode}` : t('Phiếu nhận đơn'));

  if (query.isError && isApiProblem(query.error) && query.error.status === 404)
    return <CaseNotFound />;
  if (!file) {
    return (
      <QueryState query={query} isEmpty={false} emptyText="">
        <Skeleton active />
      </QueryState>
    );
  }

  const processing = file.deadlines.find((d) => d.step === 'process') ?? file.deadlines[0];
  const receiver = file.timeline.find((e) => e.action === 'submit')?.actorName ?? '';
  const kind = reference?.kinds[file.kind]?.vi ?? file.kind;
  const channel = reference?.channels[file.channel]?.vi ?? file.channel;
  const papers = file.attachments.filter((a) => a.purpose === 'petition');
  const unitUpper = file.unit.name.toLocaleUpperCase('vi');
  const person = file.petitioners.find((p) => p.isRepresentative) ?? file.petitioners[0];

  return (
    <div className="dv-receipt-page">
      <div className="dv-receipt-toolbar no-print">
        <Link to={`/petitions/${file.id}`}>
          <Button tabIndex={-1}>{t('← Về hồ sơ')}</Button>
        </Link>
        <Button type="primary" onClick={() => window.print()}>
          {t('In phiếu')}
        </Button>
        <Button href={receiptDocxUrl(file.id)}>{t('Tải .docx')}</Button>
        {language === 'en' && (
          <Alert type="info" showIcon title={t('Phiếu nhận đơn luôn được in bằng tiếng Việt.')} />
        )}
      </div>
      <article className="dv-receipt" lang="vi" aria-label={t('Phiếu nhận đơn')}>
        <header className="dv-receipt-head">
          <div className="dv-receipt-issuer">
            <div>ỦY BAN NHÂN DÂN</div>
            <div className="dv-receipt-strong">{unitUpper}</div>
            <div className="dv-receipt-rule" />
            <div>Số: {file.trackingCode}/PNĐ</div>
          </div>
          <div className="dv-receipt-motto">
            <div className="dv-receipt-strong">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
            <div className="dv-receipt-strong dv-receipt-underline">
              Độc lập - Tự do - Hạnh phúc
            </div>
            <div className="dv-receipt-place">
              <em>
                {file.unit.name.replace(/^(Xã|Phường|Thị trấn|Đặc khu)\s+/u, '')},{' '}
                {longDate(file.receivedOn)}
              </em>
            </div>
          </div>
        </header>
        <h1 className="dv-receipt-title">PHIẾU NHẬN ĐƠN</h1>
        <div className="dv-receipt-code">
          <span>Mã tra cứu hồ sơ</span>
          <strong>{file.trackingCode}</strong>
        </div>
        <p>
          {file.unit.name} đã nhận đơn {kind.toLocaleLowerCase('vi')} (
          {channel.toLocaleLowerCase('vi')}) vào ngày {formatDate(file.receivedOn)} của:
        </p>
        <table className="dv-receipt-table">
          <tbody>
            {file.sealed ? (
              <tr>
                <th scope="row">Người gửi đơn</th>
                <td>Danh tính người tố cáo được giữ bí mật theo Luật Tố cáo 2018.</td>
              </tr>
            ) : person ? (
              <>
                <tr>
                  <th scope="row">Họ và tên</th>
                  <td>
                    {person.fullName}
                    {file.petitioners.length > 1 && ` và ${file.petitioners.length - 1} người khác`}
                    {file.manySignatories && file.signatoryCount
                      ? ` (đơn có ${file.signatoryCount} người ký)`
                      : ''}
                  </td>
                </tr>
                <tr>
                  <th scope="row">Địa chỉ</th>
                  <td>{person.address ?? '……………………………………'}</td>
                </tr>
                <tr>
                  <th scope="row">Số CCCD/CMND</th>
                  <td>{person.identityNumber ?? '……………………'}</td>
                </tr>
              </>
            ) : (
              <tr>
                <th scope="row">Người gửi đơn</th>
                <td>Đơn không ghi rõ họ tên, địa chỉ.</td>
              </tr>
            )}
            <tr>
              <th scope="row">Loại đơn</th>
              <td>{kind}</td>
            </tr>
            <tr>
              <th scope="row">Nội dung tóm tắt</th>
              <td>
                <strong>{file.title}</strong>
                <div className="dv-receipt-summary">
                  {file.content.length > 600 ? `${file.content.slice(0, 600)}…` : file.content}
                </div>
              </td>
            </tr>
            <tr>
              <th scope="row">Tài liệu kèm theo</th>
              <td>
                {papers.length === 0
                  ? 'Đơn (không có tài liệu kèm theo được số hóa).'
                  : papers.map((a) => <div key={a.id}>{a.fileName}</div>)}
              </td>
            </tr>
            {processing && (
              <tr>
                <th scope="row">Thời hạn xử lý đơn</th>
                <td>
                  <strong>
                    {processing.dueOn ? formatDate(processing.dueOn) : 'đang tạm dừng'}
                  </strong>
                  <div className="dv-receipt-summary">{processing.explanation.textVi}</div>
                </td>
              </tr>
            )}
          </tbody>
        </table>
        <p className="dv-receipt-note">
          Công dân dùng mã tra cứu trên để theo dõi tình trạng giải quyết đơn trên Cổng thông tin
          điện tử hoặc liên hệ nơi tiếp công dân. Phiếu này xác nhận việc nhận đơn, không phải văn
          bản thụ lý giải quyết.
        </p>
        <footer className="dv-receipt-signatures">
          <div>
            <div className="dv-receipt-strong">NGƯỜI NỘP ĐƠN</div>
            <em>(Ký, ghi rõ họ tên)</em>
          </div>
          <div>
            <div className="dv-receipt-strong">NGƯỜI NHẬN ĐƠN</div>
            <em>(Ký, ghi rõ họ tên)</em>
            <div className="dv-receipt-signer">{receiver}</div>
          </div>
        </footer>
      </article>
    </div>
  );
}
