// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth;

/** A custom-login ticket that cannot be made (a bad uid, bad or mismatched credentials). Never shows the key. */
public class TicketException extends CloudBaseAuthException {
    private static final long serialVersionUID = 1L;

    public TicketException(String message) {
        super(message);
    }
}
