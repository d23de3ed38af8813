import { expect, test } from './fixtures';
import { Api, ids } from './api';
import { checkpoint, unique } from './helpers';

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

// On a phone, as employers use it. The candidate is made through the API, so the test runs again and again.
test('an employer accepts a proposed candidate, reports a concern, and the broker sees it @phone', async ({ employer, broker }) => {
  test.skip(test.info().project.name !== 'phone', 'runs on the phone');
  const first = unique('Yfke');
  const brokerApi = await Api.as('broker.west');
  const student = await brokerApi.student(first, 'Koster', { programmeId: ids.programmeRetail2 });
  const place = await brokerApi.place(ids.bakery, unique('Verkoop in de winkel '));
  await brokerApi.propose(student, { placeId: place }, {
    strengths: 'Vriendelijk, nauwkeurig, houdt van bakken', supportToMention: 'Korte uitleg vooraf helpt.',
  });
  await brokerApi.dispose();

  const page = await employer();
  const candidates = page.getByTestId('candidates');
  await expect(candidates.getByText(first)).toBeVisible();
  await checkpoint(page, 'employer-home-phone');

  await candidates.getByRole('link', { name: `Bekijken: ${first}` }).click();
  await expect(page.getByRole('heading', { name: new RegExp(first) }).first()).toBeVisible();
  await expect(page.getByText('Vriendelijk, nauwkeurig, houdt van bakken')).toBeVisible();
  await expect(page.getByText('Noor Bakker', { exact: true })).toBeVisible();
  await expect(page.getByText('Koster')).toHaveCount(0); // first name only
  await checkpoint(page, 'employer-candidate-phone');

  await page.getByRole('button', { name: 'Aannemen' }).click();
  await page.getByLabel('Startdatum').fill(inDays(7));
  await page.locator('form').getByRole('button', { name: 'Aannemen' }).click();
  await expect(page.getByText('Aangenomen', { exact: true })).toBeVisible();

  await page.getByRole('radio', { name: 'Ik maak me zorgen' }).check();
  await page.getByLabel('Toelichting (kort)').fill(`${first} lijkt erg zenuwachtig voor de start.`);
  await page.getByRole('button', { name: 'Versturen' }).click();
  await expect(page.getByText('Bedankt, de stagemakelaar heeft uw bericht ontvangen.')).toBeVisible();
  await expect(page.getByText(new RegExp(`${first} lijkt erg zenuwachtig`))).toBeVisible();
  await checkpoint(page, 'employer-intern-report-phone');

  const desk = await broker('/dashboard');
  const signals = desk.getByTestId('signals');
  const signal = signals.getByRole('listitem').filter({ hasText: `${first} Koster` });
  await expect(signal.getByText('Zorg', { exact: true })).toBeVisible();
  await expect(signal.getByText(new RegExp(`${first} lijkt erg zenuwachtig`))).toBeVisible();
  await expect(signal.getByText(/Bakkerij De Molen/)).toBeVisible();
  await checkpoint(desk, 'broker-dashboard-signals');
  await signal.getByRole('button', { name: `Signaal over ${first} Koster gezien` }).click();
  await expect(signals.getByText(`${first} Koster`)).toHaveCount(0);

  // The case file keeps what the employer reported, with the placement it is about.
  await desk.goto(`/students/${student}?tab=places`);
  await expect(desk.getByTestId('check-ins').getByText(new RegExp(`${first} lijkt erg zenuwachtig`))).toBeVisible();
  await checkpoint(desk, 'broker-case-file-check-ins');
});

