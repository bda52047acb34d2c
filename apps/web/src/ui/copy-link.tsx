import { useState } from 'react';

/** Copies the address of what is on screen (its filters are in the URL), and says so. */
export function CopyLinkButton({ label = 'Copy link', href }: { label?: string; href?: string }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(href ?? window.location.href);
      setCopied('yes');
    } catch {
      // Clipboard access can be refused (an insecure origin, a permission): the address bar still has it.
      setCopied('failed');
    }
    setTimeout(() => setCopied(null), 2500);
  };
  return (
    <>
      <button type="button" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="muted copy-status">
        {copied === 'yes' ? ' Link copied.' : copied === 'failed' ? ' Could not copy: use the address bar.' : ''}
      </span>
    </>
  );
}
