import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { login } from './helpers';

/** The people of the demo realm that the scenarios act as. */
const people = {
  broker: 'broker.west',
  lead: 'lead.west',
  mentor: 'mentor.rivier',
  schoolBroker: 'broker.rivier',
  employer: 'employer.demo',
} as const;

type Persona = keyof typeof people;
/** Opens the app as this person at `path`, logged in through the real Keycloak page. */
type Open = (path?: string) => Promise<Page>;

/**
 * Persona fixtures: `async ({ broker }) => { const page = await broker('/students'); … }`. The first person a test
 * opens gets the project's page (desktop or phone); every further person gets their own desktop browser
 * context, with their own Keycloak session, as a colleague at another desk would.
 */
export const test = base.extend<Record<Persona, Open> & { people: (username: string, path?: string) => Promise<Page> }>({
  people: async ({ page, browser }, provide) => {
    let pageTaken = false;
    const contexts: BrowserContext[] = [];
    await provide(async (username, path = '/') => {
      let opened = page;
      if (pageTaken) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', reducedMotion: 'reduce' });
        contexts.push(context);
        opened = await context.newPage();
      }
      pageTaken = true;
      await login(opened, username, path);
      return opened;
    });
    for (const context of contexts) await context.close();
  },
  broker: async ({ people: open }, provide) => provide((path) => open(people.broker, path)),
  lead: async ({ people: open }, provide) => provide((path) => open(people.lead, path)),
  mentor: async ({ people: open }, provide) => provide((path) => open(people.mentor, path)),
  schoolBroker: async ({ people: open }, provide) => provide((path) => open(people.schoolBroker, path)),
  employer: async ({ people: open }, provide) => provide((path) => open(people.employer, path)),
});

export { expect } from '@playwright/test';
