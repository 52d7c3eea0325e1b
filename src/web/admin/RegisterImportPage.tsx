import { Button, Card, Input, Space, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../auth/session';
import { useT } from '../i18n/i18n-context';
import { sendRegisterImport, type ImportResult } from './api';
import { AdminPage } from './AdminList';
import { ImportResultCard } from './ImportResultCard';
import { AdminProblem } from './shared';

/**
 * Administration → import a legacy register (sổ tiếp công dân, sổ theo dõi đơn thư) from Excel
 * or CSV: choose the file → preview with each row's problems (nothing written) → confirm.
 */
export default function RegisterImportPage() {
  const t = useT();
  const me = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [unitCode, setUnitCode] = useState(me.user.unit.code);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  const previewing = useMutation({
    mutationFn: () => sendRegisterImport(file!, unitCode.trim()),
    onSuccess: (r) => {
      setPreview(r);
      setDone(null);
    },
  });
  const confirming = useMutation({
    mutationFn: () => sendRegisterImport(file!, unitCode.trim(), preview!.sha256),
    onSuccess: (r) => {
      setDone(r);
      setPreview(null);
    },
  });
  return (
    <AdminPage
      title={t('Nhập sổ theo dõi đơn thư cũ')}
      description={t(
        'Nhập sổ tiếp công dân, sổ theo dõi đơn thư đang lưu bằng Excel (.xlsx) hoặc CSV. Xem trước không ghi gì; khi xác nhận, hoặc nhập hết các dòng, hoặc không nhập dòng nào. Dòng đã nhập trước đây được bỏ qua.',
      )}
    >
      <Card>
        <Space wrap align="end">
          <label>
            <Typography.Text strong>{t('Tệp sổ theo dõi (.xlsx, .csv)')}</Typography.Text>
            <br />
            <input
              type="file"
              accept=".xlsx,.csv"
              aria-label={t('Tệp sổ theo dõi (.xlsx, .csv)')}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setPreview(null);
                setDone(null);
              }}
            />
          </label>
          <label>
            <Typography.Text strong>{t('Mã đơn vị')}</Typography.Text>
            <Input
              aria-label={t('Mã đơn vị')}
              value={unitCode}
              onChange={(e) => setUnitCode(e.target.value)}
              style={{ width: 140 }}
            />
          </label>
          <Button
            type="primary"
            disabled={!file || !unitCode.trim()}
            loading={previewing.isPending}
            onClick={() => previewing.mutate()}
          >
            {t('Xem trước')}
          </Button>
          {preview && (
            <Button
              type="primary"
              danger={false}
              disabled={preview.errors > 0 || preview.added === 0}
              loading={confirming.isPending}
              onClick={() => confirming.mutate()}
            >
              {t('Xác nhận nhập {n} hồ sơ', { n: preview.added })}
            </Button>
          )}
        </Space>
        <AdminProblem error={previewing.error ?? confirming.error} />
      </Card>
      <ImportResultCard preview={preview} done={done} />
    </AdminPage>
  );
}
