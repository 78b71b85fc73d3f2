import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A new two-factor secret: scan `otpauthUrl` as a QR code, or type `secret` into the app.' })
export class TwoFactorSetup {
  @Field({ description: 'Base32 (RFC 4648), no spaces or padding.' })
  secret: string;

  @Field({ description: 'otpauth://totp/... (RFC 6238: SHA-1, 6 digits, 30 s).' })
  otpauthUrl: string;
}
