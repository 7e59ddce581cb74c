import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import type { UpdateState, WatchSettings } from '@shared/ipc/desktop-models'
import DesktopSection from '@/components/settings/DesktopSection.vue'
import UpdateDialog from '@/components/settings/UpdateDialog.vue'
import { installFakeBridge, mountApp } from '../../support/app'

afterEach(() => {
  delete window.domainDesk
  document.body.innerHTML = ''
})

const AVAILABLE: UpdateState = {
  phase: 'available',
  version: '0.2.0',
  notes: 'Tray icon.\n<img src=x onerror="window.hacked=1">',
  releaseDate: '2026-12-01T10:00:00.000Z',
  installOnQuit: false,
}

type Handlers = Parameters<typeof installFakeBridge>[0]

async function mountSection(handlers: Handlers = {}, locale: 'en' | 'hy' = 'en') {
  let saved: WatchSettings = { keepWatching: false, startAtLogin: false }
  const fake = installFakeBridge({
    'app.info': async () => ({ version: '0.1.0', platform: 'linux' }),
    'watch.settings': async () => saved,
    'watch.setSettings': async (s: WatchSettings) => (saved = s),
    'app.updateState': async () => ({ phase: 'idle', installOnQuit: false }),
    'app.checkForUpdates': async () => AVAILABLE,
    'app.downloadUpdate': async () => ({ ...AVAILABLE, phase: 'downloaded' }),
    'app.installUpdate': async () => ({ ...AVAILABLE, phase: 'downloaded', installOnQuit: true }),
    ...handlers,
  })
  const { wrapper } = await mountApp(
    {
      components: { DesktopSection, UpdateDialog },
      template: '<DesktopSection /><UpdateDialog />',
    },
    { locale, path: '/settings' },
  )
  await flushPromises()
  return { wrapper, fake }
}

const channels = (fake: { calls: Array<[string, unknown[]]> }) => fake.calls.map(([c]) => c)
const dialog = () => document.body.querySelector<HTMLElement>('[data-testid="update-dialog"]')
const button = (testid: string) =>
  document.body.querySelector<HTMLButtonElement>(`[data-testid="${testid}"]`)

describe('DesktopSection', () => {
  it('keeps watching and start at login off until turned on, and saves a switch at once', async () => {
    const { wrapper, fake } = await mountSection()
    expect(wrapper.findAll('h2').map((h) => h.text())).toEqual(['Background watch', 'Updates'])
    const keep = wrapper.get('#watch-keep')
    expect((keep.element as HTMLInputElement).checked).toBe(false)
    expect(keep.attributes('aria-describedby')).toBe('watch-keep-help')
    expect(wrapper.find('label[for="watch-login"]').text()).toBe('Start at login')
    await keep.setValue(true)
    await flushPromises()
    expect(fake.calls.at(-1)).toEqual([
      'watch.setSettings',
      [{ keepWatching: true, startAtLogin: false }],
    ])
    expect((wrapper.get('#watch-keep').element as HTMLInputElement).checked).toBe(true)
  })

  it('puts a switch back and says why when main did not save it', async () => {
    const { wrapper } = await mountSection({
      'watch.setSettings': async () => {
        throw { code: 'Storage', message: 'The disk is full.' }
      },
    })
    await wrapper.get('#watch-login').setValue(true)
    await flushPromises()
    expect((wrapper.get('#watch-login').element as HTMLInputElement).checked).toBe(false)
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'The setting was not saved: The offline cache could not be written.',
    )
  })

  it('checks only when asked, shows the notes as text, and downloads only after Download', async () => {
    const { wrapper, fake } = await mountSection()
    expect(wrapper.text()).toContain('Installed version: 0.1.0')
    expect(channels(fake)).not.toContain('app.checkForUpdates')
    await wrapper.get('[data-testid="check-updates"]').trigger('click')
    await flushPromises()
    expect(dialog()).not.toBeNull()
    const notes = document.body.querySelector('[data-testid="update-notes"]')!
    expect(notes.textContent).toBe(AVAILABLE.notes)
    expect(notes.querySelector('img')).toBeNull()
    expect(dialog()!.textContent).toContain('Version 0.2.0 is available.')
    expect(channels(fake)).not.toContain('app.downloadUpdate')
    button('download-update')!.click()
    await flushPromises()
    expect(channels(fake)).toContain('app.downloadUpdate')
    expect(channels(fake)).not.toContain('app.installUpdate')
    button('install-on-quit')!.click()
    await flushPromises()
    expect(fake.calls.at(-1)).toEqual(['app.installUpdate', ['on-quit']])
    expect(wrapper.get('[data-testid="update-status"]').text()).toBe(
      'Version 0.2.0 will be installed when you quit Domain Desk.',
    )
  })

  it('says in Armenian that a download with a wrong checksum was discarded', async () => {
    const { wrapper } = await mountSection(
      {
        'app.downloadUpdate': async () => ({
          phase: 'failed',
          problem: 'checksum',
          version: '0.2.0',
          installOnQuit: false,
        }),
      },
      'hy',
    )
    await wrapper.get('[data-testid="check-updates"]').trigger('click')
    await flushPromises()
    button('download-update')!.click()
    await flushPromises()
    expect(dialog()!.textContent).toContain(
      'Ներբեռնված ֆայլը չհամապատասխանեց իր հրապարակված ստուգիչ գումարին',
    )
    expect(button('install-on-quit')).toBeNull()
  })

  it('opens the dialog when a check starts elsewhere (the application menu)', async () => {
    const { fake } = await mountSection()
    expect(dialog()).toBeNull()
    fake.emit('update.state', { phase: 'checking', installOnQuit: false })
    fake.emit('update.state', { phase: 'failed', problem: 'offline', installOnQuit: false })
    await flushPromises()
    expect(dialog()!.textContent).toContain('The update server could not be reached.')
  })
})
