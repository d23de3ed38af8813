import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { ListPagination } from './ListPagination';

describe('ListPagination', () => {
  it('is absent when everything fits on one page', () => {
    renderWithProviders(<ListPagination total={20} pageSize={20} page={1} onChange={() => {}} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers the pages with labelled controls and reports the chosen one', async () => {
    const onChange = vi.fn();
    renderWithProviders(<ListPagination total={45} pageSize={20} page={1} onChange={onChange} />);
    expect(screen.getByRole('button', { name: 'Vorige pagina' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '3' }));
    expect(onChange).toHaveBeenCalledWith(3);
    await userEvent.click(screen.getByRole('button', { name: 'Volgende pagina' }));
    expect(onChange).toHaveBeenCalledWith(2);
  });
});
