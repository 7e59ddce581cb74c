import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import DnsCheckSection from '@/components/settings/DnsCheckSection.vue'
import { installFakeBridge, mountApp } from '../../support/app'

afterEach(() => {
  delete window.domainDesk
  document.body.innerHTML = ''
})

async function mountSection(locale: 'en' | 'hy' = 'en', stored: string[] = []) {
  let saved = stored
  const fake = installFakeBridge({
    'dns.resolvers': async () => saved,
    'dns.setResolvers': async (inputs: string[]) => {
      saved = inputs.map((s) => s.trim()).filter(Boolean)
      return saved
    },
  })
  const { wrapper } = await mountApp(DnsCheckSection, { locale })
  await flushPromises()
  return { wrapper, fake }
}

describe('DnsCheckSection', () => {
  it('shows the saved resolvers and names every wrong line before anything is sent', async () => {
    const { wrapper, fake } = await mountSection('en', ['1.1.1.1'])
    const field = wrapper.get('textarea')
    expect((field.element as HTMLTextAreaElement).value).toBe('1.1.1.1')
    await field.setValue('1.1.1.1\nresolver.example\n9.9.9.9:70000')
    expect(wrapper.findAll('#dns-resolvers-problems li').map((li) => li.text())).toEqual([
      '“resolver.example” is not a resolver address: use an IP address such as 1.1.1.1 or 2606:4700::1111.',
      'The port in “9.9.9.9:70000” must be a number from 1 to 65535.',
    ])
    expect(wrapper.get('[data-testid="dns-resolvers-save"]').attributes('disabled')).toBeDefined()
    await field.setValue('9.9.9.9:53\n')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(fake.calls.filter(([c]) => c === 'dns.setResolvers')).toEqual([
      ['dns.setResolvers', [['9.9.9.9:53', '']]],
    ])
    expect(wrapper.text()).toContain('Saved. The DNS check asks 9.9.9.9:53.')
  })

  it('speaks Armenian, also when saving the system’s resolvers', async () => {
    const { wrapper } = await mountSection('hy')
    await wrapper.get('textarea').setValue('a\nb\nc\nd\ne')
    const problems = wrapper.findAll('#dns-resolvers-problems li').map((li) => li.text())
    expect(problems[0]).toBe('Նշեք առավելագույնը 4 ռեզոլվեր։')
    expect(problems[1]).toContain('«a»-ը ռեզոլվերի հասցե չէ')
    await wrapper.get('textarea').setValue('')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.text()).toContain('DNS ստուգումը հարցնում է համակարգի ռեզոլվերներին')
  })
})
