import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { I18nProvider } from '../i18n/i18n-context';
import { ErrorBoundary } from './ErrorBoundary';
import { queryClient } from './query-client';
import { router } from './router';
import { ThemeProvider } from './ThemeProvider';

export function App() {
  return (
    <I18nProvider>
      <ThemeProvider>
        <ErrorBoundary>
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </ErrorBoundary>
      </ThemeProvider>
    </I18nProvider>
  );
}
