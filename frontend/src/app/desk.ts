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

/**
 * Fetches the rest when the browser is idle after a first page, so the next page is not slower for it. A failure
 * here is left to the next page, which tries again and shows its own error.
 */
export function prefetchDesk(): () => void {
  const load = () => void loadDesk().catch(() => undefined);
  if ('requestIdleCallback' in window) {
    const id = window.requestIdleCallback(load, { timeout: 5000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(load, 2000);
  return () => clearTimeout(id);
}

/** A page's module, resolved once the desk's texts and styles are there too (both downloads run side by side). */
export function withDesk<T>(page: Promise<T>): Promise<T> {
  return Promise.all([page, loadDesk()]).then(([module]) => module);
}
