/** Types for electron-binary.mjs (plain JS so `npm start` needs no TypeScript loader to decide). */
export function findElectronBinary(
  electronPackageDir: string,
  env?: NodeJS.ProcessEnv,
): { found: true; path: string } | { found: false; reason: string };
