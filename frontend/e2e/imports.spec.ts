import { expect, test } from './fixtures';
import { unique } from './api';
import { checkpoint } from './helpers';

const kvk = () => String(10_000_000 + Math.floor(Math.random() * 89_999_999));

test('a broker checks a spreadsheet of places, imports the good rows, and the same file again changes nothing @phone', async ({ broker }) => {
  const ref = unique('VAC');
  const employer = unique('Bakkerij');
  // As a Dutch Excel saves "CSV UTF-8": a byte order mark, semicolons, Dutch dates; the third row has no title.
  const csv = '\ufeffemployerKvk;employerName;employerCity;reference;title;levelMin;levelMax;startDate\n'
    + `${kvk()};${employer};Zaandam;${ref}-1;Verkoop en kassa;1;2;1-9-2027\n`
    + `${kvk()};${employer} Noord;Zaandam;${ref}-2;Productie;2;2;1-9-2027\n`
    + `${kvk()};${employer} Zuid;Zaandam;${ref}-3;;3;1;1-9-2027\n`;
  const file = { name: 'plekken.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf-8') };

  const page = await broker('/imports');
  await expect(page.getByRole('heading', { name: 'Importeren' })).toBeVisible();
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.getByRole('button', { name: 'Controleren' }).click();
  const report = page.getByTestId('import-report');
  await expect(report.getByText('Gecontroleerd: 3 rijen, er is nog niets opgeslagen')).toBeVisible();
  await expect(report.getByText('2 nieuw')).toBeVisible();
  await expect(report.getByText('1 met fouten')).toBeVisible();
  const rows = report.getByRole('table', { name: 'Rijen met fouten' }).getByRole('row');
  await expect(rows.filter({ hasText: 'title' })).toContainText('4');
  await expect(rows.filter({ hasText: 'title' })).toContainText('Vul dit veld in');
  await expect(rows.filter({ hasText: 'levelMax' })).toContainText('4');
  await checkpoint(page, `broker-import-checked-${test.info().project.name}`);

  await page.getByRole('button', { name: '2 rijen importeren' }).click();
  await expect(report.getByText('Geïmporteerd: 3 rijen verwerkt')).toBeVisible();
  await expect(report.getByText('2 nieuw')).toBeVisible();

  // The same file again finds both places instead of adding them twice.
  await page.locator('input[type="file"]').setInputFiles({ ...file, name: 'plekken-opnieuw.csv' });
  await page.getByRole('button', { name: 'Controleren' }).click();
  await expect(report.getByText('2 ongewijzigd')).toBeVisible();
  await expect(report.getByText('0 nieuw')).toBeVisible();
});

test('a file Excel saved in its old encoding is refused with what to do about it', async ({ broker }) => {
  const page = await broker('/imports');
  // "Zoë" in Windows-1252: the byte 0xEB is not UTF-8.
  const bytes = Buffer.concat([Buffer.from('employerKvk;reference;title\n12345678;R1;Stage bij Zo'), Buffer.from([0xeb]), Buffer.from('\n')]);
  await page.locator('input[type="file"]').setInputFiles({ name: 'oud.csv', mimeType: 'text/csv', buffer: bytes });
  await page.getByRole('button', { name: 'Controleren' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Het bestand kan niet gelezen worden' });
  await expect(alert).toContainText('CSV UTF-8');
});
