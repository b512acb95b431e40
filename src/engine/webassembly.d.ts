// The part of the WebAssembly JavaScript API the prefilter uses. Node has it globally, but
// @types/node does not declare it and the DOM library would bring in far more than this.
declare namespace WebAssembly {
  class Module {
    constructor(bytes: Uint8Array);
  }
  class Instance {
    constructor(module: Module, imports?: Record<string, Record<string, unknown>>);
    readonly exports: Record<string, unknown>;
  }
  class Memory {
    constructor(descriptor: { initial: number; maximum?: number; shared?: boolean });
    readonly buffer: ArrayBufferLike;
  }
  class Global {
    value: unknown;
  }
}
