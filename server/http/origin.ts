/**
 * Which browser origins may talk to the server: its own (as the Host header names it), and the Folio desk hosts
 * (the Electron app's folio://app, the browser host on loopback). A request without an Origin header is not
 * from a browser page and is judged by its bearer token alone. No CORS headers are ever sent.
 */
const DESK_ORIGINS = [/^folio:\/\/app$/, /^http:\/\/127\.0\.0\.1(:\d{1,5})?$/, /^http:\/\/localhost(:\d{1,5})?$/, /^http:\/\/\[::1\](:\d{1,5})?$/];

export function originAllowed(origin: string | undefined, host: string | undefined, extra: readonly string[] = []): boolean {
  if (origin === undefined) return true;
  if (DESK_ORIGINS.some((pattern) => pattern.test(origin))) return true;
  if (host !== undefined && (origin === `http://${host}` || origin === `https://${host}`)) return true;
  return extra.includes(origin);
}
