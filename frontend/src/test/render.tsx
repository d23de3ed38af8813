import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { addDeskTexts } from '@/shared/i18n';
import { nlDesk } from '@/shared/i18n/nl-desk';

// In the app the texts beyond the first pages come with the first such page (app/desk.ts); tests render any component.
addDeskTexts(nlDesk);

/** Renders with the app's providers; seed query data so components never hit the network. */
export function renderWithProviders(ui: ReactElement, seed: [unknown[], unknown][] = []) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  for (const [key, data] of seed) client.setQueryData(key, data);
  return render(
    <MantineProvider>
      <QueryClientProvider client={client}>
        <Router hook={memoryLocation({ record: false }).hook}>{ui}</Router>
      </QueryClientProvider>
    </MantineProvider>,
  );
}
