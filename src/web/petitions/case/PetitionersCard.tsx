import { Alert, Button, Card, Form, Input, Modal } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiProblem } from '../../api/client';
import { useT } from '../../i18n/i18n-context';
import { readIdentity } from '../api';
import type { CaseFile, Petitioner } from '../types';

function PersonList({ people }: { people: Petitioner[] }) {
  const t = useT();
  return (
    <ul className="dv-people">
      {people.map((p) => (
        <li key={p.position} className="dv-person-card">
          <strong>{p.fullName}</strong>
          {p.isRepresentative && <span className="dv-rep">{t('Người đại diện')}</span>}
          <dl>
            {p.identityNumber && (
              <div>
                <dt>{t('CCCD')}</dt>
                <dd>{p.identityNumber}</dd>
              </div>
            )}
            {p.phone && (
              <div>
                <dt>{t('Điện thoại')}</dt>
                <dd>{p.phone}</dd>
              </div>
            )}
            {p.address && (
              <div>
                <dt>{t('Địa chỉ')}</dt>
                <dd>{p.address}</dd>
              </div>
            )}
            {p.email && (
              <div>
                <dt>{t('Thư điện tử')}</dt>
                <dd>{p.email}</dd>
              </div>
            )}
          </dl>
        </li>
      ))}
    </ul>
  );
}

/** Người gửi đơn; a denouncer's identity is sealed and shown only on a logged, reasoned request. */
export function PetitionersCard({ file }: { file: CaseFile }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [purpose, setPurpose] = useState('');
  const reveal = useMutation({
    mutationFn: () => readIdentity(file.id, purpose.trim()),
    onSuccess: () => setOpen(false),
  });
  const title = file.manySignatories
    ? t('Người gửi đơn ({n} người ký)', { n: file.signatoryCount ?? file.petitioners.length })
    : t('Người gửi đơn');

  return (
    <Card title={<h2 className="dv-card-title">{title}</h2>}>
      {file.sealed ? (
        <>
          <Alert
            type="info"
            showIcon
            title={t('Danh tính người tố cáo được giữ bí mật')}
            description={t(
              'Theo Luật Tố cáo 2018, chỉ người có thẩm quyền mới được xem, và phải nêu lý do.',
            )}
          />
          {reveal.data ? (
            <>
              <Alert
                className="dv-identity-log"
                type="warning"
                showIcon
                title={t('Mọi lần xem danh tính người tố cáo đều được ghi nhật ký')}
              />
              <PersonList people={reveal.data.petitioners} />
            </>
          ) : (
            file.abilities.readIdentity && (
              <Button className="dv-identity-button" onClick={() => setOpen(true)}>
                {t('Xem danh tính')}
              </Button>
            )
          )}
          <Modal
            open={open}
            title={t('Xem danh tính người tố cáo')}
            okText={t('Xem danh tính')}
            cancelText={t('Hủy')}
            onCancel={() => setOpen(false)}
            onOk={() => reveal.mutate()}
            okButtonProps={{ disabled: purpose.trim().length < 3, loading: reveal.isPending }}
            destroyOnHidden
          >
            <Alert
              type="warning"
              showIcon
              role="note"
              title={t('Mọi lần xem danh tính người tố cáo đều được ghi nhật ký')}
              description={t('Nhật ký ghi tên bạn, thời điểm và lý do xem.')}
            />
            <Form layout="vertical" className="dv-modal-form">
              <Form.Item label={t('Lý do xem')} required>
                <Input.TextArea
                  autoFocus
                  value={purpose}
                  onChange={(e) => setPurpose(e.target.value)}
                  maxLength={200}
                  autoSize={{ minRows: 2 }}
                />
              </Form.Item>
            </Form>
            {reveal.error && (
              <Alert
                type="error"
                showIcon
                title={
                  isApiProblem(reveal.error)
                    ? t.pick(reveal.error.userMessage)
                    : t('Không tải được dữ liệu.')
                }
              />
            )}
          </Modal>
        </>
      ) : file.anonymous ? (
        <p className="dv-field-hint">{t('Đơn nặc danh: không có thông tin người gửi.')}</p>
      ) : file.petitioners.length === 0 ? (
        <p className="dv-field-hint">{t('Không có thông tin người gửi.')}</p>
      ) : (
        <PersonList people={file.petitioners} />
      )}
    </Card>
  );
}
