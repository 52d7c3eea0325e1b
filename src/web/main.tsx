import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { adoptPreloaded } from './app/preloaded';
import { queryClient } from './app/query-client';
import { preloadStartScreen } from './app/router';
import { keepServerRendered } from './app/server-rendered';
import './app/global.css';

adoptPreloaded(queryClient);
preloadStartScreen(window.location.pathname);

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
keepServerRendered(container);
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
