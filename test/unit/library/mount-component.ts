import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

/**
 * Renders Preact nodes into the document for a test file: returns `mount`, and registers an
 * `afterEach` that unmounts and removes every host the test mounted.
 */
export function useMount(): (node: ComponentChild) => HTMLElement {
  let hosts: HTMLElement[] = [];
  afterEach(() => {
    for (const host of hosts) {
      act(() => render(null, host));
      host.remove();
    }
    hosts = [];
  });
  return (node) => {
    const host = document.createElement('div');
    document.body.append(host);
    act(() => render(node, host));
    hosts.push(host);
    return host;
  };
}
