import { FakeXhr } from '@community-hub/web-testing';
import { UploadTransferError, xhrTransport } from './upload-transport';

describe('xhrTransport', () => {
  beforeEach(() => FakeXhr.reset());

  it('sends the bytes with the ticket method and headers and reports progress', async () => {
    const progress: Array<[number, number]> = [];
    const file = new File(['hello world'], 'a.txt', { type: 'text/plain' });
    const sending = xhrTransport(FakeXhr.create).send(
      { url: '/storage/upload/t1', method: 'PUT', headers: [{ name: 'Content-Type', value: 'text/plain' }] },
      file,
      (sent, total) => progress.push([sent, total]),
    );
    const [xhr] = FakeXhr.sent;
    expect(xhr).toMatchObject({ method: 'PUT', url: '/storage/upload/t1', headers: { 'Content-Type': 'text/plain' } });
    expect(xhr!.body).toBe(file);
    xhr!.progress(5, 11);
    xhr!.respond(200, '{"key":"k","size":11}');
    await sending;
    expect(progress).toEqual([
      [5, 11],
      [11, 11],
    ]);
  });

  it("rejects with the storage proxy's message, or a plain one", async () => {
    const transport = xhrTransport(FakeXhr.create);
    const target = { url: '/u', method: 'PUT', headers: [] };
    const blob = new Blob(['x']);
    const refused = transport.send(target, blob, () => undefined);
    FakeXhr.sent[0]!.respond(400, JSON.stringify({ error: { code: 'BAD_USER_INPUT', message: 'More bytes than declared' } }));
    await expect(refused).rejects.toEqual(new UploadTransferError('More bytes than declared', 400));

    const offline = transport.send(target, blob, () => undefined);
    FakeXhr.sent[1]!.fail();
    await expect(offline).rejects.toThrow(/could not send the file/);

    const expired = transport.send(target, blob, () => undefined);
    FakeXhr.sent[2]!.respond(403, '<Error/>');
    await expect(expired).rejects.toThrow(/refused or has expired/);
  });
});
