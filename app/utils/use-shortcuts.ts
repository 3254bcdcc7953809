import { useEffect, useRef } from 'react';

/** True when a key press belongs to a form field, not to the page's shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/**
 * Page-wide single-key shortcuts (no modifiers, ignored while typing). The
 * handler returns true when it used the key.
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
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
