import 'i18next';
import type { Messages } from './messages';

// Typed keys: a key in neither nl.ts nor nl-desk.ts, or misspelt in a component, fails the typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
