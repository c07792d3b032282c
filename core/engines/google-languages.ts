/**
 * Google's language codes (both the web endpoints and Cloud Translation v2):
 * Chinese scripts are zh-CN (Simplified) and zh-TW (Traditional), Hebrew is iw.
 */
export function toGoogleLanguage(code: string): string {
  if (code === 'auto' || code === '') return 'auto';
  const lower = code.toLowerCase();
  if (lower === 'zh-hant' || lower === 'zh-tw' || lower === 'zh-hk' || lower === 'zh-mo') return 'zh-TW';
  if (lower.startsWith('zh')) return 'zh-CN';
  if (lower === 'he') return 'iw';
  return lower.split('-')[0]!;
}

/** Google's detected code back to Ferry's; a bare zh is Google's Simplified. */
export function fromGoogleLanguage(code: string): string {
  const lower = code.toLowerCase();
  if (lower === 'zh-tw' || lower === 'zh-hk' || lower === 'zh-hant') return 'zh-Hant';
  if (lower === 'zh' || lower === 'zh-cn' || lower === 'zh-hans') return 'zh-Hans';
  if (lower === 'iw') return 'he';
  return lower;
}
