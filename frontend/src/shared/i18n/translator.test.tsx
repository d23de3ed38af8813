import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Translator } from './translator';

const dutch = {
  common: { results_one: '{{count}} resultaat', results_other: '{{count}} resultaten', hello: 'Hallo {{ name }}, {{name}}' },
  nav: { home: 'Start' },
};

describe('the translator', () => {
  it('finds a text by its path and fills in its values', () => {
    const i18n = new Translator('nl', dutch);
    expect(i18n.t('common.hello' as never, { name: 'Fatima' })).toBe('Hallo Fatima, Fatima');
    expect(i18n.t('common.hello' as never)).toBe('Hallo {{ name }}, {{name}}');
  });

  it('chooses the plural by the count and the language\'s rule', () => {
    const i18n = new Translator('nl', dutch);
    expect(i18n.t('common.results' as never, { count: 1 })).toBe('1 resultaat');
    expect(i18n.t('common.results' as never, { count: 0 })).toBe('0 resultaten');
    expect(i18n.t('common.results' as never, { count: 12 })).toBe('12 resultaten');
  });

  it('falls back to Dutch, then to the default, then to the key', () => {
    const i18n = new Translator('nl', dutch);
    i18n.addTexts('en', { nav: { home: 'Home' } });
    i18n.setLanguage('en');
    expect(i18n.t('nav.home' as never)).toBe('Home');
    expect(i18n.t('common.results' as never, { count: 2 })).toBe('2 resultaten');
    expect(i18n.t('errors.code.Odd', { defaultValue: 'Ongeldig' })).toBe('Ongeldig');
    expect(i18n.t('nav.missing' as never)).toBe('nav.missing');
    expect(i18n.exists('nav.home')).toBe(true);
    expect(i18n.exists('nav')).toBe(false);
  });

  it('merges a later part of the texts into the same sections', () => {
    const i18n = new Translator('nl', dutch);
    i18n.addTexts('nl', { nav: { reports: 'Rapportages' } });
    expect(i18n.t('nav.home' as never)).toBe('Start');
    expect(i18n.t('nav.reports' as never)).toBe('Rapportages');
  });
});

describe('useTranslation', () => {
  it('renders again when the language changes', async () => {
    const { default: i18n, setLanguage, useTranslation } = await import('./index');
    function Title() {
      const { t } = useTranslation();
      return <h1>{t('common.save')}</h1>;
    }
    render(<Title />);
    expect(screen.getByRole('heading')).toHaveTextContent('Opslaan');
    await act(() => setLanguage('en'));
    expect(i18n.language).toBe('en');
    expect(screen.getByRole('heading')).toHaveTextContent('Save');
    await act(() => setLanguage('nl'));
    expect(screen.getByRole('heading')).toHaveTextContent('Opslaan');
  });
});
