import { useEffect, useRef } from 'react';

/** True when a key press belongs to a form field, not to the page's shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/**
 * The keys a page's shortcuts may use. Until the page is interactive an
 * inline script (EARLY_KEYS_SCRIPT, in the document head) keeps these keys in
 * order; the first shortcut handler to mount plays them, so a key pressed
 * while the scripts are still loading is not lost.
 */
const EARLY_KEYS = '^(?:[jko1-6a]|Enter)$';

/** The inline script that queues early keys (served with the page's CSP nonce). */
export const EARLY_KEYS_SCRIPT = `(function(){var q=[];var re=new RegExp(${JSON.stringify(EARLY_KEYS)});function on(e){if(e.metaKey||e.ctrlKey||e.altKey||e.repeat)return;var t=e.target;if(t&&(t.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)))return;if(!re.test(e.key))return;q.push(e.key);e.preventDefault();}window.addEventListener('keydown',on);window.__claimdeskEarlyKeys={take:function(){window.removeEventListener('keydown',on);var k=q;q=[];return k;}};})();`;

interface EarlyKeys {
  take(): string[];
}

/** The keys pressed before the page was interactive (and stops queueing them); empty after the first call. */
export function takeEarlyKeys(): string[] {
  const early = (window as unknown as { __claimdeskEarlyKeys?: EarlyKeys }).__claimdeskEarlyKeys;
  return early ? early.take() : [];
}

/**
 * Page-wide single-key shortcuts (no modifiers, ignored while typing). The
 * handler returns true when it used the key. Keys pressed before hydration
 * are played first, in order.
 */
export function useShortcuts(handler: (key: string) => boolean): void {
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.metaKey || e.ctrlKey || e.altKey || isTyping(e.target)) return;
      if (ref.current(e.key)) e.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    for (const key of takeEarlyKeys()) ref.current(key);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
