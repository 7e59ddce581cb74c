/**
 * In the page: resolves once every finite animation now running (a dialog's fade, a toast's
 * slide) has ended; spinners loop forever and are left running. A string, not a function,
 * because the node project has no DOM types; it goes through CDP evaluation, which the app's CSP
 * (no 'unsafe-eval') allows, unlike waitForFunction.
 */
export const ANIMATIONS_FINISHED = `Promise.all(
  document
    .getAnimations()
    .filter((a) => a.effect?.getTiming().iterations !== Infinity)
    .map((a) => a.finished.catch(() => undefined)),
).then(() => true)`

/**
 * In the page: the focused element's id once every transition has run its course. A dialog
 * opened with the focus outside it moves the focus in when its opening transition ends (Vue's
 * `*-enter-active` class comes off at the same moment; AppDialog leaves a focus already inside
 * alone), so this is where a user's typing goes from then on.
 */
export const FOCUSED_WHEN_STILL = `new Promise((resolve) => {
  // PrimeVue's modal mask keeps a p-overlay-mask-enter-active class for as long as it is shown.
  const moving = () =>
    [...document.querySelectorAll('[class*="-enter-active"], [class*="-leave-active"]')].some((el) =>
      [...el.classList].some((c) => /-(enter|leave)-active$/.test(c) && !c.startsWith('p-overlay-mask')),
    )
  const check = () =>
    moving()
      ? requestAnimationFrame(check)
      : requestAnimationFrame(() => resolve(document.activeElement?.id ?? ''))
  check()
})`
