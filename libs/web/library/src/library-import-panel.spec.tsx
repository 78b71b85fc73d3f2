import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { TestProviders } from '@community-hub/web-accounts';
import { NetworkLayout } from '@community-hub/web-networks';
import {
  apiError,
  axeViolations,
  createMockClient,
  documentsPage,
  FakeXhr,
  folder,
  network,
  renderRoutes,
  signedInAs,
  type FakeHandler,
  type MockClient,
  type NetworkFixture,
} from '@community-hub/web-testing';
import { LibraryPage } from './library-page';
import { UploadTransportProvider, xhrTransport } from './upload-transport';

const routes: RouteObject[] = [{ path: '/n/:slug', element: <NetworkLayout />, children: [{ path: 'library', element: <LibraryPage /> }] }];

function Providers({ mock, children }: { mock: MockClient; children: ReactNode }) {
  return (
    <TestProviders mock={mock}>
      <UploadTransportProvider value={xhrTransport(FakeXhr.create)}>{children}</UploadTransportProvider>
    </TestProviders>
  );
}

const progress = (status: string, done: number, extra: Record<string, unknown> = {}) => ({
  data: {
    libraryImport: {
      __typename: 'LibraryImport',
      id: 'import-1',
      status,
      entriesTotal: 12,
      entriesDone: done,
      imported: 9,
      skipped: 2,
      failureMessage: null,
      skippedListUrl: '/library-imports/import-1/skipped.csv',
      skippedEntries: {
        __typename: 'SkippedImportEntryConnection',
        totalCount: 2,
        nodes: [
          { __typename: 'SkippedImportEntry', entryIndex: 3, path: 'Board/Thumbs.db', reasonText: 'A file the computer made (not a document)' },
          { __typename: 'SkippedImportEntry', entryIndex: 7, path: '../escape.txt', reasonText: 'The path is absolute or goes outside the folder' },
        ],
      },
      ...extra,
    },
  },
});

function setup(membership: NetworkFixture['myMembership'], handlers: Record<string, FakeHandler> = {}) {
  const mock = createMockClient({
    Me: () => signedInAs('Alex Example'),
    Network: () => ({ data: { network: network({ myMembership: membership }) } }),
    LibraryFolders: () => ({ data: { network: { __typename: 'Network', id: 'net-1', folders: [folder('f-board', 'Board')] } } }),
    LibraryDocuments: () => ({ data: { network: { __typename: 'Network', id: 'net-1', documents: documentsPage([]) } } }),
    ...handlers,
  });
  const user = userEvent.setup({ applyAccept: false });
  return { mock, user, ...renderRoutes(routes, { mock, path: '/n/macclesfield/library?folder=f-board', providers: Providers }) };
}

/** The import panel's own live region (the page has others). */
const panelStatus = () => within(document.getElementById('library-import-panel')!).getByRole('status');

const zip = () => new File([new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)])], 'Knowledge Hub.zip', { type: 'application/zip' });

describe('Import from a zip', () => {
  beforeEach(() => FakeXhr.reset());

  it('is offered to coordinators only', async () => {
    setup({ role: 'MEMBER' });
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: 'Import from a zip' })).toBeNull();
  });

  it('sends the zip with a progress bar, follows the import, then shows what was skipped with the CSV link; axe clean', async () => {
    let polls = 0;
    const { user, mock, container } = setup(
      { role: 'COORDINATOR' },
      {
        RequestLibraryImportUpload: () => ({
          data: {
            requestLibraryImportUpload: {
              __typename: 'UploadTicket',
              uploadId: 'upload-zip',
              url: '/storage/upload/token-zip',
              method: 'PUT',
              headers: [{ __typename: 'Header', name: 'Content-Type', value: 'application/zip' }],
            },
          },
        }),
        StartLibraryImport: () => ({ data: { startLibraryImport: { __typename: 'LibraryImport', id: 'import-1', status: 'QUEUED' } } }),
        LibraryImport: () => (++polls === 1 ? progress('RUNNING', 6) : progress('DONE', 12)),
      },
    );
    const open = await screen.findByRole('button', { name: 'Import from a zip' });
    expect(open.getAttribute('aria-expanded')).toBe('false');
    await user.click(open);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    const input = await screen.findByLabelText('Zip file');
    expect(await axeViolations(container)).toEqual([]);
    await user.upload(input, zip());
    await user.click(screen.getByRole('button', { name: 'Import' }));

    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    expect(mock.callsTo('RequestLibraryImportUpload')[0]?.variables['input']).toEqual({ networkId: 'net-1', filename: 'Knowledge Hub.zip', size: 22 });
    const [xhr] = FakeXhr.sent;
    expect(xhr).toMatchObject({ method: 'PUT', url: '/storage/upload/token-zip' });
    act(() => xhr!.progress(11, 22));
    const sending = screen.getByRole('progressbar', { name: 'Sending the zip' }) as HTMLProgressElement;
    expect([sending.value, sending.max]).toEqual([11, 22]);
    expect(panelStatus().textContent).toBe('Sending the zip: 50%');

    act(() => xhr!.respond(200, '{}'));
    const importing = (await screen.findByRole('progressbar', { name: 'Importing' })) as HTMLProgressElement;
    await waitFor(() => expect(importing.value).toBe(6));
    expect(importing.max).toBe(12);
    expect(mock.callsTo('StartLibraryImport')[0]?.variables['input']).toEqual({ uploadId: 'upload-zip', folderId: 'f-board' });

    const link = await screen.findByRole('link', { name: 'Download the skipped list (CSV)' }, { timeout: 3000 });
    expect(link.getAttribute('href')).toBe('/library-imports/import-1/skipped.csv');
    expect(panelStatus().textContent).toBe('Import finished: 9 documents added, 2 entries skipped.');
    expect(screen.getByText('../escape.txt')).toBeTruthy();
    expect(screen.queryByRole('progressbar', { name: 'Importing' })).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows a refusal of the zip and a failed import', async () => {
    const { user } = setup({ role: 'COORDINATOR' }, { RequestLibraryImportUpload: () => apiError('BAD_USER_INPUT', 'Choose a .zip file') });
    await user.click(await screen.findByRole('button', { name: 'Import from a zip' }));
    await user.upload(await screen.findByLabelText('Zip file'), zip());
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Choose a .zip file');
    expect(FakeXhr.sent).toHaveLength(0);
  });
});
