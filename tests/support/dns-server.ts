/**
 * A small authoritative DNS server on 127.0.0.1 (UDP) for tests: it answers NS queries from a
 * zone the test edits, and can be told to answer SERVFAIL or nothing for a name. Encoding and
 * decoding are dns-packet's; nothing here reaches the internet.
 */
import { createSocket } from 'node:dgram'
import * as packet from 'dns-packet'

/** A running test DNS server. */
export interface TestDnsServer {
  /** `127.0.0.1:PORT`, as Resolver.setServers takes it. */
  address: string
  /** NS names per domain; a domain absent here gets NXDOMAIN. */
  zone: Map<string, string[]>
  /** Domains answered with SERVFAIL, or not at all (`drop`). */
  faults: Map<string, 'servfail' | 'drop'>
  /** Queries received, as `TYPE name`. */
  queries: string[]
  close(): Promise<void>
}

/** Starts the server. */
export async function startDnsServer(): Promise<TestDnsServer> {
  const socket = createSocket('udp4')
  const zone = new Map<string, string[]>()
  const faults = new Map<string, 'servfail' | 'drop'>()
  const queries: string[] = []
  socket.on('message', (message, remote) => {
    const query = packet.decode(message)
    const question = query.questions?.[0]
    if (!question) return
    const name = question.name.toLowerCase().replace(/\.$/, '')
    queries.push(`${question.type} ${name}`)
    const fault = faults.get(name)
    if (fault === 'drop') return
    const ns = zone.get(name)
    const answer = packet.encode({
      id: query.id,
      type: 'response',
      flags:
        packet.AUTHORITATIVE_ANSWER |
        (fault === 'servfail' ? 2 : ns === undefined ? 3 : 0) /* SERVFAIL / NXDOMAIN rcode */,
      questions: [question],
      answers:
        fault || question.type !== 'NS' || !ns
          ? []
          : ns.map((data) => ({ type: 'NS' as const, name: question.name, ttl: 60, data })),
    })
    socket.send(answer, remote.port, remote.address)
  })
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve))
  return {
    address: `127.0.0.1:${socket.address().port}`,
    zone,
    faults,
    queries,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  }
}
