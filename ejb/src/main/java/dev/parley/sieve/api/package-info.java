/**
 * What other parts of the suite (the MTA's local delivery) use of the Sieve script store:
 * {@link dev.parley.sieve.api.SieveScripts}.
 */
package dev.parley.sieve.api;
