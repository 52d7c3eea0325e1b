import { Button, Input, Popover, Select } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n/i18n-context';
import { hasFilter } from './filter-params';
import { foldFilter } from './fold';
import { useReference } from './reference';
import { useSavedFilters } from './saved-filters';
import type { PetitionFilter } from './types';

interface Props {
  screen: string;
  filter: PetitionFilter;
  onChange(filter: PetitionFilter): void;
  /** Applying a saved filter also resets the search box text. */
  onApply(filter: PetitionFilter): void;
}

/**
 * The select-based filters and saved filters. Loaded just after the list (lazy), so the queue's
 * first download stays small; the search box and the list do not wait for it.
 */
export default function FilterSelects({ screen, filter, onChange, onApply }: Props) {
  const t = useT();
  const reference = useReference().data;
  const saved = useSavedFilters(screen);
  const [saveOpen, setSaveOpen] = useState(false);
  const [name, setName] = useState('');
  const set = (patch: Partial<PetitionFilter>) => onChange({ ...filter, ...patch });
  const entries = (map: Record<string, { vi: string; en: string }> | undefined) =>
    Object.entries(map ?? {}).map(([value, label]) => ({ value, label: t.pick(label) }));
  const topics = (reference?.topics ?? [])
    .filter((x) => !filter.kind?.length || x.kinds.some((k) => filter.kind?.includes(k)))
    .map((x) => ({ value: x.code, label: t.pick(x.name) }));
  const save = () => {
    if (!name.trim()) return;
    saved.save(name.trim(), filter);
    setName('');
    setSaveOpen(false);
  };

  return (
    <>
      <Select
        mode="multiple"
        aria-label={t('Loại đơn')}
        placeholder={t('Loại đơn')}
        className="dv-filter-select"
        value={filter.kind ?? []}
        onChange={(kind: string[]) => set({ kind })}
        options={entries(reference?.kinds)}
        maxTagCount="responsive"
        allowClear
      />
      <Select
        mode="multiple"
        aria-label={t('Trạng thái')}
        placeholder={t('Trạng thái')}
        className="dv-filter-select"
        value={filter.status ?? []}
        onChange={(status: string[]) => set({ status })}
        options={entries(reference?.statuses)}
        maxTagCount="responsive"
        allowClear
      />
      <Select
        aria-label={t('Lĩnh vực')}
        placeholder={t('Lĩnh vực')}
        className="dv-filter-select dv-filter-topic"
        value={filter.topic}
        onChange={(topic?: string) => set({ topic })}
        options={topics}
        showSearch={{ filterOption: foldFilter }}
        allowClear
        popupMatchSelectWidth={false}
      />
      <Select
        aria-label={t('Thời hạn')}
        placeholder={t('Thời hạn')}
        className="dv-filter-select dv-filter-deadline"
        value={filter.deadline}
        onChange={(deadline?: PetitionFilter['deadline']) => set({ deadline })}
        options={[
          { value: 'overdue', label: t('Quá hạn') },
          { value: 'due_soon', label: t('Sắp đến hạn') },
          { value: 'on_time', label: t('Trong hạn') },
        ]}
        allowClear
      />
      <Popover
        open={saveOpen}
        onOpenChange={setSaveOpen}
        trigger="click"
        title={t('Lưu bộ lọc này')}
        content={
          <div className="dv-button-row">
            <Input
              autoFocus
              aria-label={t('Tên bộ lọc')}
              placeholder={t('Tên bộ lọc')}
              value={name}
              onChange={(e) => setName(e.target.value)}
              onPressEnter={save}
            />
            <Button type="primary" disabled={!name.trim()} onClick={save}>
              {t('Lưu')}
            </Button>
          </div>
        }
      >
        <Button disabled={!hasFilter(filter)}>{t('Lưu bộ lọc')}</Button>
      </Popover>
      {saved.items.length > 0 && (
        <Select
          aria-label={t('Bộ lọc đã lưu')}
          placeholder={t('Bộ lọc đã lưu')}
          className="dv-filter-saved"
          value={null}
          popupMatchSelectWidth={false}
          onChange={(value: string) => {
            const found = saved.items.find((x) => x.name === value);
            if (found) onApply(found.filter);
          }}
          options={saved.items.map((x) => ({
            value: x.name,
            label: (
              <span className="dv-saved-option">
                <span>{x.name}</span>
                <Button
                  size="small"
                  type="text"
                  aria-label={t('Xóa bộ lọc đã lưu {name}', { name: x.name })}
                  onClick={(e) => {
                    e.stopPropagation();
                    saved.remove(x.name);
                  }}
                >
                  ×
                </Button>
              </span>
            ),
          }))}
        />
      )}
    </>
  );
}
