/**
 * The chart palette for the current theme, read again after the render that switched the
 * root's theme class (so the CSS variables read are the new theme's). Every chart uses it.
 */
import { onMounted, ref, watch } from 'vue'
import { readPalette } from '@/lib/charts/forecast-chart'
import { useSettingsStore } from '@/stores/settings'

/** A ref to the palette that follows light and dark. */
export function useChartPalette() {
  const settings = useSettingsStore()
  const palette = ref(readPalette(settings.dark))
  onMounted(() => (palette.value = readPalette(settings.dark)))
  watch(
    () => settings.dark,
    (dark) => (palette.value = readPalette(dark)),
    { flush: 'post' },
  )
  return palette
}
