import { useT } from '../i18n/I18nProvider';
import styles from './App.module.css';

export type Screen = 'wizard' | 'paste' | 'profiles' | 'export';
const ITEMS: { screen: Screen; key: 'nav.setup' | 'nav.profiles' | 'nav.paste' | 'nav.mailApp' }[] = [
  { screen: 'wizard', key: 'nav.setup' },
  // Reaches the export screen without a test: every export works from the form alone, offline too.
  { screen: 'export', key: 'nav.mailApp' },
  { screen: 'profiles', key: 'nav.profiles' },
  { screen: 'paste', key: 'nav.paste' },
];

/** Top-level places; the current one is marked for screen readers. */
export function NavBar({ current, onNavigate }: { current: Screen; onNavigate: (screen: Screen) => void }) {
  const { t } = useT();
  return (
    <nav aria-label={t('nav.label')} className={styles.nav}>
      <ul>
        {ITEMS.map(({ screen, key }) => (
          <li key={screen}>
            <button type="button" className={styles.navItem} aria-current={current === screen ? 'page' : undefined} onClick={() => onNavigate(screen)}>
              {t(key)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
