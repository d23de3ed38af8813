import { loadDeskTexts } from '@/shared/i18n';

// The shell and the pages a mentor and an employer land on come with the first page; every other page also needs the
// rest of the Dutch texts and of Mantine's styles (issue 15: the first page's weight, docs/performance.md). Both
// come once, with the first such page; a failed download is tried again by the next page.
let desk: Promise<void> | undefined;

function loadDesk(): Promise<void> {
  desk ??= Promise.all([import('./mantine-styles-desk'), loadDeskTexts()]).then(
    () => undefined,
    (error: unknown) => {
      desk = undefined;
      throw error;
    },
  );
  return desk;
}

/** A page's module, resolved once the desk's texts and styles are there too (both downloads run side by side). */
export function withDesk<T>(page: Promise<T>): Promise<T> {
  return Promise.all([page, loadDesk()]).then(([module]) => module);
}
