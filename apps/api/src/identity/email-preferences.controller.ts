import { Controller, HttpCode, Post, Query } from '@nestjs/common';
import { NotFoundError } from '../common/errors/domain-error.js';
import { Public } from './auth/decorators.js';
import { EmailPreferences } from './email-preferences.js';

/**
 * One-click unsubscribe (RFC 8058): mail clients POST to the List-Unsubscribe address, and the
 * web page /email-preferences posts here when the reader confirms. No session: the link is
 * its own proof (EmailPreferences).
 */
@Controller('email')
export class EmailPreferencesController {
  constructor(private readonly preferences: EmailPreferences) {}

  @Public()
  @Post('unsubscribe')
  @HttpCode(200)
  async unsubscribe(
    @Query('u') userId = '',
    @Query('t') topic = '',
    @Query('s') signature = '',
  ): Promise<{ unsubscribed: string }> {
    if (!(await this.preferences.unsubscribe(userId, topic, signature))) {
      throw new NotFoundError('This unsubscribe link is not valid', { field: 's' });
    }
    return { unsubscribed: topic };
  }
}
