import { EventEmitter } from 'node:events';
import { protocol, type PGlite } from '@electric-sql/pglite';

type Serialize = typeof protocol.serialize;

/**
 * node-postgres's connection to the embedded database, as PGlite's own adapter
 * (`@electric-sql/pglite/node-postgres`) makes it, but sending a query's messages together.
 *
 * node-postgres writes a parameterised query as five messages (parse, bind, describe,
 * execute, sync) without waiting between them. PGlite's adapter hands each to the database
 * on its own, and each hand-over runs PostgreSQL's main loop, a file-system sync check and a
 * promise chain: four of every five are overhead. Here the messages wait until the sync (or
 * a flush, or a simple query) and go in one buffer, which PostgreSQL reads as it would from a
 * socket. Answers come back in the same order and are emitted as the adapter emits them.
 */
export class PglitePgConnection extends EventEmitter {
  _connecting = false;
  readonly stream = { destroy: () => this.end() };
  parsedStatements = {};
  submittedNamedStatements = {};
  private pending: Uint8Array[] = [];
  private chain: Promise<unknown>;
  private listening = false;

  constructor(private readonly pglite: PGlite) {
    super();
    this.chain = pglite.waitReady;
    this.on('newListener', (event) => {
      if (event === 'message') this.listening = true;
    });
  }

  async connect(): Promise<void> {
    this._connecting = true;
    await this.pglite.waitReady;
    process.nextTick(() => this.emit('readyForQuery'));
  }

  requestSsl(): void {}
  startup(): void {}
  cancel(): void {}
  password(): void {}
  ref(): void {}
  unref(): void {}

  sendSASLInitialResponseMessage(...args: Parameters<Serialize['sendSASLInitialResponseMessage']>) {
    this.send(protocol.serialize.sendSASLInitialResponseMessage(...args));
  }
  sendSCRAMClientFinalMessage(...args: Parameters<Serialize['sendSCRAMClientFinalMessage']>) {
    this.send(protocol.serialize.sendSCRAMClientFinalMessage(...args));
  }
  query(text: string): void {
    this.send(protocol.serialize.query(text));
  }
  parse(query: Parameters<Serialize['parse']>[0]): void {
    this.pending.push(protocol.serialize.parse(query));
  }
  bind(config: Parameters<Serialize['bind']>[0]): void {
    this.pending.push(protocol.serialize.bind(config));
  }
  execute(config: Parameters<Serialize['execute']>[0]): void {
    this.pending.push(protocol.serialize.execute(config));
  }
  describe(message: Parameters<Serialize['describe']>[0]): void {
    this.pending.push(protocol.serialize.describe(message));
  }
  close(message: Parameters<Serialize['close']>[0]): void {
    this.pending.push(protocol.serialize.close(message));
  }
  flush(): void {
    this.send(protocol.serialize.flush());
  }
  sync(): void {
    this.send(protocol.serialize.sync());
  }
  sendCopyFromChunk(chunk: Parameters<Serialize['copyData']>[0]): void {
    this.send(protocol.serialize.copyData(chunk));
  }
  endCopyFrom(): void {
    this.send(protocol.serialize.copyDone());
  }
  sendCopyFail(message: string): void {
    this.send(protocol.serialize.copyFail(message));
  }

  end(): void {
    this.chain = this.chain.then(() => this.emit('end'));
    for (const event of this.eventNames()) {
      if (event !== 'newListener') this.removeAllListeners(event);
    }
    this.listening = false;
  }

  private send(last: Uint8Array): void {
    const parts = this.pending;
    this.pending = [];
    parts.push(last);
    const message = parts.length === 1 ? last : Buffer.concat(parts);
    this.chain = this.chain
      .then(() => this.pglite.execProtocolStream(message, { throwOnError: false }))
      .then((answers) => {
        for (const answer of answers) {
          if (this.listening) this.emit('message', answer);
          this.emit(answer.name === 'error' ? 'errorMessage' : answer.name, answer);
        }
      })
      .catch((error: unknown) => {
        this.emit('error', error);
      });
  }
}

/** The `extra` node-postgres options that connect TypeORM's pool to the embedded database. */
export function pglitePgConfig(pglite: PGlite) {
  return {
    connection: new PglitePgConnection(pglite),
    user: 'postgres',
    password: 'dummy',
    database: 'postgres',
    host: 'localhost',
    port: 5432,
  };
}
