/**
 * Saved views through IPC on the real services: names are trimmed, unique per account in any
 * case and bounded, each refusal names the field; the state is checked against the contract; the
 * column layout survives a restart.
 */
import { describe, expect, it } from 'vitest'
import { DEFAULT_LAYOUT, MAX_VIEW_NAME } from '../../../../electron/shared/views/saved-view'
import { startTestApp } from '../../../support/app'

const state = {
  columns: ['status', 'expires', 'tags'],
  widths: { tags: 180 },
  status: null,
  search: 'shop',
  quick: ['autoRenewOff'],
  tag: null,
  registrar: null,
  sort: { by: 'expires', dir: 'desc' },
}

describe('SavedViewsService', () => {
  it('saves a trimmed name with its state, lists, renames and removes it', async () => {
    const app = await startTestApp({ connect: false })
    const saved = await app.call('views.save', 'acc-1', { name: '  Renew soon ', state })
    expect(saved).toMatchObject({ id: expect.any(Number), name: 'Renew soon', state })
    expect(await app.call('views.list', 'acc-1')).toEqual([saved])
    expect(await app.call('views.list', 'acc-2')).toEqual([])

    const renamed = await app.call('views.rename', 'acc-1', saved.id, 'RENEW SOON')
    expect(renamed).toMatchObject({ id: saved.id, name: 'RENEW SOON', state })
    await app.call('views.remove', 'acc-1', saved.id)
    expect(await app.call('views.list', 'acc-1')).toEqual([])
    await expect(app.call('views.remove', 'acc-1', saved.id)).rejects.toMatchObject({
      code: 'NotFound',
    })
  })

  it('refuses an empty, a too long or a taken name, naming the field', async () => {
    const app = await startTestApp({ connect: false })
    await app.call('views.save', 'acc-1', { name: 'Ժամկետանց', state })
    await expect(app.call('views.save', 'acc-1', { name: '   ', state })).rejects.toMatchObject({
      code: 'InvalidArgument',
      reason: 'viewNameRequired',
      field: 'name',
    })
    await expect(
      app.call('views.save', 'acc-1', { name: 'x'.repeat(MAX_VIEW_NAME + 1), state }),
    ).rejects.toMatchObject({
      code: 'InvalidArgument',
      reason: 'viewNameTooLong',
      field: 'name',
      params: { max: MAX_VIEW_NAME },
    })
    await expect(
      app.call('views.save', 'acc-1', { name: 'ժամկետանց', state }),
    ).rejects.toMatchObject({ code: 'Conflict', reason: 'viewNameTaken', field: 'name' })
    // The same name is free in another account.
    await expect(
      app.call('views.save', 'acc-2', { name: 'Ժամկետանց', state }),
    ).resolves.toMatchObject({ name: 'Ժամկետանց' })
    const other = await app.call('views.save', 'acc-1', { name: 'Other', state })
    await expect(app.call('views.rename', 'acc-1', other.id, 'ԺԱՄԿԵՏԱՆՑ')).rejects.toMatchObject({
      code: 'Conflict',
    })
    expect((await app.call('views.list', 'acc-1')).map((v: { name: string }) => v.name)).toEqual([
      'Other',
      'Ժամկետանց',
    ])
  })

  it('refuses a state the portfolio cannot show, before the service runs', async () => {
    const app = await startTestApp({ connect: false })
    await expect(
      app.call('views.save', 'acc-1', {
        name: 'bad',
        state: { ...state, sort: { by: 'colour', dir: 'asc' } },
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' })
    await expect(
      app.call('views.save', 'acc-1', { name: 'bad', state: { ...state, columns: ['name'] } }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' })
    expect(await app.call('views.list', 'acc-1')).toEqual([])
  })

  it('keeps the current column layout in the settings, with every column until one is set', async () => {
    const app = await startTestApp({ connect: false })
    expect(await app.call('views.layout')).toEqual(DEFAULT_LAYOUT)
    const layout = { columns: ['tags', 'status'], widths: { status: 140 } }
    expect(await app.call('views.setLayout', layout)).toEqual({
      columns: ['status', 'tags'],
      widths: { status: 140 },
    })
    expect(app.services.views.layout()).toEqual({
      columns: ['status', 'tags'],
      widths: { status: 140 },
    })
    // A damaged setting reads as the default, not as an error.
    app.services.cache.settings.set('portfolio.layout', { columns: 'all' })
    expect(await app.call('views.layout')).toEqual(DEFAULT_LAYOUT)
  })
})
