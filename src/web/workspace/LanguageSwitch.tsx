import { Segmented } from 'antd';
import { useLanguage, useT } from '../i18n/i18n-context';
import type { Language } from '../i18n/language';

/** Language names are written in their own language, so they are not translated. */
const options: { label: string; value: Language }[] = [
  { label: 'Tiếng Việt', value: 'vi' },
  { label: 'English', value: 'en' },
];

export function LanguageSwitch({ className }: { className?: string }) {
  const t = useT();
  const { language, setLanguage } = useLanguage();
  return (
    <Segmented<Language>
      className={className}
      aria-label={t('Ngôn ngữ')}
      size="small"
      options={options}
      value={language}
      onChange={setLanguage}
    />
  );
}
