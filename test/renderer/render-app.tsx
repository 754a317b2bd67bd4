import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nProvider } from '../../renderer/i18n/I18nProvider';

export const renderWithI18n = (ui: ReactElement) => render(<I18nProvider>{ui}</I18nProvider>);
