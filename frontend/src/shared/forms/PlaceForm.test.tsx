import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/shared/api/client';
import { ApiError } from '@/shared/api/client';
import { renderWithProviders } from '@/test/render';
import { PlaceForm } from './PlaceForm';

const place: Schemas['PlaceView'] = {
  id: 'p1', employerId: 'e1', employerName: 'Bakkerij De Molen', title: 'Verkoop', reference: null, programme: null, sector: 'retail',
  levelMin: 1, levelMax: 2, places: 2, filled: 0, startDate: null, hoursPerWeek: 24, city: 'Amsterdam',
  source: 'EMPLOYER_PORTAL', status: 'CLOSED', certificateOfConductRequired: true, version: 3,
};

describe('PlaceForm', () => {
  it('saves a closed place as closed, and reopening sends OPEN', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(<PlaceForm place={place} canClose onSave={onSave} onDone={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ title: 'Verkoop', status: 'CLOSED', certificateOfConductRequired: true })));
    await userEvent.click(screen.getByRole('button', { name: 'Weer openzetten' }));
    await waitFor(() => expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ status: 'OPEN' })));
  });

  it('asks for a title and shows what the server refused above the form', async () => {
    const onSave = vi.fn().mockRejectedValue(new ApiError(409, {
      type: '/problems/conflict', title: 'Conflict', status: 409, detail: 'this place is closed',
      errors: [{ field: 'placeId', code: 'Closed', message: 'this place is closed' }],
    }));
    renderWithProviders(<PlaceForm onSave={onSave} onDone={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Vul dit veld in')).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText(/Omschrijving/), 'Magazijn');
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
  });
});
