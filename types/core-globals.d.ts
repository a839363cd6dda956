// The few web-platform globals every runtime of the core has (Node, Electron, browsers), declared for the core's own
// type-check, which leaves out the DOM and Node's types so that neither creeps into src/core.
declare function structuredClone<T>(value: T): T;
declare function queueMicrotask(callback: () => void): void;
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
declare const console: { log(...args: unknown[]): void; warn(...args: unknown[]): void; error(...args: unknown[]): void };
// The platform's deflate (src/core/render/pdf-font.ts), the fallback where no zlib is installed.
interface ReadableStream<_R = Uint8Array> {
  pipeThrough<T>(transform: { writable: unknown; readable: ReadableStream<T> }): ReadableStream<T>;
}
declare class Blob {
  constructor(parts: readonly Uint8Array[]);
  stream(): ReadableStream<Uint8Array>;
}
declare class CompressionStream {
  constructor(format: 'deflate' | 'deflate-raw' | 'gzip');
  readonly writable: unknown;
  readonly readable: ReadableStream<Uint8Array>;
}
declare class Response {
  constructor(body: ReadableStream<Uint8Array>);
  arrayBuffer(): Promise<ArrayBuffer>;
}
