/**
 * Renders a workspace screen as the app does (language, antd theme and locale, query cache,
 * router), for an official signed in through the mocked GET /api/v1/me.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { fetchMe } from '../api/endpoints';
import { ThemeProvider } from '../app/ThemeProvider';
import { meQueryKey } from '../auth/session';
import { I18nProvider } from '../i18n/i18n-context';
import { storeLanguage, type Language } from '../i18n/language';

export async function renderScreen(
  ui: ReactElement,
  opts: { language?: Language } = {},
): Promise<RenderResult & { queryClient: QueryClient }> {
  storeLanguage(opts.language ?? 'vi');
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  });
  // What RequireAuth guarantees in the app: the session is loaded (through HTTP) before the screen.
  await queryClient.fetchQuery({ queryKey: meQueryKey, queryFn: fetchMe });
  const result = render(
    <I18nProvider>
      <ThemeProvider>
        <QueryClientProvider client={queryClient}>
          <MemoryRouter>{ui}</MemoryRouter>
        </QueryClientProvider>
      </ThemeProvider>
    </I18nProvider>,
  );
  return { ...result, queryClient };
}
