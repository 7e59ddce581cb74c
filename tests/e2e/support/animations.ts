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
