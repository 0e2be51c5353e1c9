/** Password hashing: argon2id (@node-rs/argon2 defaults: m=19 MiB, t=2, p=1, the OWASP minimum). */
import { hash, verify } from '@node-rs/argon2';

export async function hashPassword(password: string): Promise<string> {
  const hashed = await hash(password);
  if (!hashed.startsWith('$argon2id$')) throw new Error('argon2 did not produce an argon2id hash');
  return hashed;
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

/** Verified against when the name is unknown, so a wrong name costs as long as a wrong password. */
let decoy: Promise<string> | null = null;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword('folio-decoy-password');
  return decoy;
}
