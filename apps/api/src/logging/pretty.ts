import pretty from 'pino-pretty';

interface LogRecord {
  msg?: string;
  reqId?: string;
  context?: string;
  req?: { method?: string; url?: string };
  res?: { statusCode?: number };
  responseTime?: number;
}

/**
 * One readable line per record for a person at a terminal: time, level, request id, then the
 * message. Fastify's request records are shortened to the method, URL, status and duration;
 * the full objects stay in the JSON format used in production.
 */
export function prettyStream(
  destination: NodeJS.WritableStream = process.stdout,
): pretty.PrettyStream {
  return pretty({
    destination,
    sync: true,
    singleLine: true,
    colorize: process.stdout.isTTY === true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,service,reqId,context,req,res,responseTime',
    messageFormat: (log) => formatMessage(log as LogRecord),
  });
}

export function formatMessage(log: LogRecord): string {
  const parts: string[] = [];
  if (log.reqId) parts.push(log.reqId);
  if (log.context) parts.push(`[${log.context}]`);
  parts.push(log.msg ?? '');
  if (log.req?.method) parts.push(`${log.req.method} ${log.req.url ?? ''}`);
  if (log.res?.statusCode !== undefined) {
    parts.push(`→ ${log.res.statusCode}`);
    if (log.responseTime !== undefined) parts.push(`in ${Math.round(log.responseTime)} ms`);
  }
  return parts.join(' ');
}
