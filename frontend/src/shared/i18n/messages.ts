import type { nl } from './nl';
import type { nlDesk } from './nl-desk';

/** Every text of the SPA: the first pages' (nl.ts) and the rest (nl-desk.ts); en.ts has them all in one file. */
export type Messages = typeof nl & typeof nlDesk;
