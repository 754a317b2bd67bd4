import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { prefetchScreens } from './app/screen-chunks';
import { I18nProvider } from './i18n/I18nProvider';
import { startLocale } from './i18n/start-locale';
import './styles/tokens.css';
import './styles/base.css';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

// The other screens load alongside the first locale, so they open offline too (renderer/app/screen-chunks.ts).
prefetchScreens();
// The first screen renders in the person's language, loaded first (renderer/i18n/start-locale.ts).
void startLocale().then(({ locale, chosen }) => {
  createRoot(container).render(
    <StrictMode>
      <I18nProvider initial={{ locale, chosen }}>
        <App />
      </I18nProvider>
    </StrictMode>,
  );
});
