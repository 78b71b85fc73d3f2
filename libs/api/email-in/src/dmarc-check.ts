import { promises as dns } from 'node:dns';
import { authenticate } from 'mailauth';

/** A DNS lookup as mailauth asks for one (`dns.promises.resolve`'s shape). */
export type DnsResolver = (name: string, type: string) => Promise<unknown>;

/** The resolver email-in's own DMARC checks use; tests and deployments without DNS provide their own. */
export const DNS_RESOLVER = Symbol('DNS_RESOLVER');

/** Gives up on a lookup after `timeoutMs` (a DNS temporary error for mailauth: the check is then not a "fail"). */
export function timeBounded(resolver: DnsResolver, timeoutMs: number): DnsResolver {
  return (name, type) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(Object.assign(new Error(`DNS lookup of ${name} timed out`), { code: 'ETIMEOUT' })), timeoutMs);
      resolver(name, type).then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
}

/** The system's resolver, one try per lookup. */
export function systemResolver(timeoutMs: number): DnsResolver {
  const resolver = new dns.Resolver({ timeout: timeoutMs, tries: 1 });
  return (name, type) => resolver.resolve(name, type as 'TXT');
}

/**
 * DMARC of a message received straight from the sending server (our SMTP listener,
 * no relay in front): SPF for the connecting address and DKIM, aligned with the
 * From domain, checked by mailauth. Answers mailauth's result ("pass", "fail",
 * "none", "temperror", …), or null when there is nothing to check.
 */
export async function dmarcResult(raw: Buffer, connection: { ip: string; helo?: string; sender?: string }, resolver: DnsResolver, mta: string): Promise<string | null> {
  const result = await authenticate(raw, {
    ip: connection.ip,
    helo: connection.helo,
    sender: connection.sender,
    mta,
    resolver: resolver as never,
    disableArc: true,
    disableBimi: true,
  });
  const dmarc = result.dmarc as { status?: { result?: string } } | false;
  return dmarc ? (dmarc.status?.result ?? null) : null;
}
