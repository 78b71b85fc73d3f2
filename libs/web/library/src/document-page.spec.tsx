import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { useLocation, type RouteObject } from 'react-router';
import { TestProviders } from '@community-hub/web-accounts';
import {
  anonymous,
  axeViolations,
  createMockClient,
  FakeXhr,
  folder,
  libraryDocument,
  renderRoutes,
  signedInAs,
  type DocumentFixture,
  type FakeHandler,
  type FakeResponse,
  type MockClient,
} from '@community-hub/web-testing';
import { DocumentPage } from './document-page';
import { UploadTransportProvider, xhrTransport } from './upload-transport';

function Elsewhere() {
  const location = useLocation();
  return (
    <p>
      elsewhere: {location.pathname}
      {location.search} {(location.state as { notice?: string } | null)?.notice}
    </p>
  );
}

const routes: RouteObject[] = [
  { path: '/n/:slug/d/:documentId', element: <DocumentPage /> },
  { path: '*', element: <Elsewhere /> },
];

function Providers({ mock, children }: { mock: MockClient; children: ReactNode }) {
  return (
    <TestProviders mock={mock}>
      <UploadTransportProvider value={xhrTransport(FakeXhr.create)}>{children}</UploadTransportProvider>
    </TestProviders>
  );
}

const threeVersions: DocumentFixture = {
  title: 'October meeting minutes',
  description: 'Agreed at the October meeting.\nSecond line.',
  folder: { id: 'f-minutes', name: 'Minutes' },
  versions: [
    { number: 1, filename: 'minutes-draft.pdf', size: 1024 },
    { number: 2, filename: 'minutes.pdf', size: 2048, uploadedBy: 'Kim Trustee' },
    { number: 3, filename: 'minutes-final.pdf', size: 4096 },
  ],
};

function setup(options: { me?: FakeResponse; document?: DocumentFixture | null; handlers?: Record<string, FakeHandler> } = {}) {
  let current = options.document === null ? null : libraryDocument(options.document ?? threeVersions);
  const mock = createMockClient({
    Me: () => options.me ?? signedInAs('Alex Example'),
    LibraryDocument: () => ({ data: { document: current } }),
    ...options.handlers,
  });
  const replace = (fixture: DocumentFixture) => {
    current = libraryDocument(fixture);
    return current;
  };
  return { mock, replace, user: userEvent.setup({ applyAccept: false }), ...renderRoutes(routes, { mock, path: '/n/macclesfield/d/doc-1', providers: Providers }) };
}

