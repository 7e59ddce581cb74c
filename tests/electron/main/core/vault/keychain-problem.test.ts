import { describe, expect, it } from 'vitest'
import { keychainAdvice } from '../../../../../electron/main/core/vault/keychain-advice'
import {
  classifyKeychainError,
  type KeychainProblem,
} from '../../../../../electron/main/core/vault/keychain-problem'
import { KeychainLoadError } from '../../../../../electron/main/core/vault/keytar-backend'
import { KeychainTimeoutError } from '../../../../../electron/main/core/vault/timeout'

describe('classifyKeychainError', () => {
  // Messages keytar actually passes on from libsecret and D-Bus on Linux.
  it.each<[string, KeychainProblem]>([
    ['Cannot autolaunch D-Bus without X11 $DISPLAY', 'no-secret-service'],
    ['Could not connect: No such file or directory', 'no-secret-service'],
    [
      'The name org.freedesktop.secrets was not provided by any .service files',
      'no-secret-service',
    ],
    ['GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: …', 'no-secret-service'],
    ['Object does not exist at path “/org/freedesktop/secrets/collection/login”', 'locked'],
    ['Cannot create an item in a locked collection', 'locked'],
    ['Something else entirely', 'refused'],
  ])('sorts %j on Linux as %s', (message, problem) => {
    expect(classifyKeychainError(new Error(message), 'linux')).toBe(problem)
  })

  it('recognises a timeout and a native addon that would not load, on any platform', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(classifyKeychainError(new KeychainTimeoutError(5000), platform)).toBe('timeout')
      expect(classifyKeychainError(new KeychainLoadError(new Error('x')), platform)).toBe(
        'not-loaded',
      )
    }
  })

  it('calls any other macOS or Windows error a refusal', () => {
    expect(classifyKeychainError(new Error('Could not connect'), 'darwin')).toBe('refused')
    expect(classifyKeychainError('weird', 'win32')).toBe('refused')
  })
})

describe('keychainAdvice', () => {
  const problems: KeychainProblem[] = [
    'no-secret-service',
    'locked',
    'timeout',
    'not-loaded',
    'refused',
  ]
  const platforms: NodeJS.Platform[] = ['linux', 'darwin', 'win32', 'freebsd']

  it('gives every problem on every platform a reason that says the token stays in memory, and a fix', () => {
    for (const platform of platforms) {
      for (const problem of problems) {
        const { reason, fix } = keychainAdvice(problem, platform, 5000)
        expect(reason, `${platform} ${problem}`).toMatch(/in memory until you quit/)
        expect(fix, `${platform} ${problem}`).toMatch(/restart Domain Desk|Reinstall Domain Desk/)
      }
    }
  })

  it('names the keychain the user knows on each platform', () => {
    expect(keychainAdvice('no-secret-service', 'linux', 5000).reason).toMatch(
      /^No Secret Service \(GNOME Keyring or KWallet\) is running, so the token can't be saved in a keychain\./,
    )
    expect(keychainAdvice('not-loaded', 'linux', 5000).fix).toMatch(/libsecret-1-0/)
    expect(keychainAdvice('refused', 'darwin', 5000).fix).toMatch(/Keychain Access/)
    expect(keychainAdvice('refused', 'win32', 5000).reason).toMatch(/Credential Manager/)
  })

  it('states the time limit in words', () => {
    expect(keychainAdvice('timeout', 'linux', 5000).reason).toMatch(/within 5 seconds/)
    expect(keychainAdvice('timeout', 'darwin', 1000).reason).toMatch(/within 1 second,/)
    expect(keychainAdvice('timeout', 'win32', 250).reason).toMatch(/within 250 milliseconds/)
  })
})
