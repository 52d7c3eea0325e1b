import './contrast.css';
import { ConfigProvider, type ThemeConfig } from 'antd';
// The ESM build of the locales: antd/locale/* is CommonJS and drags in a second copy of pickers' locale code.
import enUS from 'antd/es/locale/en_US';
import viVN from 'antd/es/locale/vi_VN';
import type { ReactNode } from 'react';
import { useLanguage } from '../i18n/i18n-context';

/** Restrained government palette: deep blue for action, red only for emphasis and danger. */
export const palette = {
  blue: '#0b4f9c',
  blueDark: '#083b75',
  red: '#c8102e',
  gold: '#ffcd00',
  surface: '#f3f5f8',
};

const theme: ThemeConfig = {
  token: {
    colorPrimary: palette.blue,
    colorLink: palette.blue,
    colorError: palette.red,
    colorBgLayout: palette.surface,
    // antd's greys (45 % and 25 % black) fall under WCAG AA 4.5:1 on white and on the page
    // background; these keep the same hierarchy at ≥ 4.6:1 on #f3f5f8 (axe color-contrast).
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
    colorIcon: 'rgba(0, 0, 0, 0.62)',
    borderRadius: 6,
    fontFamily:
      "'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', sans-serif",
  },
  components: {
    Layout: {
      headerBg: palette.blue,
      headerHeight: 56,
      headerPadding: '0 16px',
      siderBg: '#ffffff',
    },
    Menu: { itemSelectedBg: '#e6eef8', itemSelectedColor: palette.blue },
  },
};

export function ThemeProvider({ children }: { children: ReactNode }) {
  const { language } = useLanguage();
  return (
    <ConfigProvider locale={language === 'en' ? enUS : viVN} theme={theme}>
      {children}
    </ConfigProvider>
  );
}