describe('DocumentPage', () => {
  beforeEach(() => FakeXhr.reset());

  it('shows title, kind, description, folder and every version with a Download link; axe clean', async () => {
    const { container } = setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'October meeting minutes' })).toBeTruthy();
    expect(document.title).toBe('October meeting minutes · Macclesfield Community Network · Community Hub');
    expect(screen.getAllByText('Minutes').length).toBeGreaterThan(0);
    expect(screen.getByText('Second line.', { exact: false })).toBeTruthy();
    const folderLinks = screen.getAllByRole('link', { name: 'Minutes' });
    expect(folderLinks.every((link) => link.getAttribute('href') === '/n/macclesfield/library?folder=f-minutes')).toBe(true);

    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    // On a phone the rows are stacked cards, so the row header carries its own label.
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Version 3', 'Version 2', 'Version 1']);
    for (const n of [1, 2, 3]) {
      const link = within(table).getByRole('link', { name: `Download version ${n}` });
      expect(link.getAttribute('href')).toBe(`/storage/download/token-doc-1-${n}`);
      expect(link.hasAttribute('download')).toBe(true);
    }
    expect(rows[1]!.textContent).toContain('minutes.pdf');
    expect(rows[1]!.textContent).toContain('2 KB');
    expect(rows[1]!.textContent).toContain('Kim Trustee');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('previews a PDF in a frame on request, from its inline preview link, and says its text is indexed', async () => {
    const { user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Show preview' }));
    const frame = screen.getByTitle('Preview of October meeting minutes');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('src')).toBe('/storage/preview/token-doc-1-3');
    expect(screen.getByText('Text indexed')).toBeTruthy();
  });

  it.each([
    ['PENDING', 'Text being indexed…'],
    ['FAILED', 'Text extraction failed'],
    ['SKIPPED', 'Text not indexed: the file is too large'],
  ] as const)('says when the text is %s', async (textStatus, label) => {
    setup({ document: { versions: [{ number: 1, textStatus }] } });
    const facts = (await screen.findByText('Search')).closest('div')!;
    expect(within(facts).getByText(label)).toBeTruthy();
  });

  it('offers no preview for types other than PDF and images', async () => {
    setup({
      document: {
        title: 'Budget',
        versions: [{ number: 1, filename: 'budget.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }],
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Budget' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Preview' })).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByTitle(/Preview of/)).toBeNull();
  });

  it('shows an image inline with the title as alt text; axe clean', async () => {
    const { container } = setup({ document: { title: 'Hall floor plan', kind: 'OTHER', versions: [{ number: 1, filename: 'plan.png', contentType: 'image/png' }] } });
    const image = await screen.findByRole('img', { name: 'Hall floor plan' });
    expect(image.getAttribute('src')).toBe('/storage/preview/token-doc-1-1');
    expect(screen.queryByRole('button', { name: 'Show preview' })).toBeNull();
    expect(screen.getByText('Text not indexed for this type of file')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('uploads a new version with documentId and shows it in the history', async () => {
    const { user, mock, replace } = setup({
      handlers: {
        RequestUpload: () => ({
          data: {
            requestUpload: { __typename: 'UploadTicket', uploadId: 'u-9', url: '/storage/upload/t9', method: 'PUT', headers: [], expiresAt: '2026-11-22T10:00:00.000Z' },
          },
        }),
        CompleteUpload: () => ({
          data: { completeUpload: replace({ ...threeVersions, versions: [...threeVersions.versions!, { number: 4, filename: 'minutes-v4.pdf' }] }) },
        }),
      },
    });
    const input = await screen.findByLabelText('Choose a file');
    expect(input.hasAttribute('multiple')).toBe(false);
    await user.upload(input, new File(['%PDF-1.4\n'], 'minutes-v4.pdf', { type: 'application/pdf' }));
    expect(screen.queryByLabelText('Title')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Upload version' }));
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    act(() => FakeXhr.sent[0]!.respond(200, '{}'));
    expect(await screen.findByText('Uploaded as version 4')).toBeTruthy();
    expect(mock.callsTo('CompleteUpload')[0]?.variables['input']).toEqual({ uploadId: 'u-9', documentId: 'doc-1' });
    expect(await screen.findByRole('link', { name: 'Download version 4' })).toBeTruthy();
  });

  it('offers no new version to visitors, and says when a document is missing', async () => {
    setup({ me: anonymous, document: { ...threeVersions, membership: null } });
    await screen.findByRole('heading', { level: 1, name: 'October meeting minutes' });
    expect(screen.queryByLabelText('Choose a file')).toBeNull();
  });

  it('offers no edit, move or delete to someone who may not change the document', async () => {
    setup();
    await screen.findByRole('heading', { level: 1, name: 'October meeting minutes' });
    expect(screen.queryByRole('button', { name: 'Edit details' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
  });

  it('lets the uploader or a coordinator edit the details; axe clean', async () => {
    const { user, mock, container } = setup({
      document: { ...threeVersions, viewerCanEdit: true, tags: ['agm'] },
      handlers: {
        UpdateDocument: (variables) => {
          const input = variables['input'] as { title: string; description: string; kind: 'POLICY'; tags: string[] };
          const updated = libraryDocument({ ...threeVersions, viewerCanEdit: true, title: input.title, kind: input.kind, tags: input.tags, description: input.description });
          return { data: { updateDocument: updated } };
        },
      },
    });
    const edit = await screen.findByRole('button', { name: 'Edit details' });
    await user.click(edit);
    expect(edit.getAttribute('aria-expanded')).toBe('true');
    const form = screen.getByRole('form', { name: 'Edit details' });
    expect((within(form).getByLabelText('Tags') as HTMLInputElement).value).toBe('agm');
    expect(await axeViolations(container)).toEqual([]);
    await user.clear(within(form).getByLabelText('Title'));
    await user.click(within(form).getByRole('button', { name: 'Save details' }));
    expect(within(form).getByText('Give the document a title.')).toBeTruthy();
    expect(mock.callsTo('UpdateDocument')).toHaveLength(0);
    await user.type(within(form).getByLabelText('Title'), 'Safeguarding policy');
    await user.selectOptions(within(form).getByLabelText('Kind'), 'POLICY');
    await user.clear(within(form).getByLabelText('Tags'));
    await user.type(within(form).getByLabelText('Tags'), 'Safeguarding, agm, AGM');
    await user.click(within(form).getByRole('button', { name: 'Save details' }));
    expect(await screen.findByText('Details saved.')).toBeTruthy();
    expect(mock.callsTo('UpdateDocument')[0]?.variables['input']).toEqual({
      documentId: 'doc-1',
      title: 'Safeguarding policy',
      description: 'Agreed at the October meeting.\nSecond line.',
      kind: 'POLICY',
      tags: ['safeguarding', 'agm'],
    });
    expect(screen.queryByRole('form', { name: 'Edit details' })).toBeNull();
    expect(document.activeElement).toBe(edit);
  });

  it('moves the document to a folder picked from the library\'s folders', async () => {
    const { user, mock } = setup({
      document: { ...threeVersions, viewerCanEdit: true },
      handlers: {
        LibraryFolders: () => ({
          data: { network: { __typename: 'Network', id: 'net-1', folders: [folder('f-board', 'Board'), folder('f-minutes', 'Minutes'), folder('f-2026', '2026', 'f-board')] } },
        }),
        UpdateDocument: () => ({ data: { updateDocument: libraryDocument({ ...threeVersions, viewerCanEdit: true, folder: { id: 'f-2026', name: '2026' } }) } }),
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Move to folder' }));
    const picker = await screen.findByLabelText('Folder');
    await waitFor(() => expect(picker.hasAttribute('disabled')).toBe(false));
    expect(within(picker).getAllByRole('option').map((option) => option.textContent)).toEqual(['Top level of the library', 'Board', 'Board › 2026', 'Minutes']);
    expect(screen.getByRole('button', { name: 'Move' }).hasAttribute('disabled')).toBe(true);
    await user.selectOptions(picker, 'f-2026');
    await user.click(screen.getByRole('button', { name: 'Move' }));
    expect(await screen.findByText('Moved to “2026”.')).toBeTruthy();
    expect(mock.callsTo('UpdateDocument')[0]?.variables['input']).toEqual({ documentId: 'doc-1', folderId: 'f-2026' });
  });

  it('deletes only after a confirmation dialog: focus moves in, Escape closes it and focus returns', async () => {
    const { user, mock } = setup({
      document: { ...threeVersions, viewerCanEdit: true },
      handlers: { DeleteDocument: () => ({ data: { deleteDocument: 'doc-1' } }) },
    });
    const remove = await screen.findByRole('button', { name: 'Delete' });
    await user.click(remove);
    const dialog = await screen.findByRole('dialog', { name: 'Delete “October meeting minutes”?' });
    expect(within(dialog).getByText(/kept for 30 days/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' })));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(remove);
    expect(mock.callsTo('DeleteDocument')).toHaveLength(0);

    await user.click(remove);
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete document' }));
    expect(await screen.findByText(/elsewhere: \/n\/macclesfield\/library\?folder=f-minutes/)).toBeTruthy();
    expect(screen.getByText(/“October meeting minutes” was deleted\./)).toBeTruthy();
    expect(mock.callsTo('DeleteDocument')[0]?.variables).toEqual({ documentId: 'doc-1' });
  });

  it('says when there is no such document', async () => {
    setup({ document: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Document not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the library' }).getAttribute('href')).toBe('/n/macclesfield/library');
  });
});
