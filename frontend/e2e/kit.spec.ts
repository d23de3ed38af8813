import { expect, test } from './fixtures';
import { Api, unique } from './api';
import { checkpoint } from './helpers';

test('a broker sends the starter kit from the case file as a WhatsApp message @phone', async ({ broker }) => {
  const project = test.info().project.name;
  const api = await Api.as('broker.west');
  const lastName = unique('Kit');
  const student = await api.student('Ilse', lastName, { email: `${lastName.toLowerCase()}@example.nl` });
  await api.dispose();

  const page = await broker(`/students/${student}`);
  const kit = page.getByTestId('kit');
  await expect(kit.getByRole('heading', { name: 'Startpakket' })).toBeVisible();
  await kit.getByRole('radio', { name: 'Bericht voor WhatsApp (met link)' }).check();
  await kit.getByRole('combobox', { name: 'Bericht' }).click();
  await page.getByRole('option', { name: 'Startpakket via WhatsApp' }).click();
  await kit.getByRole('checkbox', { name: 'Opzet motivatiebrief' }).uncheck();
  await kit.getByRole('button', { name: 'Startpakket sturen' }).click();

  const sent = kit.getByTestId('kit-sent');
  await expect(sent).toContainText('Kopieer het bericht en stuur het via WhatsApp.');
  await expect(sent).toContainText('Op de voorbereidingslijst op "bezig" gezet: Intakeformulier, Cv, Sollicitatiegesprek oefenen (STARR).');
  await expect(sent.getByRole('textbox')).toHaveValue(/^Hoi Ilse! Welkom bij Stagepunt West\..*\/materiaal#[A-Za-z0-9_-]{43}/s);
  await expect(sent.getByRole('link', { name: 'Openen in WhatsApp' })).toHaveAttribute('href', /^https:\/\/wa\.me\/\?text=Hoi%20Ilse/);
  await expect(kit.getByTestId('kit-sends')).toContainText('Nog niet geopend');
  await expect(kit.getByTestId('kit-sends')).toContainText('Intakeformulier · Voorbeeld-cv · Sollicitatiegesprek voorbereiden (STARR) — Startpakket via WhatsApp');
  await checkpoint(page, `broker-kit-sent-${project}`);

  // The preparation list and the timeline say the same.
  await page.getByRole('tab', { name: 'Voorbereiding' }).click();
  await expect(page.getByText('Bezig').first()).toBeVisible();
  await page.getByRole('tab', { name: 'Tijdlijn' }).click();
  await expect(page.getByText('Startpakket gestuurd')).toBeVisible();
});

test('a student opens the personal kit link on a phone and downloads a document, without an account @phone', async ({ page }) => {
  const api = await Api.as('broker.west');
  const student = await api.student('Daan', unique('Link'));
  const { link } = await api.send<{ link: string }>('POST', `/students/${student}/kit-sends`, { channel: 'MESSAGE' });
  const token = link.slice(link.indexOf('#') + 1);

  await page.goto(`/materiaal#${token}`);
  await expect(page.getByRole('heading', { name: 'Hoi Daan!' })).toBeVisible();
  await expect(page.getByText('Hier zijn de documenten van Stagepunt West.')).toBeVisible();
  await expect(page.getByRole('listitem')).toHaveCount(4);
  await checkpoint(page, `student-kit-${test.info().project.name}`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Voorbeeld-cv downloaden' }).click();
  expect((await download).suggestedFilename()).toBe('voorbeeld-cv.pdf');

  // The broker sees it opened; a changed link says so in plain words.
  const sends = await api.send<{ openedAt: string | null }[]>('GET', `/students/${student}/kit-sends`);
  expect(sends[0]!.openedAt).not.toBeNull();
  await api.dispose();
  await page.goto(`/materiaal#${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`);
  await page.reload();
  await expect(page.getByRole('alert')).toHaveText('Deze link klopt niet. Vraag je begeleider om een nieuwe.');
});

test('a lead adds a document and a message template to the starter kit, then removes them @phone', async ({ lead }) => {
  const page = await lead('/kit');
  await expect(page.getByRole('heading', { name: 'Startpakket', exact: true })).toBeVisible();
  const documents = page.getByTestId('kit-documents');
  await expect(documents.getByRole('button', { name: 'Intakeformulier downloaden' })).toBeVisible();

  const title = unique('Reiskostenformulier ');
  await documents.getByLabel('Titel voor de student').fill(title);
  await documents.locator('input[type="file"]').setInputFiles({ name: 'reiskosten.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
  await documents.getByRole('button', { name: 'Document toevoegen' }).click();
  await expect(documents.getByRole('button', { name: `${title} downloaden` })).toBeVisible();

  const templates = page.getByTestId('kit-templates');
  await templates.getByRole('button', { name: 'Sjabloon toevoegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sjabloon toevoegen' });
  const name = unique('Herinnering ');
  await dialog.getByLabel('Naam van het sjabloon').fill(name);
  await dialog.getByLabel('Tekst').fill('Hoi {naam}, hier is je pakket: {link}');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog.getByText('Onbekend invulveld.', { exact: false })).toBeVisible();
  await dialog.getByLabel('Tekst').fill('Hoi {voornaam}, hier is je pakket: {link}');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(templates.getByText(name)).toBeVisible();
  await checkpoint(page, `lead-kit-${test.info().project.name}`);

  // Leave the kit as it was for the next run.
  await templates.getByRole('button', { name: `${name} verwijderen` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
  await expect(templates.getByText(name)).toHaveCount(0);
  await documents.getByRole('button', { name: `${title} verwijderen` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
  await expect(documents.getByRole('button', { name: `${title} downloaden` })).toHaveCount(0);
});
