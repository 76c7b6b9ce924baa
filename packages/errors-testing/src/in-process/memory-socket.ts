import { Duplex } from 'node:stream';

/**
 * One end of an in-memory connection: what one end writes, the other reads. It has the parts of
 * `net.Socket` that Node's HTTP client, server and agent call (idle timeout, keep-alive, ref), so
 * both run unchanged over it, with no port and no file descriptor.
 */
export class MemorySocket extends Duplex {
  readonly remoteAddress = '127.0.0.1';
  readonly remotePort = 0;
  readonly connecting = false;
  readonly encrypted = false;
  /** The idle timeout in ms (0: none), read by Node's agent as `socket.timeout`. */
  timeout = 0;
  private peer: MemorySocket | undefined;
  private idle: NodeJS.Timeout | undefined;

  /** Two connected ends: give one to the client, the other to the server. */
  static pair(): [MemorySocket, MemorySocket] {
    const a = new MemorySocket({ allowHalfOpen: false });
    const b = new MemorySocket({ allowHalfOpen: false });
    a.peer = b;
    b.peer = a;
    return [a, b];
  }

  override _read(): void {}

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.touch();
    this.peer?.touch();
    this.peer?.push(chunk);
    callback();
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.peer?.push(null);
    callback();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    clearTimeout(this.idle);
    // The peer sees the close on a later turn, as over TCP: after what was written before it,
    // and after a client that got a response has had the chance to start reading its body.
    const peer = this.peer;
    if (peer !== undefined) setImmediate(() => peer.destroy());
    callback(error);
  }

  /** As `net.Socket#setTimeout`: `timeout` is emitted after `ms` without traffic. */
  setTimeout(ms: number, callback?: () => void): this {
    this.timeout = ms;
    if (callback !== undefined) {
      if (ms === 0) this.removeListener('timeout', callback);
      else this.once('timeout', callback);
    }
    this.touch();
    return this;
  }

  setNoDelay(): this {
    return this;
  }

  setKeepAlive(): this {
    return this;
  }

  ref(): this {
    return this;
  }

  unref(): this {
    return this;
  }

  /** Restarts the idle timer. It never keeps the process alive, as a socket's does not. */
  private touch(): void {
    clearTimeout(this.idle);
    this.idle =
      this.timeout > 0 && !this.destroyed ? setTimeout(() => this.emit('timeout'), this.timeout).unref() : undefined;
  }
}
