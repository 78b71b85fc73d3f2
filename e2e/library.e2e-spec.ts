// Library journey: a new member of the public demo network uploads a PDF and
// a CSV at once (each with a real progress bar), filters the list by kind,
// opens the PDF's document (its text gets indexed, its preview is served inline
// to our own frame), adds a second version, and downloads version 1 byte for byte.
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  demoNetworkId,
  expectNoAxeViolations,
  launchBrowser,
  newPage,
  newUser,
  newUserContext,
  onPath,
  registerMember,
  signInViaUi,
  visible,
  withDiagnostics,
} from './support';

const SLUG = 'sandbach';

/** A small, well-formed PDF (one empty page); `note` makes each one different. */
function makePdf(note: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let body = `%PDF-1.4\n% ${note}\n`;
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Waits until the <progress> named `name` is full (value = max > 0). */
async function progressReachesMax(page: Page, name: string): Promise<void> {
  await visible(page.getByRole('progressbar', { name, exact: true }), 15_000);
  await page.waitForFunction(
    (label) => {
      const bar = [...document.querySelectorAll('progress')].find((element) => element.getAttribute('aria-label') === label);
      return !!bar && bar.max > 0 && bar.value === bar.max;
    },
    name,
    { timeout: 15_000 },
  );
}

describe('journey: uploading to the library, a new version and a download', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
  });

  it('uploads a PDF and a CSV with progress, adds version 2 and downloads version 1 unchanged', async () => {
    const member = newUser('Lina');
    await registerMember(member, await demoNetworkId(SLUG));

    context = await newUserContext(browser, { acceptDownloads: true });
    const page = await newPage(context);
    const stamp = Date.now().toString(36);
    const pdfName = `agm-minutes-${stamp}.pdf`;
    const csvName = `volunteers-${stamp}.csv`;
    const pdfTitle = `agm-minutes-${stamp}`;
    const original = makePdf(`first draft ${stamp}`);
    const csv = Buffer.from('name,role\nLina,treasurer\nOmar,secretary\n', 'utf8');

    await withDiagnostics({ member: page }, async () => {
      await signInViaUi(page, member.email, member.password);
      await page.goto(`/n/${SLUG}`);
      await page.getByRole('navigation', { name: 'Network sections' }).getByRole('link', { name: 'Library' }).click();
      await onPath(page, `/n/${SLUG}/library`);
      await visible(page.getByRole('heading', { level: 2, name: 'Library', exact: true }));
      await visible(page.getByRole('navigation', { name: 'Folders' }));

      // Two files at once through the file input.
      await page.getByLabel('Choose files', { exact: true }).setInputFiles([
        { name: pdfName, mimeType: 'application/pdf', buffer: original },
        { name: csvName, mimeType: 'text/csv', buffer: csv },
      ]);
      await visible(page.getByRole('group', { name: `Details for ${pdfName}` }));
      await page.getByRole('group', { name: `Details for ${pdfName}` }).getByLabel('Kind', { exact: true }).selectOption('MINUTES');
      await page.getByRole('button', { name: 'Upload 2 files', exact: true }).click();
      await progressReachesMax(page, pdfName);
      await progressReachesMax(page, csvName);
      const uploaded = page.getByRole('status').filter({ hasText: 'Uploaded:' });
      await visible(uploaded.getByRole('link', { name: pdfTitle, exact: true }), 15_000);
      await visible(uploaded.getByRole('link', { name: `volunteers-${stamp}`, exact: true }), 15_000);
      expect(await page.getByRole('alert').count()).toBe(0);

      // Both are listed in the library's top level.
      const table = page.getByRole('table', { name: 'Documents at the top level' });
      await visible(table.getByRole('link', { name: pdfTitle, exact: true }), 15_000);
      await visible(table.getByRole('link', { name: `volunteers-${stamp}`, exact: true }));
      await expectNoAxeViolations(page);

      // The kind filter asks the API: only minutes are listed.
      await page.getByLabel('Kind', { exact: true }).first().selectOption('MINUTES');
      const minutes = page.getByRole('table', { name: 'Documents at the top level: Minutes' });
      await visible(minutes.getByRole('link', { name: pdfTitle, exact: true }), 15_000);
      expect(await minutes.getByRole('link', { name: `volunteers-${stamp}`, exact: true }).count()).toBe(0);

      // The PDF's own page.
      await minutes.getByRole('link', { name: pdfTitle, exact: true }).click();
      await visible(page.getByRole('heading', { level: 1, name: pdfTitle, exact: true }));
      await visible(page.getByRole('link', { name: 'Download version 1', exact: true }));

      // Its text is read in the background: reload until the page says so.
      const deadline = Date.now() + 20_000;
      while (!(await page.getByText('Text indexed', { exact: true }).count()) && Date.now() < deadline) {
        await page.waitForTimeout(1000);
        await page.reload();
        await visible(page.getByRole('heading', { level: 1, name: pdfTitle, exact: true }));
      }
      await visible(page.getByText('Text indexed', { exact: true }));

      // The preview frame loads the PDF inline from the API, framable by our own pages only.
      const [preview] = await Promise.all([
        page.waitForResponse((response) => response.url().includes('/storage/preview/'), { timeout: 15_000 }),
        page.getByRole('button', { name: 'Show preview', exact: true }).click(),
      ]);
      await visible(page.locator(`iframe[title="Preview of ${pdfTitle}"]`));
      expect(preview.status()).toBe(200);
      const headers = await preview.allHeaders();
      expect(headers['content-type']).toBe('application/pdf');
      expect(headers['content-disposition']).toMatch(/^inline;/);
      expect(headers['content-security-policy']).toContain("frame-ancestors 'self'");
      // Chromium's PDF viewer takes focus (and scrolls to itself) once loaded: close it before going on.
      await page.getByRole('button', { name: 'Hide preview', exact: true }).press('Enter');
      expect(await page.locator('iframe').count()).toBe(0);

      // A second version.
      await page.getByLabel('Choose a file', { exact: true }).setInputFiles({
        name: `agm-minutes-final-${stamp}.pdf`,
        mimeType: 'application/pdf',
        buffer: makePdf(`final ${stamp}`),
      });
      await page.getByRole('button', { name: 'Upload version', exact: true }).click();
      await progressReachesMax(page, `agm-minutes-final-${stamp}.pdf`);
      await visible(page.getByText('Uploaded as version 2'), 15_000);
      const history = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Version' }) });
      await visible(history.getByRole('rowheader', { name: '2', exact: true }), 15_000);
      await visible(history.getByRole('link', { name: 'Download version 2', exact: true }));
      await expectNoAxeViolations(page);

      // Version 1 downloads exactly as it was uploaded.
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 15_000 }),
        history.getByRole('link', { name: 'Download version 1', exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(pdfName);
      const saved = await download.path();
      expect(saved).toBeTruthy();
      expect(fs.readFileSync(saved as string).equals(original)).toBe(true);

    });
  });
});
