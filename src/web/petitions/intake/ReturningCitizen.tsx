import { Alert, Button, Input } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiProblem } from '../../api/client';
import { formatDate } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/i18n-context';
import { checkDuplicates, fetchCase, fetchPetitions } from '../api';
import { useLabels } from '../reference';
import type { Petitioner } from '../types';

interface Found {
  id: string;
  trackingCode: string;
  title: string;
  status: string;
  receivedOn: string;
}

/**
 * "Công dân đã từng đến": finds earlier cases by CCCD or phone and copies the person into the
 * form. Uses the list search and the duplicate check (which matches identity numbers).
 */
export function ReturningCitizen({
  unitCode,
  onUse,
}: {
  unitCode: string;
  onUse(p: Petitioner): void;
}) {
  const t = useT();
  const { language } = useLanguage();
  const label = useLabels();
  const [number, setNumber] = useState('');
  const lookup = useMutation({
    mutationFn: async (value: string): Promise<Found[]> => {
      const isId = /^[0-9A-Za-z]{9,20}$/.test(value) && !/^0\d{9,10}$/.test(value);
      const [list, dups] = await Promise.all([
        fetchPetitions({ q: value, sort: 'received' }, undefined, 10),
        checkDuplicates({
          unitCode,
          title: '',
          content: '',
          petitioners: [isId ? { identityNumber: value } : { phone: value }],
        }).catch(() => ({ duplicates: [] })),
      ]);
      const all = new Map<string, Found>();
      for (const x of [...dups.duplicates, ...list.items]) if (!all.has(x.id)) all.set(x.id, x);
      return [...all.values()];
    },
  });
  const use = useMutation({
    mutationFn: async (id: string) => {
      const file = await fetchCase(id);
      const digits = number.replace(/\D/g, '');
      return (
        file.petitioners.find(
          (p) => p.identityNumber === number || (p.phone && p.phone.replace(/\D/g, '') === digits),
        ) ?? file.petitioners[0]
      );
    },
    onSuccess: (person) => person && onUse(person),
  });
  const problem = lookup.error ?? use.error;

  return (
    <section className="dv-side-card" aria-labelledby="returning-title">
      <h2 id="returning-title" className="dv-card-title">
        {t('Công dân đã từng gửi đơn?')}
      </h2>
      <Input.Search
        aria-label={t('Số CCCD hoặc số điện thoại')}
        placeholder={t('Số CCCD hoặc số điện thoại')}
        value={number}
        onChange={(e) => setNumber(e.target.value)}
        onSearch={(value) => value.trim() && lookup.mutate(value.trim())}
        loading={lookup.isPending}
        enterButton={t('Tìm')}
      />
      {problem && (
        <Alert
          type="error"
          showIcon
          title={isApiProblem(problem) ? t.pick(problem.userMessage) : t('Không tải được dữ liệu.')}
        />
      )}
      {lookup.data && lookup.data.length === 0 && (
        <p className="dv-field-hint">
          {t('Không thấy hồ sơ nào với số này. Đây là lần đầu công dân gửi đơn.')}
        </p>
      )}
      {lookup.data && lookup.data.length > 0 && (
        <ul className="dv-dup-list">
          {lookup.data.map((f) => (
            <li key={f.id} className="dv-dup">
              <div className="dv-dup-head">
                <span className="dv-code">{f.trackingCode}</span>
                <span className="dv-case-meta">{formatDate(f.receivedOn, language)}</span>
              </div>
              <div className="dv-dup-title">{f.title}</div>
              <div className="dv-case-meta">{label('statuses', f.status)}</div>
              <Button
                size="small"
                onClick={() => use.mutate(f.id)}
                loading={use.isPending && use.variables === f.id}
              >
                {t('Điền thông tin người này')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
