/**
 * The part of the WebAssembly API the database thread uses (Node has it; the project's `lib` leaves out the DOM
 * declarations where TypeScript keeps it). PGlite's own declarations name `WebAssembly.Module` too.
 */
declare namespace WebAssembly {
  class Module {}
  function compile(bytes: Uint8Array): Promise<Module>;
}
