import { Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import type { EntityManager } from 'typeorm';

/** Where a domain writes its part of a person's data export (a folder of the zip named after the domain). */
export interface PersonalDataWriter {
  /** Adds `name` (e.g. `posts.json`) as indented JSON. */
  json(name: string, value: unknown): Promise<void>;
  /** Adds a file's bytes, streamed into the zip (never held whole in memory); resolves with its path in the zip. */
  file(name: string, body: Readable): Promise<string>;
}

/** Something a person must hand over before their account can be deleted. */
export interface HandoverItem {
  kind: 'NETWORK' | 'CONSORTIUM';
  id: string;
  name: string;
  /** What to do, e.g. "Make another member an admin of Crewe Community Network". */
  message: string;
}

/** What the person was, for erasers that must replace their name where it was copied (a notification's title). */
export interface ErasedPerson {
  userId: string;
  formerName: string;
}

/**
 * One domain's share of the person's rights: each domain exports and erases its own
 * tables, so accounts never reads another domain's data. Registered when the domain's
 * module starts (as access policies are); every method is optional.
 */
export interface PersonalDataPart {
  /** The folder of the export zip, e.g. `forum`. */
  domain: string;
  export?(userId: string, out: PersonalDataWriter): Promise<void>;
  /** What stops deletion (asked inside the deletion's transaction, with the person's row locked). */
  handoverRequired?(userId: string, tx: EntityManager): Promise<HandoverItem[]>;
  /** Erases the person's data in this domain, inside the deletion's transaction. */
  erase?(person: ErasedPerson, tx: EntityManager): Promise<void>;
}

@Injectable()
export class PersonalDataRegistry {
  private readonly parts = new Map<string, PersonalDataPart>();

  register(part: PersonalDataPart): void {
    this.parts.set(part.domain, part);
  }

  /** In the order the domains registered. */
  all(): PersonalDataPart[] {
    return [...this.parts.values()];
  }
}
