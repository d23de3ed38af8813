import { useMergedRef } from '@mantine/hooks';
import type { Ref } from 'react';

/**
 * Mantine's ScrollArea (which every Mantine Table imports) takes one hook from Floating UI, and with it 10 kB gzip of
 * positioning code on the mentor's first page (issue 15). The build hands it this instead (vite.config.ts): the same
 * hook, made of Mantine's own.
 */
export function useMergeRefs<T>(refs: Array<Ref<T> | undefined>) {
  return useMergedRef<T>(...refs);
}
