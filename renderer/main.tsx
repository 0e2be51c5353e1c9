/** Renderer entry: i18n first (zh-CN by default), then the workspace. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/app';
import { loadBundledFonts } from './app/fonts';
import { initI18n } from './i18n';
import './app.css';

const i18n = initI18n();
loadBundledFonts();
const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
