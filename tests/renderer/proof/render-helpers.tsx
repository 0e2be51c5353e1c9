/** Renders a component into jsdom with the app's i18n (zh-CN), for the proof panel's component tests. */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { initI18n } from '../../../renderer/i18n';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const i18n = initI18n();

export interface Rendered {
  container: HTMLElement;
  byTestId(id: string): HTMLElement[];
  rerender(node: ReactNode): Promise<void>;
  unmount(): void;
}

export async function render(node: ReactNode): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.append(container);
  let root: Root | null = null;
  await act(async () => {
    root = createRoot(container);
    root.render(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>);
  });
  return {
    container,
    byTestId: (id) => Array.from(container.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)),
    rerender: (next) => act(async () => root!.render(<I18nextProvider i18n={i18n}>{next}</I18nextProvider>)),
    unmount: () => {
      act(() => root!.unmount());
      container.remove();
    },
  };
}

export async function click(element: HTMLElement): Promise<void> {
  await act(async () => element.dispatchEvent(new MouseEvent('click', { bubbles: true })));
}

/** Types into a controlled input the way React listens for it (the native value setter, then 'input'). */
export async function typeInto(element: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  const proto = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
