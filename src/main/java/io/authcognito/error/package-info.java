/**
 * The contract's error codes and the one exception type that carries them. Each refusal of the
 * product is a subclass living next to the code that decides it; the REST API maps them all in one place.
 */
package io.authcognito.error;
