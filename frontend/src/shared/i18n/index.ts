import { useSyncExternalStore } from 'react';
import { nl } from './nl';
import type { nlDesk } from './nl-desk';
import { type Language, type TFunction, type TOptions, Translator } from './translator';

export type { MessageKey, TFunction } from './translator';

const STORAGE_KEY = 'stagemakelaar.language';

function initialLanguage(): Language {
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
const i18n = new Translator('nl', nl);

document.documentElement.lang = 'nl';

/** Adds the Dutch texts of the pages beyond the first ones (nl-desk.ts). */
export function addDeskTexts(texts: typeof nlDesk) {
  i18n.addTexts('nl', texts);
}

/** Downloads and adds them: app/desk.ts calls it once, before the first such page shows, and again after a failure. */
export const loadDeskTexts = () => import('./nl-desk').then(({ nlDesk }) => addDeskTexts(nlDesk));

export async function setLanguage(lng: Language) {
  if (lng === 'en' && !i18n.hasTexts('en')) i18n.addTexts('en', (await import('./en')).en);
  i18n.setLanguage(lng);
  document.documentElement.lang = lng;
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // ignore
  }
}

if (initialLanguage() === 'en') void setLanguage('en');

// A new function on every change of language or texts, so that components using it render again.
const snapshot = () => ({ t: ((key: string, options?: TOptions) => i18n.t(key, options as never)) as TFunction, i18n });
let current = snapshot();
i18n.subscribe(() => {
  current = snapshot();
});

/** The current language's `t` (and the translator, for its language); renders again when either changes. */
export function useTranslation() {
  return useSyncExternalStore(i18n.subscribe, () => current);
}

export default i18n;
