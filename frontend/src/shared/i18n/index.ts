import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nl } from './nl';
import type { nlDesk } from './nl-desk';

const STORAGE_KEY = 'stagemakelaar.language';

function initialLanguage(): string {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'nl' || stored === 'en') return stored;
  } catch {
    // storage may be unavailable (private mode); Dutch is the default
  }
  return 'nl';
}

// The first pages' Dutch comes with the first page, the rest of it with the first other page (loadDeskTexts), English
// (18 kB gzipped) only when someone chooses it (issue 15: the first page's weight).
void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl } },
  lng: 'nl',
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
});

document.documentElement.lang = 'nl';

/** Adds the Dutch texts of the pages beyond the first ones (nl-desk.ts). */
export function addDeskTexts(texts: typeof nlDesk) {
  i18n.addResourceBundle('nl', 'translation', texts, true, false);
}

/** Downloads and adds them: app/desk.ts calls it once, before the first such page shows, and again after a failure. */
export const loadDeskTexts = () => import('./nl-desk').then(({ nlDesk }) => addDeskTexts(nlDesk));

export async function setLanguage(lng: string) {
  if (lng === 'en' && !i18n.hasResourceBundle('en', 'translation')) {
    i18n.addResourceBundle('en', 'translation', (await import('./en')).en);
  }
  await i18n.changeLanguage(lng);
  document.documentElement.lang = lng;
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // ignore
  }
}

if (initialLanguage() === 'en') void setLanguage('en');

export default i18n;
