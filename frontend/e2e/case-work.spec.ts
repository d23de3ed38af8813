import { expect, test } from './fixtures';
import { Api, ids } from './api';
import { assertAccessible, checkpoint, snap, unique } from './helpers';

test('a broker logs a WhatsApp contact, ticks the CV and sees the follow-up on the dashboard @phone', async ({ broker }) => {
  const project = test.info().project.name;
  const last = unique('de Vries');
  const brokerApi = await Api.as('broker.west');
  await brokerApi.student('Sanne', last);
  await brokerApi.dispose();
  const name = `Sanne ${last}`;
  const page = await broker();
  await expect(page.getByRole('heading', { name: 'Mijn dag' })).toBeVisible();
  await checkpoint(page, `broker-dashboard-${project}`);

  await page.goto(`/students?q=${encodeURIComponent(last)}`);
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await checkpoint(page, `broker-case-file-${project}`);

  await page.getByRole('tab', { name: 'Contacten' }).click();
  await page.getByText('WhatsApp', { exact: true }).click();
  await page.getByRole('button', { name: '5 minuten', exact: true }).click();
  await page.getByLabel('Korte samenvatting').fill(`Appje over de sollicitatie (${project})`);
  await page.getByLabel('Opvolgen op').fill(new Date().toISOString().slice(0, 10));
  await checkpoint(page, `broker-log-contact-${project}`);
  await page.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(page.getByText('Contact vastgelegd')).toBeVisible();
  await expect(page.getByText(`Appje over de sollicitatie (${project})`)).toBeVisible();

  await page.getByRole('tab', { name: 'Voorbereiding' }).click();
  const cv = page.getByRole('radiogroup', { name: 'Cv' });
  await cv.getByText('Klaar').click();
  await expect(cv.getByRole('radio', { name: 'Klaar' })).toBeChecked();
  await checkpoint(page, `broker-preparation-${project}`);

  await page.getByRole('tab', { name: 'Tijdlijn' }).click();
  await expect(page.getByText('CV: OPEN → DONE')).toBeVisible();
  await snap(page, `broker-timeline-${project}`);

  await page.goto('/dashboard');
  await expect(page.getByTestId('follow-ups').getByRole('link', { name })).toBeVisible();
  await snap(page, `broker-dashboard-after-${project}`);
});

test('a broker records that the certificate of conduct a place asks for has been requested @phone', async ({ broker }) => {
  const last = unique('Bakker');
  const api = await Api.as('broker.west');
  const student = await api.student('Yara', last);
  const employer = await api.employer(unique('Zorghuis'));
  const title = unique('Gastvrouw');
  await api.propose(student, { placeId: await api.place(employer, title, { certificateOfConductRequired: true }) });
  await api.dispose();

  const page = await broker(`/students/${student}`);
  await expect(page.getByRole('heading', { name: `Yara ${last}` })).toBeVisible();
  await page.getByRole('tab', { name: 'Voorbereiding' }).click();
  await expect(page.getByText(`Gevraagd door Zorghuis`)).toContainText(title);
  const vog = page.getByRole('radiogroup', { name: 'VOG (Verklaring Omtrent het Gedrag)' });
  await expect(vog.getByRole('radio', { name: 'Nog niet aangevraagd' })).toBeChecked();
  await vog.getByText('Aangevraagd', { exact: true }).click();
  await expect(vog.getByRole('radio', { name: 'Aangevraagd', exact: true })).toBeChecked();
  await expect(page.getByText('Bewaar geen kopie van de VOG')).toBeVisible();
  await checkpoint(page, `broker-preparation-vog-${test.info().project.name}`);
});

test('with the student\'s consent a broker tells the school\'s coordinators that the student joined, then the consent is withdrawn', async ({ broker }) => {
  const last = unique('Smit');
  const api = await Api.as('broker.west');
  const student = await api.student('Lieke', last);
  await api.dispose();
  const page = await broker(`/students/${student}`);
  const panel = page.getByTestId('school-updates');
  await expect(panel.getByText('Zonder toestemming gaat er niets naar school.', { exact: false })).toBeVisible();
  await panel.getByRole('button', { name: 'Toestemming vastleggen (vandaag)' }).click();
  await expect(panel.getByText(/gaf op .* toestemming/)).toBeVisible();
  await expect(panel.getByRole('button', { name: 'School laten weten: afgerond' })).toBeDisabled();
  await panel.getByRole('button', { name: 'School laten weten: aangemeld' }).click();
  await expect(panel.getByRole('status')).toContainText('f.bouzid@delta.example.nl');
  await checkpoint(page, `broker-school-updates-${test.info().project.name}`);
  await panel.getByRole('button', { name: 'Toestemming intrekken' }).click();
  await expect(panel.getByRole('button', { name: 'Toestemming vastleggen (vandaag)' })).toBeVisible();
});

test('a lead sees every broker against the capacity', async ({ lead }) => {
  const page = await lead();
  await expect(page.getByRole('heading', { name: 'Overzicht organisatie' })).toBeVisible();
  await expect(page.getByText('Capaciteit: 64 uur per week')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Noor Bakker' })).toBeVisible();
  await checkpoint(page, 'lead-dashboard');
});

test('a broker records that a student withdraws consent to share, and the proposal ends', async ({ broker }) => {
  const last = unique('Visser');
  const brokerApi = await Api.as('broker.west');
  const student = await brokerApi.student('Noa', last);
  await brokerApi.propose(student, { employerId: ids.bakery });
  await brokerApi.dispose();

  const page = await broker(`/students/${student}`);
  const consents = page.getByTestId('consents');
  await expect(consents.getByText('Voordrachten met toestemming om te delen: 1 van 1')).toBeVisible();
  await consents.getByRole('button', { name: 'Toestemming om te delen intrekken' }).click();
  await consents.getByLabel('Toelichting voor het dossier').fill('Student belde: wil eerst zelf verder zoeken.');
  await checkpoint(page, 'broker-consent-withdraw');
  await consents.getByRole('button', { name: 'Intrekken', exact: true }).click();
  await expect(consents.getByText(/Ingetrokken op .* door Noor Bakker/)).toBeVisible();
  await expect(consents.getByText('Voordrachten met toestemming om te delen: 0 van 1')).toBeVisible();

  await page.getByRole('tab', { name: 'Plekken' }).click();
  await expect(page.getByTestId('placement').filter({ hasText: 'Bakkerij De Molen' }).getByText('Ingetrokken', { exact: true })).toBeVisible();
  await expect(page.getByText('Ingetrokken: de student trok de toestemming om te delen in')).toBeVisible();
  await page.getByRole('tab', { name: 'Tijdlijn' }).click();
  await expect(page.getByText('Student belde: wil eerst zelf verder zoeken.')).toBeVisible();
  await assertAccessible(page);
});
