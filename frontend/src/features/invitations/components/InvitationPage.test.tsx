import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { InvitationPage } from './InvitationPage';

const token = 'a'.repeat(43);
const preview = { firstName: 'Jan', email: 'jan@example.nl', employerName: 'Bakkerij De Molen', expiresAt: '2026-12-13T10:00:00Z' };

describe('InvitationPage', () => {
  it('checks the password locally before anything is sent', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    renderWithProviders(<InvitationPage token={token} />, [[['invitation', token], preview]]);
    expect(screen.getByText(/Hallo Jan, kies een wachtwoord voor het werkgeversportaal van Bakkerij De Molen/)).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText(/Wachtwoord \(minimaal 10 tekens\)/), 'kort');
    await userEvent.type(screen.getByLabelText(/Herhaal wachtwoord/), 'kort');
    await userEvent.click(screen.getByRole('button', { name: 'Wachtwoord instellen' }));
    expect(await screen.findByText(/Gebruik minimaal 10 tekens/)).toBeInTheDocument();

    await userEvent.clear(screen.getByLabelText(/Wachtwoord \(minimaal 10 tekens\)/));
    await userEvent.type(screen.getByLabelText(/Wachtwoord \(minimaal 10 tekens\)/), 'lang-genoeg-1');
    await userEvent.clear(screen.getByLabelText(/Herhaal wachtwoord/));
    await userEvent.type(screen.getByLabelText(/Herhaal wachtwoord/), 'lang-genoeg-2');
    await userEvent.click(screen.getByRole('button', { name: 'Wachtwoord instellen' }));
    expect(await screen.findByText(/De wachtwoorden zijn niet gelijk/)).toBeInTheDocument();
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });
});
