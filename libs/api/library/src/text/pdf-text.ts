import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Runs in a worker thread: pdf.js is ESM-only (our CommonJS build and Jest cannot
 * load it in-process), and a hostile PDF that spins or balloons only takes its
 * own thread down (memory-capped, killed after a timeout) rather than the API.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const pdfjs = await import(workerData.pdfjsUrl);
  const document = await pdfjs.getDocument({
    data: workerData.data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  let text = '';
  try {
    for (let n = 1; n <= document.numPages && text.length < workerData.maxChars; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (typeof item.str === 'string') text += item.str + (item.hasEOL ? '\\n' : '');
      }
      text += '\\n\\n';
      page.cleanup();
    }
  } finally {
    await document.destroy();
  }
  parentPort.postMessage({ text });
})().catch((error) => parentPort.postMessage({ error: String((error && error.message) || error) }));
`;

let pdfjsUrl: string | null = null;

export function extractPdfText(data: Uint8Array, options: { maxChars: number; timeoutMs?: number }): Promise<string> {
  pdfjsUrl ??= pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href;
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { data, pdfjsUrl, maxChars: options.maxChars },
      resourceLimits: { maxOldGenerationSizeMb: 512 },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const finish = (error: Error | null, text?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (error) reject(error);
      else resolve(text ?? '');
    };
    const timer = setTimeout(() => finish(new Error('reading the PDF took too long')), options.timeoutMs ?? 60_000);
    worker.on('message', (message: { text?: string; error?: string }) =>
      message.error !== undefined ? finish(new Error(`unreadable PDF: ${message.error}`)) : finish(null, message.text),
    );
    worker.on('error', (error) => finish(new Error(`unreadable PDF: ${error.message}`)));
    worker.on('exit', (code) => finish(new Error(`the PDF reader stopped (exit code ${code})`)));
  });
}
