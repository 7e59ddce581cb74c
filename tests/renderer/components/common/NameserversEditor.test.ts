import { type VueWrapper } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { parseNameservers } from '@shared/validation/nameservers'
import NameserversEditor from '@/components/common/NameserversEditor.vue'
import { mountApp } from '../../support/app'

/** The editor bound to a list, validated the way its owners validate it. */
async function mountEditor(initial: string[], locale: 'en' | 'hy' = 'en') {
  const list = ref(initial)
  const Host = defineComponent({
    setup: () => () =>
      h(NameserversEditor, {
        modelValue: list.value,
        check: parseNameservers(list.value),
        idPrefix: 'ns',
        'onUpdate:modelValue': (v: string[]) => (list.value = v),
      }),
  })
  const { wrapper } = await mountApp(Host, { locale })
  return { wrapper: wrapper as VueWrapper, list }
}

const message = (wrapper: VueWrapper) => wrapper.get('#ns-message').text()

describe('NameserversEditor', () => {
  it('labels each input and groups them under a legend', async () => {
    const { wrapper } = await mountEditor(['ns1.vps.org', 'ns2.vps.org'])
    expect(wrapper.get('legend').text()).toBe('Nameservers')
    expect(wrapper.get('label[for="ns-1"]').text()).toBe('Nameserver 2')
  })

  it('does not scold empty inputs before anything is typed', async () => {
    const { wrapper } = await mountEditor(['', ''])
    expect(message(wrapper)).toBe('')
    await wrapper.get('#ns-0').setValue('ns1.nshost.net')
    expect(message(wrapper)).toBe('Nameserver 2: enter a host name.')
  })

  it.each([
    ['ns1.nshost.net', 'ns-1.nshost.net.', ''],
    ['ns1.nshost.net', 'ns1', 'Nameserver 2: "ns1" needs a dot and a top-level domain'],
    ['ns1.nshost.net', '-ns.nshost.net', 'Nameserver 2: the part "-ns" must not start'],
    ['ns1.nshost.net', 'NS1.NSHOST.NET', 'Nameserver 2 repeats nameserver 1.'],
    ['ns1.nshost.net', 'ns 2.nshost.net', 'Nameserver 2: a host name cannot contain spaces.'],
  ])('checks %s + %s → %s', async (first, second, expected) => {
    const { wrapper } = await mountEditor([first, ''])
    await wrapper.get('#ns-1').setValue(second)
    if (expected) expect(message(wrapper)).toContain(expected)
    else expect(message(wrapper)).toBe('')
  })

  it('names the problem in Armenian with the same specifics', async () => {
    const { wrapper } = await mountEditor(['ns1.nshost.net', ''], 'hy')
    await wrapper.get('#ns-1').setValue('ns_2.nshost.net')
    expect(message(wrapper)).toBe(
      'Անունների սերվեր 2․ «ns_2»-ը կարող է պարունակել միայն տառեր, թվանշաններ և գծիկներ։',
    )
  })

  it('keeps between 2 and 4 inputs', async () => {
    const { wrapper, list } = await mountEditor(['a.nshost.net', 'b.nshost.net', 'c.nshost.net'])
    await wrapper.get('button[aria-label="Remove nameserver 2"]').trigger('click')
    expect(list.value).toEqual(['a.nshost.net', 'c.nshost.net'])
    expect(wrapper.get('button[aria-label="Remove nameserver 1"]').attributes('disabled')).toBe('')
  })

  it('flags every invalid entry at once, reserved names included', async () => {
    const { wrapper } = await mountEditor(['ns1.cloudflare.com', '', ''])
    await wrapper.get('#ns-1').setValue('ns1.example.net')
    await wrapper.get('#ns-2').setValue('bad_host.org')
    expect(wrapper.get('#ns-0').attributes('aria-invalid')).toBe('false')
    expect(wrapper.get('#ns-1').attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('#ns-2').attributes('aria-invalid')).toBe('true')
    const lines = wrapper.findAll('#ns-message p').map((p) => p.text())
    expect(lines).toEqual([
      'Nameserver 2: "ns1.example.net" is under example.net, a name reserved for examples and tests; it never answers on the internet.',
      'Nameserver 3: "bad_host" may contain only letters, digits and hyphens.',
    ])
  })

  it('names a reserved test name in Armenian', async () => {
    const { wrapper } = await mountEditor(['ns1.cloudflare.com', ''], 'hy')
    await wrapper.get('#ns-1').setValue('ns.lab.test')
    expect(message(wrapper)).toContain('.test')
    expect(message(wrapper)).toContain('Անունների սերվեր 2')
  })
})
