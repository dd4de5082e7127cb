// Tokens and base styles first, so a feature's own stylesheet (loaded with it) wins over them.
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/checks.css';
import './styles/toggles.css';
import './styles/marks.css';
import './styles/panels.css';
import './styles/scroll-cue.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { loadDictionary } from './i18n/dictionary';
import { useAppStore } from './store';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The chosen language is ready before the first paint, so no English flashes by.
await loadDictionary(useAppStore.getState().settings.lang).catch(() => undefined);
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
