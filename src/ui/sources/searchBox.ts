/**
 * Hands text to the header search box: finds the combobox whose accessible name is "Search"
 * (by aria-label or its <label>), sets its value the way typing does so React sees it, and
 * focuses it so the results open and the keyboard is there.
 */

function accessibleName(input: HTMLInputElement): string {
  const labelledBy = input.getAttribute('aria-labelledby');
  if (labelledBy) {
    return labelledBy
      .split(/\s+/)
      .map((id) => input.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
  }
  return (input.getAttribute('aria-label') ?? input.labels?.[0]?.textContent ?? '').trim();
}

/** The header search box, or null when there is none. */
export function findSearchBox(root: ParentNode = document): HTMLInputElement | null {
  const boxes = root.querySelectorAll<HTMLInputElement>('input[role="combobox"]');
  for (const box of boxes) if (accessibleName(box) === 'Search') return box;
  return null;
}

/** Puts `text` in the search box and focuses it; false when there is no search box. */
export function searchFor(text: string, root: ParentNode = document): boolean {
  const box = findSearchBox(root);
  if (!box) return false;
  // React tracks the input's value; set it through the native setter, then announce the input.
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  if (setter) setter.call(box, text);
  else box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  box.focus();
  return true;
}
