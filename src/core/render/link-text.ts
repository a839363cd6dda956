import type { Link } from '../resume/schema';

export type LinkText = 'label' | 'address' | 'label-and-address';

/**
 * The address as a person would type it: no scheme, no "www.", no trailing slash or query
 * (`https://www.linkedin.com/in/x/` -> `linkedin.com/in/x`); a mailto: link is its address.
 */
export function shortAddress(url: string): string {
  if (/^mailto:/i.test(url)) return url.replace(/^mailto:/i, '').replace(/\?.*$/, '');
  const noScheme = url.replace(/^https?:\/\//i, '').replace(/^www\./i, '');
  const [hostAndPath = ''] = noScheme.split(/[?#]/);
  return hostAndPath.replace(/\/+$/, '') || noScheme;
}

/** What a link prints, per the template's setting; a link without an address can only show its label. */
export function linkText(l: Link, show: LinkText): string {
  if (!l.url || show === 'label') return l.label;
  const addr = shortAddress(l.url);
  if (show === 'address' || addr.toLowerCase() === l.label.toLowerCase()) return addr;
  return `${l.label}: ${addr}`;
}
