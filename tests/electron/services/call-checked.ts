/** Test helper: call a method through dispatch, require success, and check the value against the contract's result schema. */
import { contract, type Method, type Params, type Result } from '../../../shared/api/contract';
import type { Services } from '../../../electron/services';

export async function callChecked<M extends Method>(services: Services, method: M, params: Params<M>): Promise<Result<M>> {
  const reply = await services.dispatch(method, params);
  if (!reply.ok) throw new Error(`${method} failed: ${reply.error.code} ${reply.error.message}`);
  return contract[method].result.parse(reply.value) as Result<M>;
}
