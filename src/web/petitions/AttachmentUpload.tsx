import { Button, Select, message } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { isApiProblem } from '../api/client';
import { useT } from '../i18n/i18n-context';
import { uploadAttachment } from './api';
import type { UploadedAttachment } from './types';

interface Props {
  petitionId: string;
  onUploaded(attachment: UploadedAttachment): void;
  /** Offer the purpose picker (case file); the desk always uploads the petition's own papers. */
  choosePurpose?: boolean;
}

/** Picks a file and uploads it; the server checks type (PDF, images, DOCX, XLSX, text) and 10 MB. */
export function AttachmentUpload({ petitionId, onUploaded, choosePurpose }: Props) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const hint = useId();
  const [purpose, setPurpose] = useState('petition');
  const [toast, holder] = message.useMessage();
  const upload = useMutation({
    mutationFn: (file: File) => uploadAttachment(petitionId, file, purpose),
    onSuccess: (saved) => {
      void toast.success(t('Đã đính kèm {name}.', { name: saved.fileName }));
      onUploaded(saved);
    },
    onError: (error) =>
      void toast.error(
        isApiProblem(error) ? t.pick(error.userMessage) : t('Không tải lên được tệp.'),
      ),
  });
  return (
    <span className="dv-upload">
      {holder}
      {choosePurpose && (
        <Select
          aria-label={t('Loại tài liệu')}
          value={purpose}
          onChange={setPurpose}
          style={{ width: 190 }}
          options={[
            { value: 'petition', label: t('Đơn và giấy tờ kèm theo') },
            { value: 'verification', label: t('Tài liệu xác minh') },
            { value: 'decision', label: t('Quyết định, kết luận') },
            { value: 'public', label: t('Tài liệu công khai') },
          ]}
        />
      )}
      <input
        ref={input}
        type="file"
        className="dv-visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.txt"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) upload.mutate(file);
          e.target.value = '';
        }}
      />
      <Button
        onClick={() => input.current?.click()}
        loading={upload.isPending}
        aria-describedby={hint}
      >
        {t('Đính kèm tệp…')}
      </Button>
      <span id={hint} className="dv-field-hint">
        {t('PDF, ảnh, DOCX, XLSX; tối đa 10 MB.')}
      </span>
    </span>
  );
}