test('a withdrawn proposal is no longer available to the employer', async ({ employer }) => {
  const first = unique('Wies');
  const brokerApi = await Api.as('broker.west');
  const student = await brokerApi.student(first, 'Vermeer');
  const placement = await brokerApi.propose(student, { employerId: ids.bakery });
  await brokerApi.send('POST', `/placements/${placement}/withdraw`, { reason: 'Student koos een andere opleiding' }, { 'If-Match': '"0"' });
  await brokerApi.dispose();

  const page = await employer(`/employer-portal/placements/${placement}`);
  await expect(page.getByRole('heading', { name: 'Deze kandidaat is niet meer beschikbaar' })).toBeVisible();
  await expect(page.getByText('Gemotiveerd en betrouwbaar.')).toHaveCount(0);
  await checkpoint(page, `employer-candidate-gone-${test.info().project.name}`);
});

test('a broker invites a contact person, who sets a password and logs in to the portal', async ({ broker, browser }) => {
  const page = await broker('/employers');
  await page.getByRole('link', { name: 'Bakkerij De Molen' }).click();
  const section = page.getByTestId('portal-accounts');
  await expect(section.getByText('Petra Molenaar')).toBeVisible();
  const email = `${unique('jan')}@example.nl`;
  const last = unique('Deeg');
  await section.getByLabel('Voornaam').fill('Jan');
  await section.getByLabel('Achternaam').fill(last);
  await section.getByLabel('E-mailadres').fill(email);
  await section.getByRole('button', { name: 'Uitnodigen' }).click();
  const link = (await section.getByTestId('invitation-link').textContent()) ?? '';
  expect(link).toContain('/invitation#');
  await expect(section.getByText('Uitgenodigd')).toBeVisible();
  await checkpoint(page, 'broker-portal-accounts');

  const context = await browser.newContext();
  const invited = await context.newPage();
  await invited.goto(new URL(link).pathname + new URL(link).hash);
  await expect(invited.getByText(/Hallo Jan, kies een wachtwoord voor het werkgeversportaal van Bakkerij De Molen/)).toBeVisible();
  await invited.getByLabel('Wachtwoord (minimaal 10 tekens)').fill('Deeg-en-brood-42');
  await invited.getByLabel('Herhaal wachtwoord').fill('Deeg-en-brood-42');
  await checkpoint(invited, 'invitation-set-password');
  await invited.getByRole('button', { name: 'Wachtwoord instellen' }).click();
  await expect(invited.getByText('Uw account is klaar. U kunt nu inloggen.')).toBeVisible();
  await invited.getByRole('button', { name: 'Inloggen' }).click();
  await invited.locator('#username').fill(email);
  await invited.locator('#password').fill('Deeg-en-brood-42');
  await invited.locator('#kc-login').click();
  await expect(invited.getByRole('heading', { name: `Welkom, Jan ${last}` })).toBeVisible();
  await expect(invited.getByTestId('interns').getByText('Bram')).toBeVisible();
  await context.close();

  await page.reload();
  const jan = section.getByRole('listitem').filter({ hasText: `Jan ${last}` });
  await expect(jan.getByText('Actief')).toBeVisible();
  page.once('dialog', (d) => void d.accept());
  await jan.getByRole('button', { name: `Toegang intrekken voor Jan ${last}` }).click();
  await expect(jan.getByText('Ingetrokken')).toBeVisible();
});

test('the employer pages and the invitation page read well on a phone @phone', async ({ employer, browser }) => {
  test.skip(test.info().project.name !== 'phone', 'the desktop views are covered by the tests above');
  const page = await employer('/employer-portal/places');
  await expect(page.getByRole('heading', { name: 'Uw stageplaatsen' })).toBeVisible();
  await checkpoint(page, 'employer-places-phone');
  await page.goto('/employer-portal/profile');
  await expect(page.getByLabel('Over ons bedrijf')).toBeVisible();
  await checkpoint(page, 'employer-profile-phone');

  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true });
  const anonymous = await context.newPage();
  await anonymous.goto(`/invitation/${'x'.repeat(43)}`);
  await expect(anonymous.getByText(/Deze uitnodiging is verlopen, al gebruikt of ingetrokken/)).toBeVisible();
  await checkpoint(anonymous, 'invitation-invalid-phone');
  await context.close();
});
