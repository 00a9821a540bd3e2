import { Supervisor } from '../supervisor.ts';
import { fixtureEntryPoints, fixtureSpec } from './fixtureSpecs.ts';

/** A supervisor of two fixture components in a process of its own, for the test that kills it: prints their states once started. */
const supervisor = new Supervisor([fixtureSpec('a'), fixtureSpec('b', { needs: ['a'] })], { entryPoints: fixtureEntryPoints, sharedEnv: process.env });
await supervisor.start();
console.log(JSON.stringify(supervisor.states()));
