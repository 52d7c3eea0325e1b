import type { ThemeConfig } from 'antd';

/** Restrained government palette: deep blue for action, red only for emphasis and danger. */
export const palette = {
  blue: '#0b4f9c',
  blueDark: '#083b75',
  red: '#c8102e',
  gold: '#ffcd00',
  surface: '#f3f5f8',
};

/**
 * The workspace theme. Also read at build time (vite.config.ts) to write antd's styles for it into
 * a static style sheet, so it must stay plain data: no CSS import, no browser API.
 */
export const theme: ThemeConfig = {
  // A fixed key (React's useId otherwise): the static sheet's CSS variables carry the same class.
  cssVar: { key: 'dv' },
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
