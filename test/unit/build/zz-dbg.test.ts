// @vitest-environment node
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { it } from 'vitest';
it('dbg', () => {
  const html = readFileSync('/work/privacy-ship/test/fixtures/anchor/en-economy.html', 'utf8');
  const { window } = new JSDOM(html);
  const a = window.document.cloneNode(true) as Document, b = window.document.cloneNode(true) as Document;
  const cache = a.body.innerHTML;
  a.body.innerHTML = cache;
  const parsed = new window.DOMParser().parseFromString('<body>' + cache, 'text/html').body;
  b.body.replaceChildren(...Array.from(parsed.childNodes, (n) => b.adoptNode(n)));
  console.log(a.body.innerHTML === b.body.innerHTML, a.body.innerHTML.length, b.body.innerHTML.length);
  const ea = [...a.body.querySelectorAll('*')], eb = [...b.body.querySelectorAll('*')];
  console.log(ea.length, eb.length, ea.map(e=>e.tagName).join() === eb.map(e=>e.tagName).join());
  console.log(ea.filter((e,i)=> e.namespaceURI !== eb[i]?.namespaceURI).length, (b.body.firstElementChild as any)?.ownerDocument === b);
  // Readability uses node.className / getAttribute etc; check matchString
  console.log(ea.filter((e,i)=> e.className !== eb[i]?.className || e.id !== eb[i]?.id).length);
});
