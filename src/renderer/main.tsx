import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { warmTables } from '../core/prebuilt-tables';
import { App } from './App';
import './styles.css';

// The browser build opens with ?token=… once; the page has the token in its meta tag and the server has set the
// cookie, so the address drops it: not in history, not in a bookmark, not in a screenshot of the address bar.
const address = new URL(window.location.href);
if (address.searchParams.has('token')) {
  address.searchParams.delete('token');
  window.history.replaceState(window.history.state, '', address.pathname + address.search + address.hash);
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );

// The engine's tables (taxonomy, part-of-speech lexicon, word ranks) are built while the first screen is read.
if ('requestIdleCallback' in window) warmTables((build) => requestIdleCallback(build, { timeout: 5000 }));
