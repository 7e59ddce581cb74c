/** The domain page's own confirmation dialog (PrimeVue group), shared by its sections. */
export const DOMAIN_CONFIRM_GROUP = 'domain-page'
