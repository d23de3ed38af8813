import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Link, Route, Switch } from 'wouter';
import { renderWithProviders } from '@/test/render';
import { PageErrorBoundary } from './PageErrorBoundary';

function Broken(): never {
  throw new Error('render failed');
}

describe('PageErrorBoundary', () => {
  // React reports the caught error on the console; the test expects it.
  beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());

  it('shows a message instead of a page that fails, and the next page renders again', async () => {
    renderWithProviders(
      <>
        <Link to="/other">elders</Link>
        <PageErrorBoundary>
          <Switch>
            <Route path="/"><Broken /></Route>
            <Route path="/other"><p>andere pagina</p></Route>
          </Switch>
        </PageErrorBoundary>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Er ging iets mis op deze pagina');
    expect(screen.getByRole('button', { name: 'Pagina opnieuw laden' })).toBeInTheDocument();
    await userEvent.click(screen.getByText('elders'));
    expect(await screen.findByText('andere pagina')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
