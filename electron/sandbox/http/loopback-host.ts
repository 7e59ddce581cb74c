/**
 * The Host-header check of the servers that bind 127.0.0.1 (the sandbox, the web preview). A web
 * page can point a name of its own at 127.0.0.1 (DNS rebinding) and then talk to them as
 * "same-origin"; its requests still carry that name in Host, so anything but the loopback
 * address and the bound port is refused.
 */

/** Whether `host` (a Host header) names this loopback server: 127.0.0.1 or localhost, and `port`. */
export function isLoopbackHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false
  const value = host.toLowerCase()
  return value === `127.0.0.1:${port}` || value === `localhost:${port}`
}
