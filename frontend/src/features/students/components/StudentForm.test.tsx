import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/shared/api/client';
import { renderWithProviders } from '@/test/render';
import { StudentForm, toValues } from './StudentForm';

const schools = [{ id: 's1', name: 'Delta College', city: 'Amsterdam' }];
const seed: [unknown[], unknown][] = [
  [['schools'], schools],
  [['programmes'], []],
];

describe('StudentForm', () => {
  it('shows Dutch messages next to the fields and does not submit', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(
      <StudentForm initial={toValues()} submitting={false} onSubmit={onSubmit} onCancel={() => {}} />,
      seed,
    );
    await userEvent.type(screen.getByLabelText(/E-mailadres/), 'geen-mail');
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findAllByText('Vul dit veld in')).toHaveLength(4); // voornaam, achternaam, geboortedatum, school
    expect(screen.getByText(/Vul een geldig e-mailadres in/)).toBeInTheDocument();
    expect(screen.getByLabelText(/Voornaam/)).toHaveAttribute('aria-invalid', 'true');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('puts a field error from the server next to the field it names', async () => {
    const onSubmit = vi.fn().mockRejectedValue(
      new ApiError(400, {
        type: '/problems/validation-failed',
        title: 'Bad Request',
        status: 400,
        errors: [{ field: 'lastName', code: 'Size', message: 'size must be between 0 and 100' }],
      }),
    );
    const initial = { ...toValues(), firstName: 'Emre', lastName: 'Özdemir', dateOfBirth: '2007-03-14', schoolId: 's1' };
    renderWithProviders(<StudentForm initial={initial} submitting={false} onSubmit={onSubmit} onCancel={() => {}} />, seed);

    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ firstName: 'Emre', lastName: 'Özdemir', schoolId: 's1' });
    expect(await screen.findByText('Deze invoer is te lang')).toBeInTheDocument();
    expect(screen.getByLabelText(/Achternaam/)).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('StudentForm when registering', () => {
  it('asks for the consent, and for a guardian under 16', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    const fifteen = new Date(Date.now() - 15.5 * 365.25 * 86_400_000).toISOString().slice(0, 10);
    const initial = { ...toValues(), firstName: 'Jong', lastName: 'Test', dateOfBirth: fifteen, schoolId: 's1' };
    renderWithProviders(<StudentForm initial={initial} create submitting={false} onSubmit={onSubmit} onCancel={() => {}} />, seed);

    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Zonder toestemming kan dit niet worden vastgelegd')).toBeInTheDocument();
    expect(screen.getByText('Onder 16 jaar geeft ook een ouder of voogd toestemming')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();

    await userEvent.click(screen.getByLabelText(/De student geeft toestemming/));
    await userEvent.click(screen.getByLabelText(/Ook een ouder of voogd/));
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledOnce());
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ consent: { student: true, guardian: true } });
  });
});
