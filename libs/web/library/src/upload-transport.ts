import { createContext, useContext } from 'react';

/** Where and how to send the bytes (an UploadTicket's url, method and headers). */
export interface UploadTarget {
  url: string;
  method: string;
  headers: ReadonlyArray<{ name: string; value: string }>;
}

export type ProgressListener = (sent: number, total: number) => void;

/** Sends a file's bytes; rejects with a message meant for people. */
export interface UploadTransport {
  send(target: UploadTarget, body: Blob, onProgress: ProgressListener, signal?: AbortSignal): Promise<void>;
}

export class UploadTransferError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'UploadTransferError';
  }
}

/** The API's storage proxy answers `{ error: { code, message } }`; S3 answers XML. */
function messageFrom(xhr: XMLHttpRequest): string {
  try {
    const body = JSON.parse(xhr.responseText) as { error?: { message?: unknown } };
    if (typeof body.error?.message === 'string' && body.error.message) return body.error.message;
  } catch {
    // not JSON
  }
  if (xhr.status === 403) return 'The upload link was refused or has expired. Please try again.';
  if (xhr.status === 413) return 'That file is too large to send.';
  return `The file could not be sent (HTTP ${xhr.status}). Please try again.`;
}

/**
 * XMLHttpRequest (not fetch) because only it reports upload progress.
 * `createXhr` lets specs hand in a fake.
 */
export function xhrTransport(createXhr: () => XMLHttpRequest = () => new XMLHttpRequest()): UploadTransport {
  return {
    send(target, body, onProgress, signal) {
      return new Promise<void>((resolve, reject) => {
        const xhr = createXhr();
        xhr.open(target.method, target.url, true);
        for (const header of target.headers) xhr.setRequestHeader(header.name, header.value);
        xhr.upload.onprogress = (event: ProgressEvent) => {
          onProgress(event.loaded, event.lengthComputable && event.total ? event.total : body.size);
        };
        xhr.onload = () => {
          if (xhr.status >= 200 && xhr.status < 300) {
            onProgress(body.size, body.size);
            resolve();
          } else {
            reject(new UploadTransferError(messageFrom(xhr), xhr.status));
          }
        };
        xhr.onerror = () => reject(new UploadTransferError('We could not send the file. Check your connection and try again.', 0));
        xhr.onabort = () => reject(new UploadTransferError('The upload was cancelled.', 0));
        signal?.addEventListener('abort', () => xhr.abort(), { once: true });
        xhr.send(body);
      });
    },
  };
}

const UploadTransportContext = createContext<UploadTransport | null>(null);

/** Specs put a fake transport here; the browser uses XMLHttpRequest. */
export const UploadTransportProvider = UploadTransportContext.Provider;

let browserTransport: UploadTransport | null = null;

export function useUploadTransport(): UploadTransport {
  const given = useContext(UploadTransportContext);
  if (given) return given;
  browserTransport ??= xhrTransport();
  return browserTransport;
}
