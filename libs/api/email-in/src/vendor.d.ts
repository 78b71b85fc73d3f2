// Packages without type declarations of their own: only what is used here.
declare module 'email-reply-parser' {
  export default class EmailReplyParser {
    parseReply(text: string): string;
  }
}

declare module 'mailauth/lib/parse-dkim-headers' {
  interface AuthResultEntry {
    value: string;
    comment?: string;
    [key: string]: unknown;
  }
  function headerParser(header: string): { parsed: { header: string; value?: string; dmarc?: AuthResultEntry; [key: string]: unknown } };
  export = headerParser;
}

// mailparser's own HTML converter (a dependency of mailparser), for HTML parts it leaves unconverted.
declare module 'html-to-text' {
  export function htmlToText(html: string, options?: Record<string, unknown>): string;
}
