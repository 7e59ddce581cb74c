/** The root element's class in dark mode; the theme's dark tokens and the app's CSS key on it. */
export const DARK_CLASS = 'dd-dark'
