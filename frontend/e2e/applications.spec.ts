import { expect, test } from './fixtures';
import { Api, unique } from './api';
import { checkpoint } from './helpers';

test('a broker sends an outside vacancy by WhatsApp, logs the student\'s own application, and it becomes an internship @phone', async ({ broker }) => {
  const project = test.info().project.name;
  const last = unique('Jansen');
  const api = await Api.as('broker.west');
  const student = await api.student('Mila', last);
  await api.dispose();
  const company = unique('Kapsalon');
  const job = unique('Stage kapper');

  const page = await broker(`/students/${student}?tab=places`);
  const section = page.getByTestId('applications');
  await expect(section.getByText('Nog geen vacatures gestuurd of sollicitaties vastgelegd.')).toBeVisible();

  // A vacancy found on a job site, sent as a message the broker copies into WhatsApp.
  await section.getByRole('button', { name: 'Vacature van buiten sturen' }).click();
  const send = page.getByRole('dialog', { name: 'Vacature van buiten sturen' });
  await send.getByLabel('Bedrijf').fill('Hema Zaandam');
  await send.getByLabel('Functie').fill('Vakkenvuller');
  await send.getByLabel('Link naar de vacature').fill('werkenbij.example.nl/123');
  await send.getByRole('button', { name: 'Sturen' }).click();
  await expect(send.getByText('Een link begint met https://')).toBeVisible();
  await send.getByLabel('Link naar de vacature').fill('https://werkenbij.example.nl/123');
  await send.getByRole('button', { name: 'Sturen' }).click();
  const message = send.getByLabel('Bericht voor de student');
  await expect(message).toHaveValue(/^Hoi Mila,[\s\S]*Vakkenvuller bij Hema Zaandam[\s\S]*https:\/\/werkenbij\.example\.nl\/123/);
  await expect(send.getByRole('link', { name: 'Openen in WhatsApp' })).toHaveAttribute('href', /^https:\/\/wa\.me\/\?text=Hoi%20Mila/);
  await checkpoint(page, `broker-vacancy-message-${project}`);
  await send.getByRole('button', { name: 'Sluiten' }).last().click();
  const sent = section.getByTestId('application').filter({ hasText: 'Vakkenvuller' });
  await expect(sent).toContainText('Door ons gestuurd (Bericht (WhatsApp))');
  await expect(sent.getByRole('combobox', { name: 'Resultaat van Vakkenvuller' })).toHaveValue('Gestuurd');

  // The student tells about an application of their own; it leads to an interview, then to the internship.
  await section.getByRole('button', { name: 'Eigen sollicitatie vastleggen' }).click();
  const own = page.getByRole('dialog', { name: 'Eigen sollicitatie vastleggen' });
  await own.getByLabel('Bedrijf').fill(company);
  await own.getByLabel('Functie').fill(job);
  await own.getByRole('button', { name: 'Opslaan' }).click();
  await expect(own).toBeHidden();
  const row = section.getByTestId('application').filter({ hasText: job });
  await expect(row).toContainText('Zelf gesolliciteerd');
  await row.getByRole('combobox', { name: `Resultaat van ${job}` }).click();
  await page.getByRole('option', { name: 'Gesprek' }).click();
  await expect(row.getByRole('combobox', { name: `Resultaat van ${job}` })).toHaveValue('Gesprek');

  await row.getByRole('button', { name: 'Stage gevonden' }).click();
  const hired = page.getByRole('dialog', { name: `Stage bij ${company} (${job})` });
  await hired.getByLabel('Startdatum').fill(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
  await hired.getByRole('button', { name: 'Stage vastleggen' }).click();
  await expect(hired).toBeHidden();
  await expect(row.getByText('Stage gevonden')).toBeVisible();
  // Placed: no second internship from the other vacancy.
  await expect(sent.getByRole('button', { name: 'Stage gevonden' })).toHaveCount(0);
  const placement = page.getByTestId('placement').filter({ hasText: company });
  await expect(placement).toContainText('Zelf gevonden');
  await checkpoint(page, `broker-applications-${project}`);
});
