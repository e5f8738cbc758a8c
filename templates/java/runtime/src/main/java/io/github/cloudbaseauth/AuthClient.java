package io.github.cloudbaseauth;

/**
 * What every client of this package is built on (the generated {@code CloudBaseAuth} extends it): the
 * runtime's engine, handed to the helpers that work with a client, such as
 * {@code TokenVerifier.builder(auth)}. It has no public member of its own, and only this
 * package can extend it.
 */
public abstract class AuthClient {
    final ClientCore core;

    AuthClient(ClientCore core) {
        this.core = core;
    }
}
