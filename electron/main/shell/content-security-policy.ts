/**
 * The Content-Security-Policy of every `app://` response. Only the app's own scripts run;
 * inline styles are allowed because Vue binds `style` attributes; images and fonts may also be
 * `data:` URLs; the page makes no network requests of its own (the main process talks to
 * VPS.org), and it can be neither framed nor used to post forms.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * Directives a `<meta http-equiv>` policy cannot carry (CSP3 §3.3: browsers ignore them there),
 * so only the header sets them.
 */
export const META_IGNORED_DIRECTIVES: readonly string[] = [
  'frame-ancestors',
  'report-uri',
  'sandbox',
]

/**
 * The same policy as renderer/index.html's `<meta>` carries it, for the dev server and the built
 * page opened without the header; a test holds the file to this value.
 */
export const CONTENT_SECURITY_POLICY_META = CONTENT_SECURITY_POLICY.split('; ')
  .filter((d) => !META_IGNORED_DIRECTIVES.includes(d.split(' ')[0]!))
  .join('; ')

/** Headers every `app://` response carries, whatever its status. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  // The browser must trust our Content-Type rather than guess one from the bytes.
  'X-Content-Type-Options': 'nosniff',
})
