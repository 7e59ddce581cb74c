/**
 * What the user reads when tokens can't go to the keychain: why (in plain words) and how to fix
 * it on their platform. None of these texts is built from an error message, so none can quote a
 * token.
 */
import type { KeychainProblem } from './keychain-problem'

/** The user-facing half of a memory-only `VaultStatus`. */
export interface KeychainAdvice {
  reason: string
  fix: string
}

const IN_MEMORY =
  ' Domain Desk keeps it in memory until you quit, and will ask for it again next time.'

function waitText(timeoutMs: number): string {
  if (timeoutMs % 1000 !== 0) return `${timeoutMs} milliseconds`
  const seconds = timeoutMs / 1000
  return seconds === 1 ? '1 second' : `${seconds} seconds`
}

function linuxAdvice(problem: KeychainProblem, timeoutMs: number): KeychainAdvice {
  switch (problem) {
    case 'no-secret-service':
      return {
        reason:
          "No Secret Service (GNOME Keyring or KWallet) is running, so the token can't be saved in a keychain.",
        fix: 'Install GNOME Keyring or KWallet, make sure it starts with your desktop session and is unlocked, then restart Domain Desk.',
      }
    case 'locked':
      return {
        reason:
          "Your keyring is locked or has no default keyring, so the token can't be saved in it.",
        fix: 'Unlock your keyring (in Passwords and Keys, or KWallet Manager) and make sure it has a default keyring, then restart Domain Desk.',
      }
    case 'timeout':
      return {
        reason: `The keyring didn't answer within ${waitText(timeoutMs)}, so the token can't be saved in it.`,
        fix: 'Check whether GNOME Keyring or KWallet is waiting for you to unlock it, or restart it, then restart Domain Desk.',
      }
    case 'not-loaded':
      return {
        reason:
          "The keyring library (libsecret) couldn't be loaded, so the token can't be saved in a keychain.",
        fix: 'Install libsecret (libsecret-1-0 on Debian and Ubuntu, libsecret on Fedora and Arch), then restart Domain Desk.',
      }
    case 'refused':
      return {
        reason: "The keyring refused to store the token, so it can't be saved there.",
        fix: 'Make sure GNOME Keyring or KWallet is running and unlocked, then restart Domain Desk.',
      }
  }
}

function macAdvice(problem: KeychainProblem, timeoutMs: number): KeychainAdvice {
  switch (problem) {
    case 'timeout':
      return {
        reason: `The macOS Keychain didn't answer within ${waitText(timeoutMs)}, so the token can't be saved in it.`,
        fix: 'Look for a Keychain prompt waiting for an answer and make sure your login keychain is unlocked, then restart Domain Desk.',
      }
    case 'not-loaded':
      return {
        reason:
          "Domain Desk's keychain module couldn't be loaded, so the token can't be saved in the macOS Keychain.",
        fix: 'Reinstall Domain Desk.',
      }
    default:
      return {
        reason: "The macOS Keychain refused access, so the token can't be saved in it.",
        fix: 'Open Keychain Access, unlock your login keychain and allow Domain Desk to use it ("Always Allow" when asked), then restart Domain Desk.',
      }
  }
}

function windowsAdvice(problem: KeychainProblem, timeoutMs: number): KeychainAdvice {
  switch (problem) {
    case 'timeout':
      return {
        reason: `Windows Credential Manager didn't answer within ${waitText(timeoutMs)}, so the token can't be saved in it.`,
        fix: 'Sign out of Windows and back in, then restart Domain Desk.',
      }
    case 'not-loaded':
      return {
        reason:
          "Domain Desk's keychain module couldn't be loaded, so the token can't be saved in Windows Credential Manager.",
        fix: 'Reinstall Domain Desk.',
      }
    default:
      return {
        reason: "Windows Credential Manager refused access, so the token can't be saved in it.",
        fix: 'Make sure Credential Manager is allowed for your Windows account (some managed or roaming profiles block it), then restart Domain Desk.',
      }
  }
}

/** The reason and fix to show for `problem` on `platform`. */
export function keychainAdvice(
  problem: KeychainProblem,
  platform: NodeJS.Platform,
  timeoutMs: number,
): KeychainAdvice {
  // Other Unixes (FreeBSD…) use the Secret Service like Linux.
  const advice =
    platform === 'darwin'
      ? macAdvice(problem, timeoutMs)
      : platform === 'win32'
        ? windowsAdvice(problem, timeoutMs)
        : linuxAdvice(problem, timeoutMs)
  return { reason: advice.reason + IN_MEMORY, fix: advice.fix }
}
