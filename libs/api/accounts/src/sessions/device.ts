import { UAParser } from 'ua-parser-js';

/** A device as people name it, from a User-Agent header: "Firefox on Windows", "Safari on iOS". */
export function describeDevice(userAgent: string | null | undefined): string {
  if (!userAgent) return 'Unknown device';
  const { browser, os } = new UAParser(userAgent).getResult();
  if (browser.name && os.name) return `${browser.name} on ${os.name}`;
  if (browser.name) return browser.name;
  if (os.name) return `A browser on ${os.name}`;
  return 'Unknown device';
}
