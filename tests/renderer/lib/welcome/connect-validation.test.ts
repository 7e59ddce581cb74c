import { describe, expect, it } from 'vitest'
import { baseUrlProblem, connectFormProblems, labelProblem } from '@/lib/welcome/connect-validation'

describe('connect-validation', () => {
  describe('baseUrlProblem', () => {
    it.each([
      'https://admin.vps.org/api/v1',
      'https://api.example.com',
      'http://localhost:8787/api/v1',
      'http://127.0.0.1:8787/api/v1',
      'http://[::1]:8787/api/v1',
      '',
      '   ',
    ])('accepts %j', (url) => {
      expect(baseUrlProblem(url)).toBeNull()
    })

    it.each([
      ['http://admin.vps.org/api/v1', 'baseUrlHttps'],
      ['http://192.168.1.10/api', 'baseUrlHttps'],
      ['ftp://admin.vps.org', 'baseUrlHttps'],
      ['admin.vps.org/api/v1', 'baseUrlInvalid'],
      ['not a url', 'baseUrlInvalid'],
    ])('refuses %j with %s', (url, problem) => {
      expect(baseUrlProblem(url)).toBe(problem)
    })
  })

  describe('labelProblem', () => {
    it('requires something other than spaces', () => {
      expect(labelProblem('  ')).toBe('labelRequired')
      expect(labelProblem(' Company ')).toBeNull()
    })

    it('refuses more than 80 characters', () => {
      expect(labelProblem('x'.repeat(80))).toBeNull()
      expect(labelProblem('x'.repeat(81))).toBe('labelTooLong')
    })
  })

  it('reports every field of the form at once', () => {
    expect(connectFormProblems({ label: '', token: ' ', baseUrl: 'http://example.com' })).toEqual({
      label: 'labelRequired',
      token: 'tokenRequired',
      baseUrl: 'baseUrlHttps',
    })
    expect(connectFormProblems({ label: 'a', token: 't', baseUrl: '' })).toEqual({})
  })
})
