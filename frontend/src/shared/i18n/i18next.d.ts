import 'i18next';
import type { nl } from './nl';

// Typed keys: a key missing in nl.ts, or misspelt in a component, fails the typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
  }
}
