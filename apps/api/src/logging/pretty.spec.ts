import { Writable } from 'node:stream';
import { pino } from 'pino';
import { formatMessage, prettyStream } from './pretty.js';

describe('the readable log format', () => {
  it('leads with the request id and shortens request records', () => {
    expect(
      formatMessage({
        msg: 'request completed',
        reqId: 'req-1',
        req: { method: 'POST', url: '/graphql' },
        res: { statusCode: 200 },
        responseTime: 12.6,
      }),
    ).toBe('req-1 request completed POST /graphql → 200 in 13 ms');
    expect(formatMessage({ msg: 'Mapped routes', context: 'RoutesResolver' })).toBe(
      '[RoutesResolver] Mapped routes',
    );
  });

  it('writes one line per record, with no raw JSON', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const logger = pino({ base: { service: 'fascicle-api' } }, prettyStream(sink));
    logger.info({ reqId: 'req-2', action: 'COURSE_CREATED' }, 'audit: COURSE_CREATED');
    const output = lines.join('');
    expect(output.trim().split('\n')).toHaveLength(1);
    expect(output).toContain('INFO');
    expect(output).toContain('req-2 audit: COURSE_CREATED');
    expect(output).not.toContain('"service"');
  });
});
