import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { OutputError, stagingFailed } from './output-error.js';

/** A batch is sent once it holds this many bytes or files: few messages, and the thread never idles long. */
const BATCH_BYTES = 1 << 20;
const BATCH_FILES = 256;

interface StagedFile {
  /** Absolute path in the staging tree. */
  readonly path: string;
  /**
   * Encoded here and transferred, not copied: a copied string is a second heap's worth of
   * memory for the thread to fault in, which measured slower overall than encoding.
   */
  readonly bytes: Uint8Array;
}

const ENCODER = new TextEncoder();

/** What the staging thread reports when it is done: the first write that failed, if any. */
interface StagingFailure {
  readonly path: string;
  readonly code: string | undefined;
  readonly message: string;
}

/** How long `finish` waits for a thread that never started before it gives up. */
const START_TIMEOUT_MS = 30_000;
/**
 * How long `finish` waits for a thread that has started but writes nothing more: one that died
 * (out of memory, killed) never says it is done. No single write of a generate takes this long.
 */
const STALL_TIMEOUT_MS = 120_000;
/** How often `finish` wakes to look for progress. */
const POLL_MS = 1_000;
/**
 * Slots of the shared signal: set by the thread when it starts, and when it has written everything;
 * the third counts the files it has written (the thread's own source says 0, 1 and 2: it cannot
 * see these names).
 */
const STARTED = 0;
const DONE = 1;
const WRITTEN = 2;

/**
 * Writes staged files on a thread of their own while the generator goes on emitting, so the
 * disk's work (most of a large run: 20,000 creates and their folders) overlaps with the
 * generator's. `finish` blocks until every file is on disk, so `generate()` stays synchronous.
 * The staging tree mirrors the output tree: a folder new to the output moves in with one rename.
 */
export class Stager {
  private readonly worker: Worker;
  private readonly replies: MessagePort;
  private readonly signal = new Int32Array(new SharedArrayBuffer(12));
  private batch: StagedFile[] = [];
  private batchBytes = 0;

  constructor(
    private readonly stagingDir: string,
    /** Tests shorten the wait for a stalled thread; a generate keeps the default. */
    private readonly stallTimeoutMs = STALL_TIMEOUT_MS,
  ) {
    const { port1, port2 } = new MessageChannel();
    this.replies = port1;
    this.worker = new Worker(`(${stagingThread.toString()})()`, {
      eval: true,
      // Not the parent's flags: `--input-type=module` would make this script a module, without `require`.
      execArgv: [],
      workerData: { signal: this.signal.buffer, replies: port2 },
      transferList: [port2],
    });
    // A run that throws before `finish` must not be kept alive by the thread.
    this.worker.unref();
  }

  /** Queues `content` as the staged copy of `path` (relative to the output root). */
  stage(path: string, content: string): void {
    const bytes = ENCODER.encode(content);
    this.batch.push({ path: join(this.stagingDir, path), bytes });
    this.batchBytes += bytes.byteLength;
    if (this.batchBytes >= BATCH_BYTES || this.batch.length >= BATCH_FILES) this.flush();
  }

  /** Waits until every queued file is written; throws, naming the file, if one could not be. */
  finish(): void {
    this.flush();
    this.worker.postMessage(null);
    this.waitUntilDone();
    const failure = receiveMessageOnPort(this.replies)?.message as StagingFailure | undefined;
    this.abort();
    if (failure !== undefined) {
      const error = Object.assign(new Error(failure.message), { code: failure.code });
      throw stagingFailed(this.stagingDir, error, failure.path);
    }
  }

  /** Stops the thread; what it staged is left for the caller to remove. */
  abort(): void {
    void this.worker.terminate();
    this.replies.close();
  }

  /** Blocks until the thread says it is done; throws if it never starts or stops writing. */
  private waitUntilDone(): void {
    // Progress is the thread starting, then each file it writes.
    let seen = 0;
    let since = Date.now();
    while (Atomics.wait(this.signal, DONE, 0, POLL_MS) === 'timed-out') {
      const started = Atomics.load(this.signal, STARTED) === 1;
      const progress = started ? 1 + Atomics.load(this.signal, WRITTEN) : 0;
      if (progress !== seen) {
        seen = progress;
        since = Date.now();
        continue;
      }
      if (Date.now() - since < (started ? this.stallTimeoutMs : START_TIMEOUT_MS)) continue;
      this.abort();
      const what = started
        ? `stopped: no file written for ${Math.round(this.stallTimeoutMs / 1000)} s`
        : 'did not start';
      throw new OutputError(`the thread that stages files in ${this.stagingDir} ${what}. Nothing was changed.`);
    }
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    this.worker.postMessage(
      this.batch,
      this.batch.map((file) => file.bytes.buffer as ArrayBuffer),
    );
    this.batch = [];
    this.batchBytes = 0;
  }
}

/**
 * The staging thread's whole program, sent as source text (so it runs the same from `src/` under
 * vitest and from `dist/`): it may use nothing from this module. Every failure is caught and
 * reported, so once it has started (slot 0) the `Atomics.wait` in `finish` always ends (slot 1).
 */
function stagingThread(): void {
  const { parentPort, workerData } = require('node:worker_threads') as typeof import('node:worker_threads');
  const { mkdirSync, writeFileSync } = require('node:fs') as typeof import('node:fs');
  const { dirname } = require('node:path') as typeof import('node:path');
  const { replies } = workerData as { replies: MessagePort };
  const signal = new Int32Array(workerData.signal as SharedArrayBuffer);
  Atomics.store(signal, 0, 1);
  const made = new Set<string>();
  let failure: StagingFailure | undefined;
  parentPort!.on('message', (batch: readonly StagedFile[] | null) => {
    if (batch === null) {
      replies.postMessage(failure);
      Atomics.store(signal, 1, 1);
      Atomics.notify(signal, 1);
      return;
    }
    for (const file of batch) {
      if (failure !== undefined) return;
      try {
        const dir = dirname(file.path);
        if (!made.has(dir)) {
          mkdirSync(dir, { recursive: true });
          made.add(dir);
        }
        writeFileSync(file.path, file.bytes);
        Atomics.add(signal, 2, 1);
      } catch (error) {
        const e = error as NodeJS.ErrnoException;
        failure = { path: file.path, code: e.code, message: String(e.message ?? e) };
      }
    }
  });
}
