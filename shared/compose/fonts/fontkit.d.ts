// fontkit 2 ships no types and @types/fontkit is not installed: declare the one entry point we use.
declare module 'fontkit' {
  export function create(buffer: Uint8Array, postscriptName?: string): unknown;
}
