/**
 * What the application menu and the text-field context menu say, in the user's language. Role
 * items get their label from here too: Electron would name them in the OS's language instead.
 */
export type MenuLanguage = 'en' | 'hy'

/** Every label the main process puts in a menu. */
export interface MenuText {
  app: string
  about: string
  settings: string
  services: string
  hide: string
  hideOthers: string
  showAll: string
  quit: string
  file: string
  syncNow: string
  register: string
  exportPortfolio: string
  close: string
  edit: string
  undo: string
  redo: string
  cut: string
  copy: string
  paste: string
  selectAll: string
  find: string
  view: string
  commandPalette: string
  reload: string
  forceReload: string
  devTools: string
  fullScreen: string
  resetZoom: string
  zoomIn: string
  zoomOut: string
  window: string
  minimize: string
  zoom: string
  front: string
  help: string
  apiDocs: string
}

export const MENU_TEXT: Record<MenuLanguage, MenuText> = {
  en: {
    app: 'Domain Desk',
    about: 'About Domain Desk',
    settings: 'Settings…',
    services: 'Services',
    hide: 'Hide Domain Desk',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
    quit: 'Quit Domain Desk',
    file: 'File',
    syncNow: 'Sync Now',
    register: 'Register a Domain…',
    exportPortfolio: 'Export Portfolio (CSV)…',
    close: 'Close Window',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    find: 'Find Domains',
    view: 'View',
    commandPalette: 'Command Palette…',
    reload: 'Reload Window',
    forceReload: 'Force Reload Window',
    devTools: 'Toggle Developer Tools',
    fullScreen: 'Toggle Full Screen',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    window: 'Window',
    minimize: 'Minimize',
    zoom: 'Zoom',
    front: 'Bring All to Front',
    help: 'Help',
    apiDocs: 'VPS.org API Documentation',
  },
  hy: {
    app: 'Domain Desk',
    about: 'Domain Desk-ի մասին',
    settings: 'Կարգավորումներ…',
    services: 'Ծառայություններ',
    hide: 'Թաքցնել Domain Desk-ը',
    hideOthers: 'Թաքցնել մյուսները',
    showAll: 'Ցույց տալ բոլորը',
    quit: 'Փակել Domain Desk-ը',
    file: 'Ֆայլ',
    syncNow: 'Համաժամեցնել հիմա',
    register: 'Գրանցել դոմեն…',
    exportPortfolio: 'Արտահանել պորտֆելը (CSV)…',
    close: 'Փակել պատուհանը',
    edit: 'Խմբագրել',
    undo: 'Հետարկել',
    redo: 'Կրկնել',
    cut: 'Կտրել',
    copy: 'Պատճենել',
    paste: 'Տեղադրել',
    selectAll: 'Ընտրել բոլորը',
    find: 'Գտնել դոմեններ',
    view: 'Տեսք',
    commandPalette: 'Հրամանների վահանակ…',
    reload: 'Վերաբեռնել պատուհանը',
    forceReload: 'Ամբողջովին վերաբեռնել պատուհանը',
    devTools: 'Մշակողի գործիքներ',
    fullScreen: 'Լիաէկրան ռեժիմ',
    resetZoom: 'Իրական չափ',
    zoomIn: 'Մեծացնել',
    zoomOut: 'Փոքրացնել',
    window: 'Պատուհան',
    minimize: 'Ծալել',
    zoom: 'Մասշտաբ',
    front: 'Բոլորը առաջ բերել',
    help: 'Օգնություն',
    apiDocs: 'VPS.org API-ի փաստաթղթեր',
  },
}
