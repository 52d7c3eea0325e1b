import './contrast.css';
import { ConfigProvider } from 'antd';
// The ESM build of the locales: antd/locale/* is CommonJS and drags in a second copy of pickers' locale code.
import enUS from 'antd/es/locale/en_US';
import viVN from 'antd/es/locale/vi_VN';
import { useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { useLanguage } from '../i18n/i18n-context';
import { theme } from './theme';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

function subscribeReducedMotion(onChange: () => void): () => void {
  const query = window.matchMedia?.(REDUCED_MOTION);
  query?.addEventListener?.('change', onChange);
  return () => query?.removeEventListener?.('change', onChange);
}

/** Whether the system asks for reduced motion (WCAG 2.3.3); the browser tests force it on. */
function useReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribeReducedMotion,
    () => window.matchMedia?.(REDUCED_MOTION).matches ?? false,
    () => false,
  );
}

/**
 * antd's locale and the workspace theme. With reduced motion asked for, antd's motion is off
 * (`token.motion: false`): dialogs, drawers and menus appear in their final state at once. The
 * browser tests open every page with reduced motion (`launchChromium()` in
 * tests/helpers/test-server.ts), so no click can land on a dialog still zooming in (decision
 * 0019-h20-reduced-motion).
 */
export function ThemeProvider({ children }: { children: ReactNode }) {
  const { language } = useLanguage();
  const reducedMotion = useReducedMotion();
  const merged = useMemo(
    () => (reducedMotion ? { ...theme, token: { ...theme.token, motion: false } } : theme),
    [reducedMotion],
  );
  return (
    <ConfigProvider locale={language === 'en' ? enUS : viVN} theme={merged}>
      {children}
    </ConfigProvider>
  );
}
