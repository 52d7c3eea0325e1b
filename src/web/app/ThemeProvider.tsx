import './contrast.css';
import { ConfigProvider } from 'antd';
// The ESM build of the locales: antd/locale/* is CommonJS and drags in a second copy of pickers' locale code.
import enUS from 'antd/es/locale/en_US';
import viVN from 'antd/es/locale/vi_VN';
import type { ReactNode } from 'react';
import { useLanguage } from '../i18n/i18n-context';
import { theme } from './theme';

export function ThemeProvider({ children }: { children: ReactNode }) {
  const { language } = useLanguage();
  return (
    <ConfigProvider locale={language === 'en' ? enUS : viVN} theme={theme}>
      {children}
    </ConfigProvider>
  );
}
