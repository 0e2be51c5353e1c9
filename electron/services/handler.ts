/** The type of one contract method's handler: params already validated (zod output) in, a plain result out. */
import type { z } from 'zod';
import type { Contract, Method, Result } from '../../shared/api/contract';

export type Handler<M extends Method> = (params: z.output<Contract[M]['params']>) => Result<M> | Promise<Result<M>>;
export type Handlers = { [M in Method]: Handler<M> };
