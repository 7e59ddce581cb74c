import { type VueWrapper } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { parseNameservers } from '@shared/validation/nameservers'
import NameserversEditor from '@/components/domain/NameserversEditor.vue'
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
    await wrapper.get('#ns-0').setValue('ns1.example.net')
    expect(message(wrapper)).toBe('Nameserver 2: enter a host name.')
  })

  it.each([
    ['ns1.example.net', 'ns-1.example.net.', ''],
    ['ns1.example.net', 'ns1', 'Nameserver 2: "ns1" needs a dot and a top-level domain'],
    ['ns1.example.net', '-ns.example.net', 'Nameserver 2: the part "-ns" must not start'],
    ['ns1.example.net', 'NS1.EXAMPLE.NET', 'Nameserver 2 repeats nameserver 1.'],
    ['ns1.example.net', 'ns 2.example.net', 'Nameserver 2: a host name cannot contain spaces.'],
  ])('checks %s + %s → %s', async (first, second, expected) => {
    const { wrapper } = await mountEditor([first, ''])
    await wrapper.get('#ns-1').setValue(second)
    if (expected) expect(message(wrapper)).toContain(expected)
    else expect(message(wrapper)).toBe('')
  })

  it('names the problem in Armenian with the same specifics', async () => {
    const { wrapper } = await mountEditor(['ns1.example.net', ''], 'hy')
    await wrapper.get('#ns-1').setValue('ns_2.example.net')
    expect(message(wrapper)).toBe(
      'Անունների սերվեր 2․ «ns_2»-ը կարող է պարունակել միայն տառեր, թվանշաններ և գծիկներ։',
    )
  })

  it('keeps between 2 and 4 inputs', async () => {
    const { wrapper, list } = await mountEditor(['a.example', 'b.example', 'c.example'])
    await wrapper.get('button[aria-label="Remove nameserver 2"]').trigger('click')
    expect(list.value).toEqual(['a.example', 'c.example'])
    expect(wrapper.get('button[aria-label="Remove nameserver 1"]').attributes('disabled')).toBe('')
  })
})
