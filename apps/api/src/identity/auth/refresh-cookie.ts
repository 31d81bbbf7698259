import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '../../config/app-config.js';
import { Clock } from '../../config/clock.js';

export const REFRESH_COOKIE = 'fascicle_refresh';

/**
 * The refresh token as an httpOnly cookie, for the web app: script on the page can never
 * read it (an XSS cannot steal a long-lived session), SameSite=Strict keeps other sites from
 * sending it, and Path=/graphql keeps it off every other request. Clients that pass the token
 * in the body keep working; the cookie is only a second way to carry the same token.
 */
@Injectable()
export class RefreshCookie {
  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  set(reply: FastifyReply, token: string, expiresAt: Date): void {
    const maxAge = Math.max(
      0,
      Math.floor((expiresAt.getTime() - this.clock.now().getTime()) / 1000),
    );
    reply.header('set-cookie', this.serialize(token, maxAge));
  }

  clear(reply: FastifyReply): void {
    reply.header('set-cookie', this.serialize('', 0));
  }

  read(request: FastifyRequest): string | undefined {
    const header = request.headers.cookie;
    if (!header) return undefined;
    for (const part of header.split(';')) {
      const separator = part.indexOf('=');
      if (separator < 0 || part.slice(0, separator).trim() !== REFRESH_COOKIE) continue;
      const value = part.slice(separator + 1).trim();
      return value === '' ? undefined : value;
    }
    return undefined;
  }

  private serialize(value: string, maxAgeSeconds: number): string {
    // The token is base64url, so it needs no encoding inside a cookie value.
    const attributes = [
      `${REFRESH_COOKIE}=${value}`,
      'Path=/graphql',
      `Max-Age=${maxAgeSeconds}`,
      'HttpOnly',
      'SameSite=Strict',
    ];
    if (this.secure) attributes.push('Secure');
    return attributes.join('; ');
  }

  /** Browsers drop a Secure cookie over plain http, so only claim it where https is in use. */
  private get secure(): boolean {
    return this.config.isProduction || this.config.publicUrl.startsWith('https:');
  }
}
