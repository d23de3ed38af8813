import { expect, test } from './fixtures';
import { Api, ids, unique } from './api';
import { checkpoint } from './helpers';

type Question = { id: string; text: string; qualifyingAnswer: boolean };

test('a student who does not qualify is told where to go; one who does signs up, confirms by e-mail and lands in the inbox @phone', async ({ page, broker }) => {
  const project = test.info().project.name;
  const lead = await Api.as('lead.west');
  await lead.openSignUp('Bel het Jongerenloket: 020 123 4567. Zij helpen je verder.');
  await lead.dispose();
  const anonymous = await Api.anonymous();
  const { questions } = await anonymous.send<{ questions: Question[] }>('GET', `/sign-up/${ids.orgWest}`);
  await anonymous.dispose();
  const answer = async (fit: (q: Question, i: number) => boolean) => {
    for (const [i, q] of questions.entries()) {
      const yes = fit(q, i) ? q.qualifyingAnswer : !q.qualifyingAnswer;
      await page.getByRole('radiogroup', { name: q.text }).getByRole('radio', { name: yes ? 'Ja' : 'Nee' }).check();
    }
    await page.getByRole('button', { name: 'Verder' }).click();
  };

  await page.goto(`/aanmelden/${ids.orgWest}`);
  await expect(page.getByRole('heading', { name: 'Aanmelden bij Stagepunt West' })).toBeVisible();
  // The questions as the lead worded them for students (demo), not the referrers' "Heeft de student …".
  await expect(page.getByRole('radiogroup', { name: 'Heb je al een stageplek gevonden?' })).toBeVisible();
  await checkpoint(page, `sign-up-questions-${project}`);
  await answer((_, i) => i !== 0);
  await expect(page.getByRole('heading', { name: 'Je kunt je hier niet aanmelden' })).toBeVisible();
  await expect(page.getByText('Bel het Jongerenloket: 020 123 4567. Zij helpen je verder.')).toBeVisible();
  await checkpoint(page, `sign-up-not-eligible-${project}`);
  await page.getByRole('button', { name: 'Terug naar de vragen' }).click();

  await answer(() => true);
  await expect(page.getByRole('heading', { name: 'Jouw gegevens' })).toBeVisible();
  const last = unique('Haddou');
  await page.getByLabel('Voornaam').fill('Noor');
  await page.getByLabel('Achternaam').fill(last);
  await page.getByLabel('Geboortedatum').fill('2007-05-05');
  await page.getByLabel('E-mailadres').fill(`${last.toLowerCase()}@example.nl`);
  await page.getByRole('combobox', { name: 'Je school' }).click();
  await page.getByRole('option').first().click();
  await page.getByRole('radio', { name: 'Langer dan twee maanden' }).check();
  await page.getByLabel('Wat heb je al geprobeerd?').fill('Tien brieven gestuurd, één gesprek.');
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByText('Zonder jouw toestemming kunnen we je niet helpen')).toBeVisible();
  await page.getByRole('checkbox', { name: /mijn gegevens gebruikt/ }).check();
  await checkpoint(page, `sign-up-details-${project}`);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByRole('heading', { name: 'Kijk in je mail' })).toBeVisible();
  await checkpoint(page, `sign-up-sent-${project}`);

  // The link from the e-mail (shown here because the e2e backend captures mail): nothing is in before the click.
  const link = await page.getByRole('link', { name: 'Open de link uit de e-mail' }).getAttribute('href');
  const brokerApi = await Api.as('broker.west');
  const before = await brokerApi.send<{ items: { id: string }[] }>('GET', `/referrals?q=${encodeURIComponent(last)}`);
  expect(before.items).toHaveLength(0);
  await page.goto(link!);
  await page.getByRole('button', { name: 'Bevestig mijn aanmelding' }).click();
  await expect(page.getByRole('heading', { name: 'Gelukt, Noor!' })).toBeVisible();
  await checkpoint(page, `sign-up-confirmed-${project}`);
  // The same link again: already in, not twice.
  await page.reload();
  await page.getByRole('button', { name: 'Bevestig mijn aanmelding' }).click();
  await expect(page.getByRole('heading', { name: 'Je aanmelding is al binnen' })).toBeVisible();
  // A link that was changed is not valid.
  // (Only the part after # differs: a new load, as opening it from a mail would be.)
  await page.goto(link!.slice(0, -4) + (link!.endsWith('AAAA') ? 'BBBB' : 'AAAA'));
  await page.reload();
  await page.getByRole('button', { name: 'Bevestig mijn aanmelding' }).click();
  await expect(page.getByRole('alert')).toContainText('Deze link klopt niet');

  const after = await brokerApi.send<{ items: { id: string }[] }>('GET', `/referrals?q=${encodeURIComponent(last)}`);
  await brokerApi.dispose();
  expect(after.items).toHaveLength(1);
  const desk = await broker(`/referrals/${after.items[0]!.id}`);
  await expect(desk.getByRole('heading', { name: `Noor ${last}` })).toBeVisible();
  await expect(desk.getByText('Zelf aangemeld')).toBeVisible();
  await expect(desk.getByText('Tien brieven gestuurd, één gesprek.')).toBeVisible();
  // The broker checks with the school's placement coordinator and writes down the answer on the referral.
  const schoolAnswer = desk.getByTestId('school-answer');
  await schoolAnswer.getByRole('button', { name: 'Antwoord vastleggen' }).click();
  await schoolAnswer.getByLabel('Wat zegt de BPV-coördinator dat de student al heeft gedaan?').fill('Volgens school: vier brieven, geen gesprekken.');
  await schoolAnswer.getByRole('button', { name: 'Opslaan' }).click();
  await expect(schoolAnswer.getByText('Volgens school: vier brieven, geen gesprekken.')).toBeVisible();
  await checkpoint(desk, `broker-self-referral-${project}`);
});
