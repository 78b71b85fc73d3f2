import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { AllowAnonymous } from '@community-hub/api-auth';
import { StorageService } from '@community-hub/api-storage';

@AllowAnonymous()
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly storage: StorageService,
  ) {}

  /** The process is up. */
  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  /** The process can serve requests: database and object storage both answer. */
  @Get('ready')
  async ready(@Res() res: Response) {
    const database = await this.db
      .query('SELECT 1')
      .then(() => true)
      .catch(() => false);
    const storage = await this.storage.isReachable();
    res.status(database && storage ? 200 : 503).json({ status: database && storage ? 'ok' : 'unavailable', database, storage });
  }
}
