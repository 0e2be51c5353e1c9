/** The wire shape of a coded message (API envelopes, page findings). Unknown codes pass: a newer server may send them. */
import { z } from 'zod';
import type { ErrorMessage } from './catalogue';

type WireParam = string | number | WireMessage | WireMessage[];
interface WireMessage {
  code: string;
  params: Record<string, WireParam>;
}

export const ErrorMessageSchema: z.ZodType<ErrorMessage> = z.lazy(() =>
  z.object({
    code: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number(), ErrorMessageSchema, z.array(ErrorMessageSchema)])),
  }),
) as unknown as z.ZodType<ErrorMessage>;

export type { WireMessage };
