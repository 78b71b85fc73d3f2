import { Inject, Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { localSigningSecret } from '@community-hub/api-auth';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';

/** RFC 5321: a local part has at most 64 characters. */
export const LOCAL_PART_MAX = 64;
const MAC_BYTES = 9;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type ParsedAddress =
  | { kind: 'reply'; userId: string; threadId: string }
  | { kind: 'confirm'; draftId: string }
  | { kind: 'network'; slug: string };

const uuidBytes = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex');
const uuidOf = (bytes: Buffer) => {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/**
 * The addresses people write to: `r+<token>@<domain>` answers a thread as one
 * person (the token signs person and thread: 16 + 16 bytes and a 72-bit HMAC,
 * 55 base64url characters, so the local part stays within 64), `c+<token>`
 * confirms a thread started by email, and `<network-slug>@<domain>` starts one.
 * The token says nothing more: whether that person may still write there is
 * asked again when a reply arrives. Base64url is case-sensitive, as local parts
 * are (RFC 5321 2.4); mail systems keep them as written.
 */
@Injectable()
export class ReplyAddresses {
  private readonly key: Buffer;
  readonly domain: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const secret = config.auth.secret ?? localSigningSecret(config.dataDir);
    this.key = createHmac('sha256', secret).update('email-reply-address').digest();
    this.domain = config.inbound.domain;
  }

  replyTo(userId: string, threadId: string): string {
    const payload = Buffer.concat([Buffer.from('r'), uuidBytes(userId), uuidBytes(threadId)]);
    return `r+${this.seal(payload)}@${this.domain}`;
  }

  confirmAddress(draftId: string): string {
    const payload = Buffer.concat([Buffer.from('c'), uuidBytes(draftId)]);
    return `c+${this.seal(payload)}@${this.domain}`;
  }

  networkAddress(slug: string): string {
    return `${slug}@${this.domain}`;
  }

  /** What an address of our domain stands for, or null (another domain, a forged or damaged token). */
  parse(address: string): ParsedAddress | null {
    const at = address.lastIndexOf('@');
    if (at < 1 || address.slice(at + 1).toLowerCase() !== this.domain) return null;
    const local = address.slice(0, at);
    if (local.length > LOCAL_PART_MAX) return null;
    const token = /^([rc])\+([A-Za-z0-9_-]+)$/.exec(local);
    if (token) {
      const payload = this.open(token[1], token[2]);
      if (!payload) return null;
      if (token[1] === 'r' && payload.length === 32) return { kind: 'reply', userId: uuidOf(payload.subarray(0, 16)), threadId: uuidOf(payload.subarray(16)) };
      if (token[1] === 'c' && payload.length === 16) return { kind: 'confirm', draftId: uuidOf(payload) };
      return null;
    }
    return /^[a-z0-9][a-z0-9-]{0,59}$/i.test(local) ? { kind: 'network', slug: local.toLowerCase() } : null;
  }

  private mac(payload: Buffer): Buffer {
    return createHmac('sha256', this.key).update(payload).digest().subarray(0, MAC_BYTES);
  }

  private seal(payload: Buffer): string {
    // The kind letter is signed but not repeated inside the token (the prefix carries it).
    return Buffer.concat([payload.subarray(1), this.mac(payload)]).toString('base64url');
  }

  private open(kind: string, token: string): Buffer | null {
    const bytes = Buffer.from(token, 'base64url');
    if (bytes.length <= MAC_BYTES || bytes.toString('base64url') !== token) return null;
    const body = bytes.subarray(0, bytes.length - MAC_BYTES);
    const expected = this.mac(Buffer.concat([Buffer.from(kind), body]));
    return timingSafeEqual(expected, bytes.subarray(bytes.length - MAC_BYTES)) ? body : null;
  }
}

export const isUuid = (value: string) => UUID.test(value);
