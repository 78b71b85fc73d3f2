import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AllowAnonymous } from '@community-hub/api-auth';
import { EmailDeliveryService } from './email-delivery.service';
import { NotificationsService } from './notifications.service';

const page = (title: string, message: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title></head>` +
  `<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><h1>${title}</h1><p>${message}</p>` +
  '<p><a href="/settings/notifications">Email settings</a></p></body></html>';

/**
 * The link at the foot of every email: one click (GET) turns off email for
 * that network, with no sign-in needed (the signed token says who). Mail
 * clients' one-click unsubscribe (RFC 8058) POSTs to the same address.
 */
@AllowAnonymous()
@Controller('email')
export class UnsubscribeController {
  constructor(
    private readonly email: EmailDeliveryService,
    private readonly notifications: NotificationsService,
  ) {}

  @Get('unsubscribe')
  async viaLink(@Query('token') token: string | undefined, @Res() res: Response): Promise<void> {
    await this.handle(token, res);
  }

  @Post('unsubscribe')
  @HttpCode(200)
  async oneClick(@Query('token') token: string | undefined, @Res() res: Response): Promise<void> {
    await this.handle(token, res);
  }

  private async handle(token: string | undefined, res: Response): Promise<void> {
    const claims = typeof token === 'string' ? this.email.verifyUnsubscribe(token) : null;
    res.set('Cache-Control', 'no-store').type('html');
    if (!claims) {
      res.status(400).send(page('Link not valid', 'This unsubscribe link is not valid or has expired. Sign in and change your email settings instead.'));
      return;
    }
    await this.notifications.unsubscribe(claims.userId, claims.networkId);
    res.status(200).send(page('Unsubscribed', 'You will get no more emails about this network. Notifications still appear in the app, and you can turn emails back on in your settings.'));
  }
}
