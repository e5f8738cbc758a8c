// generated from spec/auth-v1.yaml by authgen, do not edit
package io.github.cloudbaseauth;

/** A call that needs the session's access token, without a usable session: sign in first. */
public class NotSignedInException extends CloudBaseAuthException {
    private static final long serialVersionUID = 1L;

    public NotSignedInException(String message) {
        super(message);
    }
}
